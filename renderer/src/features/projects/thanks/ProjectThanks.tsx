/**
 * The thank-you panel of a project page: when the project is in progress or done, the people who raised it and
 * agreed to be contacted, grouped by how they are thanked (emails, letters, the call list), and those already
 * thanked with how, when and by whom. Before that, one line saying when thank-yous open.
 */
import type { ReactNode } from 'react';
import { THANKING_STATUSES, type Project } from '@shared/domain/project';
import { THANKS_CHANNELS, type Contributor, type ContributorList } from '@shared/domain/thanks';
import { contributorsOfProject, useLiveQuery } from '../../../db';
import { useDesk } from '../../../app/desk-context';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
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

function ContributorItem({ contributor }: { contributor: Contributor }): ReactNode {
  const { name, email, phone, concernIds, thanked } = contributor;
  return (
    <li className="thanks-person">
      <p className="thanks-name">
        <strong>{name === '' ? t('thanks.noName') : name}</strong>
        {email !== '' && <span> · {email}</span>}
        {phone !== '' && <span> · {phone}</span>}
      </p>
      <p className="thanks-facts">{concernIds.length === 1 ? t('thanks.concernsOne') : t('thanks.concerns', { count: concernIds.length })}</p>
      {thanked !== undefined && (
        <p className="thanks-facts">
          {t('thanks.thankedLine', { by: thanked.by, date: formatDateTime(thanked.at), method: t(`thanks.method.${thanked.method}`) })}
          {thanked.note !== '' && <span> {t('thanks.note', { note: thanked.note })}</span>}
        </p>
      )}
    </li>
  );
}

/** The thank-you panel of a project. */
export function ProjectThanks({ project }: { project: Project }): ReactNode {
  const { db } = useDesk();
  const isOpen = THANKING_STATUSES.includes(project.status);
  const list = useLiveQuery(() => (isOpen ? contributorsOfProject(db, project.id) : Promise.resolve(undefined)), [db, project.id, isOpen]);
  return (
    <section className="thanks-panel" aria-labelledby="thanks-title" id="project-thanks">
      <h3 id="thanks-title" tabIndex={-1}>
        {t('thanks.title')}
      </h3>
      {!isOpen ? (
        <p>{t('thanks.notYet')}</p>
      ) : list === undefined ? (
        <p>{t('thanks.loading')}</p>
      ) : list.all.length === 0 ? (
        <p>{t('thanks.none')}</p>
      ) : (
        <>
          <p className="thanks-counts">{countsText(list)}</p>
          {list.toThank.length === 0 && <p>{t('thanks.allThanked')}</p>}
          {THANKS_CHANNELS.map((channel) => {
            const people = list.toThank.filter((c) => c.channel === channel);
            if (people.length === 0) return null;
            return (
              <section key={channel} aria-labelledby={`thanks-${channel}`}>
                <h4 id={`thanks-${channel}`}>{t(`thanks.channel.${channel}`)}</h4>
                <ul className="thanks-list">
                  {people.map((c) => (
                    <ContributorItem key={c.key} contributor={c} />
                  ))}
                </ul>
              </section>
            );
          })}
          {list.thanked.length > 0 && (
            <section aria-labelledby="thanks-done">
              <h4 id="thanks-done">{t('thanks.thankedTitle')}</h4>
              <ul className="thanks-list">
                {list.thanked.map((c) => (
                  <ContributorItem key={c.key} contributor={c} />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </section>
  );
}
