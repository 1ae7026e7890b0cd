/** A project's fields to read, for those who may not change them: what it is, its public text, owner, dates, milestones. */
import type { ReactNode } from 'react';
import { CircleCheck, Circle } from 'lucide-react';
import type { Project } from '@shared/domain/project';
import { t } from '../../i18n';
import { formatDay } from '../../lib/format';
import { milestoneCounts } from './project-form';

const day = (key: string) => (key === '' ? '–' : formatDay(key));

/** The read-only facts of a project. */
export function ProjectFacts({ project }: { project: Project }): ReactNode {
  const { done, total } = milestoneCounts(project.milestones);
  const facts: [string, string][] = [
    [t('projects.form.description'), project.description || '–'],
    [t('projects.form.publicSummary'), project.publicSummary || '–'],
    [t('projects.form.owner'), project.owner || '–'],
    [t('projects.form.startDate'), day(project.startDate)],
    [t('projects.form.targetDate'), day(project.targetDate)],
    [t('projects.form.completedDate'), day(project.completedDate)],
    [t('projects.column.isPublic'), project.isPublic ? t('projects.public.yes') : t('projects.public.no')],
  ];
  return (
    <section className="project-section" aria-labelledby="project-facts-title">
      <h3 id="project-facts-title" className="project-section-title">
        {t('projects.page.details')}
      </h3>
      <dl className="project-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h4 className="project-subtitle">{t('projects.milestones')}</h4>
      <p className="project-muted">{total === 0 ? t('projects.milestones.none') : t('projects.milestones.progress', { done, total })}</p>
      <ul className="project-milestone-facts">
        {project.milestones.map((m) => (
          <li key={m.id}>
            {m.doneAt === null ? <Circle size={16} aria-hidden="true" /> : <CircleCheck size={16} aria-hidden="true" />}
            <span>{m.title}</span>
            <span className="visually-hidden">{m.doneAt === null ? '' : t('projects.milestones.done')}</span>
            {m.due !== '' && <span className="project-muted"> · {day(m.due)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
