/**
 * The letters to send: who gets one, "Print letters" (a print view, one letter per page, through the platform
 * bridge: a PDF on the desktop, the print dialog in the browser), then marking them as thanked, all at once or
 * one by one.
 */
import { useRef, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import type { Project } from '@shared/domain/project';
import type { Contributor } from '@shared/domain/thanks';
import { useDesk } from '../../../app/desk-context';
import { useAnnounce } from '../../../app/announcer';
import { useToday } from '../../../app/useToday';
import { t } from '../../../i18n';
import { ContributorHeading, displayName } from './ContributorHeading';
import { PrintLetters } from './PrintLetters';
import type { ThanksRecorder } from './useThanksRecorder';

/** Props of LetterThanks. */
export interface LetterThanksProps {
  readonly contributors: readonly Contributor[];
  readonly project: Project;
  readonly officeName: string;
  readonly recorder: ThanksRecorder;
  readonly onMarked: () => void;
}

/** The letters section's list and actions. */
export function LetterThanks({ contributors, project, officeName, recorder, onMarked }: LetterThanksProps): ReactNode {
  const { platform } = useDesk();
  const announce = useAnnounce();
  const today = useToday();
  // The letters printed, kept while they are marked: a letter marked meanwhile leaves the list, not the print.
  const [printed, setPrinted] = useState<readonly Contributor[]>();
  const [message, setMessage] = useState<string>();
  const markAllRef = useRef<HTMLButtonElement>(null);
  const waiting = printed?.filter((p) => contributors.some((c) => c.key === p.key)) ?? [];

  const print = async () => {
    setPrinted(contributors);
    // One frame for the print view to be laid out before the page is printed.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    try {
      const result = await platform.exports.printToPdf(`${t('thanks.channel.letter')} ${today}.pdf`);
      if (result.outcome === 'saved') setMessage(t('thanks.print.saved', { path: result.fileName }));
      else if (result.outcome === 'failed') setMessage(t('thanks.print.failed', { reason: result.message }));
      else setMessage(undefined);
    } catch (error) {
      setMessage(t('thanks.print.failed', { reason: error instanceof Error ? error.message : String(error) }));
    }
    // Back from printing, the next step is marking what was printed.
    markAllRef.current?.focus();
  };
  const markAll = async () => {
    let marked = 0;
    for (const contributor of waiting) {
      if (!(await recorder.record(contributor, 'letter'))) break;
      marked += 1;
    }
    if (marked > 0) announce(marked === 1 ? t('thanks.letter.markedAllOne') : t('thanks.letter.markedAll', { count: marked }));
    setPrinted(undefined);
    onMarked();
  };
  const markOne = async (contributor: Contributor) => {
    if (await recorder.record(contributor, 'letter')) onMarked();
  };

  return (
    <>
      <p className="thanks-hint">{t('thanks.letter.hint')}</p>
      <div className="thanks-actions">
        <Button className="button button-primary" onPress={() => void print()}>
          {t('thanks.letter.print')}
        </Button>
        {waiting.length > 0 && (
          <>
            <Button ref={markAllRef} className="button button-primary" onPress={() => void markAll()}>
              {waiting.length === 1 ? t('thanks.letter.markAllOne') : t('thanks.letter.markAll', { count: waiting.length })}
            </Button>
            <Button className="button button-secondary" onPress={() => setPrinted(undefined)}>
              {t('thanks.letter.close')}
            </Button>
          </>
        )}
      </div>
      {waiting.length > 0 && <p className="thanks-hint">{t('thanks.letter.printed')}</p>}
      {message !== undefined && <p className="thanks-hint">{message}</p>}
      <ul className="thanks-list">
        {contributors.map((contributor) => (
          <li key={contributor.key} className="thanks-person" data-testid="thanks-letter">
            <ContributorHeading contributor={contributor} />
            <div className="thanks-actions">
              <Button className="button button-secondary" onPress={() => void markOne(contributor)} aria-label={t('thanks.letter.markOne', { name: displayName(contributor) })}>
                {t('thanks.letter.mark')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {printed !== undefined && <PrintLetters contributors={printed} project={project} officeName={officeName} today={today} />}
    </>
  );
}
