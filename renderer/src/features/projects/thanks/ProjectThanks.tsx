/**
 * The thank-you panel of a project page: when the project is in progress or done, the people who raised it and
 * agreed to be contacted, with counts ("4 to thank, 2 thanked; 3 others did not agree to be contacted"),
 * grouped by how they are thanked (emails to send, letters to print, the call list), and those already thanked
 * with how, when and by whom. Before that, one line saying when thank-yous open.
 */
import { useCallback, type ReactNode } from 'react';
import { THANKING_STATUSES, type Project } from '@shared/domain/project';
import type { Contributor, ContributorList, ThanksChannel } from '@shared/domain/thanks';
import { contributorsOfProject, useLiveQuery } from '../../../db';
import { useDesk } from '../../../app/desk-context';
import { useOfficeProfile } from '../../../app/office-profile';
import { t } from '../../../i18n';
import { CallThanks } from './CallThanks';
import { ContributorHeading } from './ContributorHeading';
import { EmailThanks } from './EmailThanks';
import { LetterThanks } from './LetterThanks';
import { THANKS_HEADING_ID } from './ThanksOpenedNotice';
import { useThanksRecorder, type ThanksRecorder } from './useThanksRecorder';
import './thanks.css';

/** The counts line: "4 to thank, 2 thanked; 3 others did not agree to be contacted". */
export function countsText(list: ContributorList): string {
  const toThank = list.toThank.length === 1 ? t('thanks.counts.toThankOne') : t('thanks.counts.toThank', { count: list.toThank.length });
  const thanked = list.thanked.length === 1 ? t('thanks.counts.thankedOne') : t('thanks.counts.thanked', { count: list.thanked.length });
  const others =
    list.withoutConsent === 0
      ? ''
      : `; ${list.withoutConsent === 1 ? t('thanks.counts.withoutConsentOne') : t('thanks.counts.withoutConsent', { count: list.withoutConsent })}`;
  return `${toThank}, ${thanked}${others}`;
}

/**
 * After a thank-you is marked its person leaves the list: the focus goes to the next person's first control in
 * the same group, else to the counts line, so a keyboard user carries on where they were.
 */
function focusAfterMark(channel: ThanksChannel): void {
  requestAnimationFrame(() => {
    const next = document.querySelector<HTMLElement>(`#thanks-group-${channel} .thanks-person input, #thanks-group-${channel} .thanks-person button`);
    (next ?? document.getElementById('thanks-counts'))?.focus();
  });
}

interface GroupProps {
  readonly channel: ThanksChannel;
  readonly people: readonly Contributor[];
  readonly project: Project;
  readonly officeName: string;
  readonly recorder: ThanksRecorder;
}

function ChannelGroup({ channel, people, project, officeName, recorder }: GroupProps): ReactNode {
  const onMarked = useCallback(() => focusAfterMark(channel), [channel]);
  const item = { project, officeName, recorder, onMarked };
  return (
    <section id={`thanks-group-${channel}`} className="thanks-group" aria-labelledby={`thanks-${channel}`}>
      <h4 id={`thanks-${channel}`}>
        {t(`thanks.channel.${channel}`)} ({people.length})
      </h4>
      {channel === 'letter' ? (
        <LetterThanks contributors={people} {...item} />
      ) : (
        <ul className="thanks-list">
          {people.map((c) => (channel === 'email' ? <EmailThanks key={c.key} contributor={c} {...item} /> : <CallThanks key={c.key} contributor={c} {...item} />))}
        </ul>
      )}
    </section>
  );
}

function ThanksLists({ list, project }: { list: ContributorList; project: Project }): ReactNode {
  const { officeName } = useOfficeProfile();
  const recorder = useThanksRecorder(project);
  return (
    <>
      <p className="thanks-counts" id="thanks-counts" tabIndex={-1} data-testid="thanks-counts">
        {countsText(list)}
      </p>
      {recorder.problem !== undefined && (
        <p className="thanks-problem" role="alert">
          {recorder.problem}
        </p>
      )}
      {list.toThank.length === 0 && <p>{t('thanks.allThanked')}</p>}
      {(['email', 'letter', 'call'] as const).map((channel) => {
        const people = list.toThank.filter((c) => c.channel === channel);
        return people.length === 0 ? null : <ChannelGroup key={channel} channel={channel} people={people} project={project} officeName={officeName} recorder={recorder} />;
      })}
      {list.thanked.length > 0 && (
        <section className="thanks-group" aria-labelledby="thanks-done">
          <h4 id="thanks-done">
            {t('thanks.thankedTitle')} ({list.thanked.length})
          </h4>
          <ul className="thanks-list">
            {list.thanked.map((c) => (
              <li key={c.key} className="thanks-person" data-testid="thanks-thanked">
                <ContributorHeading contributor={c} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** The thank-you panel of a project. */
export function ProjectThanks({ project }: { project: Project }): ReactNode {
  const { db } = useDesk();
  const isOpen = THANKING_STATUSES.includes(project.status);
  const list = useLiveQuery(() => (isOpen ? contributorsOfProject(db, project.id) : Promise.resolve(undefined)), [db, project.id, isOpen]);
  return (
    <section className="thanks-panel" aria-labelledby={THANKS_HEADING_ID} data-testid="project-thanks">
      <h3 id={THANKS_HEADING_ID} tabIndex={-1}>
        {t('thanks.title')}
      </h3>
      {!isOpen ? (
        <p>{t('thanks.notYet')}</p>
      ) : list === undefined ? (
        <p>{t('thanks.loading')}</p>
      ) : list.all.length === 0 ? (
        <p>{t('thanks.none')}</p>
      ) : (
        <ThanksLists list={list} project={project} />
      )}
    </section>
  );
}
