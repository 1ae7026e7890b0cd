/**
 * One thank-you email: the drafted subject and text, editable, then "Open in mail program" (a mailto: link
 * through the platform bridge, as the priority fallback does) or "Copy"; after opening it the desk asks whether
 * it was sent, and "Mark as thanked" records it. Edits are kept while the app runs (draft-memory.ts).
 */
import { useState, type ReactNode } from 'react';
import { Button, Input, Label, TextArea, TextField } from 'react-aria-components';
import type { Project } from '@shared/domain/project';
import type { Contributor } from '@shared/domain/thanks';
import type { ThanksDraft } from '@shared/domain/thanks-draft';
import { useDesk } from '../../../app/desk-context';
import { useAnnounce } from '../../../app/announcer';
import { t } from '../../../i18n';
import { ContributorHeading, displayName } from './ContributorHeading';
import { draftMemory } from './draft-memory';
import { draftFor, thanksMailto } from './thanks-drafts';
import type { ThanksRecorder } from './useThanksRecorder';

/** Props of EmailThanks. */
export interface EmailThanksProps {
  readonly contributor: Contributor;
  readonly project: Project;
  readonly officeName: string;
  readonly recorder: ThanksRecorder;
  readonly onMarked: () => void;
}

/** One email to send. */
export function EmailThanks({ contributor, project, officeName, recorder, onMarked }: EmailThanksProps): ReactNode {
  const { platform } = useDesk();
  const announce = useAnnounce();
  const [draft, setDraftState] = useState(() => draftMemory.get(project.id, contributor.key) ?? draftFor(contributor, project, officeName));
  const setDraft = (change: (d: ThanksDraft) => ThanksDraft) =>
    setDraftState((d) => {
      const next = change(d);
      draftMemory.set(project.id, contributor.key, next);
      return next;
    });
  const [opened, setOpened] = useState(false);
  const [note, setNote] = useState<string>();
  const name = displayName(contributor);
  const idBase = `thanks-email-${contributor.key.slice(0, 12)}`;

  const open = async () => {
    const { url, complete } = thanksMailto(contributor.email, draft);
    try {
      await platform.openExternal(url);
      setOpened(true);
      setNote(complete ? undefined : t('thanks.email.tooLong'));
    } catch (error) {
      setNote(t('thanks.failed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(`${draft.subject}\n\n${draft.body}`);
      announce(t('thanks.email.copied', { name }));
      setNote(t('thanks.email.copied', { name }));
    } catch {
      setNote(t('thanks.email.copyFailed'));
    }
  };
  const mark = async () => {
    if (await recorder.record(contributor, 'email')) {
      draftMemory.forget(project.id, contributor.key);
      onMarked();
    }
  };

  return (
    <li className="thanks-person" data-testid="thanks-email">
      <ContributorHeading contributor={contributor} />
      <TextField className="thanks-field" value={draft.subject} onChange={(subject) => setDraft((d) => ({ ...d, subject }))} id={`${idBase}-subject`}>
        <Label>{t('thanks.email.subject')}</Label>
        <Input className="settings-input" />
      </TextField>
      <TextField className="thanks-field" value={draft.body} onChange={(body) => setDraft((d) => ({ ...d, body }))}>
        <Label>{t('thanks.email.body')}</Label>
        <TextArea className="settings-input thanks-body" rows={8} />
      </TextField>
      {opened && <p className="thanks-hint">{t('thanks.email.confirm', { name })}</p>}
      <div className="thanks-actions">
        <Button className={opened ? 'button button-secondary' : 'button button-primary'} onPress={() => void open()} aria-label={t('thanks.email.openOne', { name })}>
          {t('thanks.email.open')}
        </Button>
        <Button className="button button-secondary" onPress={() => void copy()} aria-label={t('thanks.email.copyOne', { name })}>
          {t('thanks.email.copy')}
        </Button>
        <Button className={opened ? 'button button-primary' : 'button button-secondary'} onPress={() => void mark()} aria-label={t('thanks.email.markOne', { name })}>
          {t('thanks.email.mark')}
        </Button>
      </div>
      {note !== undefined && <p className="thanks-hint">{note}</p>}
    </li>
  );
}
