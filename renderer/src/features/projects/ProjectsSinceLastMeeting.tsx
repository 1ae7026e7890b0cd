/**
 * In the meeting view's "Since last meeting": the projects made from the previous month's themes, each with
 * its status and progress, opening its page. Nothing when there are none (the decisions say enough then).
 */
import type { ReactNode } from 'react';
import type { Month } from '@shared/domain/meeting';
import { projectProgress } from '@shared/domain/project';
import { previousMonth } from '@shared/patterns/months';
import { projectsFromMonth, useLiveQuery } from '../../db';
import { useDesk } from '../../app/desk-context';
import { t } from '../../i18n';
import { useProjectOpener } from './project-navigation';
import './projects.css';

/** The projects made at the meeting before `period`'s. */
export function ProjectsSinceLastMeeting({ period }: { period: Month }): ReactNode {
  const { db } = useDesk();
  const open = useProjectOpener();
  const projects = useLiveQuery(() => projectsFromMonth(db, previousMonth(period)), [db, period]);
  if (projects === undefined || projects.length === 0) return null;
  return (
    <section className="since-last" aria-labelledby="since-projects-heading" data-testid="since-projects">
      <h4 id="since-projects-heading">{t('projects.since.title')}</h4>
      <ul className="since-projects">
        {projects.map((project) => {
          const words = t('projects.since.item', { title: project.title, status: t(`projects.status.${project.status}`), percent: projectProgress(project) });
          return (
            <li key={project.id}>
              {open === undefined ? (
                words
              ) : (
                <button type="button" className="meeting-link" onClick={() => open(project.id)}>
                  {words}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
