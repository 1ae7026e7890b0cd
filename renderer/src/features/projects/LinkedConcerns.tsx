/**
 * The concerns linked to a project: each opens its concern page, and those who may keep projects unlink it
 * (the link row stays, unlinked, so the change syncs; linking it again brings it back).
 */
import type { ReactNode } from 'react';
import { Link2Off } from 'lucide-react';
import { reviewStateOf } from '@shared/domain/concern';
import { concernReference } from '@shared/domain/reference';
import { linkedConcernsOf, useLiveQuery } from '../../db';
import { useConcernOpener } from '../../app/concern-opener';
import { useDesk } from '../../app/desk-context';
import { Skeleton } from '../../components/Skeleton';
import { t } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import type { RunProjectChange } from './useProjectChange';

/** Props of LinkedConcerns. */
export interface LinkedConcernsProps {
  readonly projectId: string;
  readonly mayManage: boolean;
  readonly run: RunProjectChange;
  readonly onProblem: (reason: string | undefined) => void;
}

/** The linked concerns section. */
export function LinkedConcerns({ projectId, mayManage, run, onProblem }: LinkedConcernsProps): ReactNode {
  const { db } = useDesk();
  const open = useConcernOpener();
  const linked = useLiveQuery(() => linkedConcernsOf(db, projectId), [db, projectId]);
  const unlink = async (concernId: string, index: number) => {
    const reason = await run('unlinkConcern', { projectId, concernId }, t('projects.linked.unlinked'));
    onProblem(reason);
    if (reason !== undefined) return;
    // The row leaves the list: the focus goes to the next row's unlink (or the previous, or the heading).
    requestAnimationFrame(() => {
      const buttons = document.querySelectorAll<HTMLElement>('[data-testid="linked-concern"] .project-unlink');
      (buttons[Math.min(index, buttons.length - 1)] ?? document.getElementById('project-linked-title'))?.focus();
    });
  };
  return (
    <section className="project-section" aria-labelledby="project-linked-title" data-testid="linked-concerns">
      <h3 id="project-linked-title" className="project-section-title" tabIndex={-1}>
        {t('projects.linked.title')}
        {linked !== undefined && ` (${linked.length})`}
      </h3>
      {linked === undefined ? (
        <Skeleton rows={3} label={t('projects.loading')} />
      ) : linked.length === 0 ? (
        <p className="project-muted">{t('projects.linked.none')}</p>
      ) : (
        <ul className="project-linked">
          {linked.map(({ concern, link }, index) => (
            <li key={concern.id} className="project-linked-item" data-testid="linked-concern">
              <div className="project-linked-text">
                <span className="project-reference">{concernReference(concern.id)}</span> <span className="project-linked-summary">{concern.summary}</span>
                <span className="project-muted project-linked-meta">
                  {t(`status.${concern.status}`)} · {t('projects.linked.raised', { count: reviewStateOf(concern).raisedCount })} · {t('projects.linked.by', { by: link.linkedBy, date: formatDateTime(link.linkedAt) })}
                </span>
              </div>
              {open !== undefined && (
                <button type="button" className="button button-secondary" aria-label={`${t('projects.linked.open')}: ${concern.summary}`} onClick={() => open(concern.id)}>
                  {t('projects.linked.open')}
                </button>
              )}
              {mayManage && (
                <button type="button" className="button button-secondary project-unlink" aria-label={t('projects.linked.unlinkLabel', { summary: concern.summary })} onClick={() => void unlink(concern.id, index)}>
                  <Link2Off size={16} aria-hidden="true" />
                  {t('projects.linked.unlink')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
