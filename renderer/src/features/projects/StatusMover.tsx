/**
 * A project's status and the buttons that move it (setProjectStatus stamps when; done or declined sets the
 * completed day at this desk). One button per other status rather than a select, so browsing the choices with
 * the arrow keys never moves the project by accident.
 */
import type { ReactNode } from 'react';
import { PROJECT_STATUSES, type Project } from '@shared/domain/project';
import { t } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { deskDay, type RunProjectChange } from './useProjectChange';

/** Props of StatusMover. */
export interface StatusMoverProps {
  readonly project: Project;
  readonly mayManage: boolean;
  readonly run: RunProjectChange;
  readonly onProblem: (reason: string | undefined) => void;
}

/** The status line and, for those who may, the moves. */
export function StatusMover({ project, mayManage, run, onProblem }: StatusMoverProps): ReactNode {
  const move = async (status: Project['status']) => {
    onProblem(await run('setProjectStatus', { id: project.id, status, on: deskDay() }, t('projects.page.moved', { status: t(`projects.status.${status}`) })));
    // The button pressed goes (the project now has that status): the focus stays in the group, not on the body.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.project-status-moves button')?.focus());
  };
  return (
    <div className="project-status">
      <p>
        <span className={`project-status-badge project-status-${project.status}`} data-testid="project-status">
          {t(`projects.status.${project.status}`)}
        </span>{' '}
        <span className="project-muted">{t('projects.page.statusChanged', { status: t(`projects.status.${project.status}`), date: formatDateTime(project.statusChangedAt) })}</span>
      </p>
      {mayManage && (
        <div className="project-status-moves" role="group" aria-label={t('projects.page.statusLabel')}>
          <span className="project-muted" aria-hidden="true">
            {t('projects.page.statusLabel')}
          </span>
          {PROJECT_STATUSES.filter((status) => status !== project.status).map((status) => (
            <button key={status} type="button" className="button button-secondary" onClick={() => void move(status)}>
              {t(`projects.status.${status}`)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
