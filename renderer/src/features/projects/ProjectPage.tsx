/**
 * One project: its status and the moves, what it is based on (linked concerns, the people who raised them, its
 * contributors, the theme it was made from), its fields and milestones, the linked concerns, and the thank-you
 * panel. Read live, so another desk's change shows at once. Counter staff read it, and are told who may change it.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ArrowLeft, SearchX } from 'lucide-react';
import { monthName } from '@shared/patterns/months';
import { projectSummary, useLiveQuery } from '../../db';
import { useDesk } from '../../app/desk-context';
import { EmptyState } from '../../components/EmptyState';
import { Skeleton } from '../../components/Skeleton';
import { t } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { LinkedConcerns } from './LinkedConcerns';
import { ProjectEditForm } from './ProjectEditForm';
import { ProjectFacts } from './ProjectFacts';
import { StatusMover } from './StatusMover';
import { ProjectThanks } from './thanks/ProjectThanks';
import { ThanksOpenedNotice } from './thanks/ThanksOpenedNotice';
import { useProjectChange } from './useProjectChange';

/** Props of ProjectPage. */
export interface ProjectPageProps {
  readonly projectId: string;
  readonly onBack: () => void;
}

/** The project's page. */
export function ProjectPage({ projectId, onBack }: ProjectPageProps): ReactNode {
  const { db } = useDesk();
  const summary = useLiveQuery(async () => (await projectSummary(db, projectId)) ?? null, [db, projectId]);
  const { mayManage, refusal, run } = useProjectChange();
  const [problem, setProblem] = useState<string>();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const isShown = summary !== undefined && summary !== null;
  useEffect(() => {
    if (isShown) titleRef.current?.focus({ preventScroll: true });
  }, [isShown, projectId]);
  const back = (
    <button type="button" className="button button-secondary project-back" aria-keyshortcuts="Escape" onClick={onBack}>
      <ArrowLeft size={16} aria-hidden="true" />
      {t('projects.page.back')}
    </button>
  );
  if (summary === undefined) return <Skeleton rows={6} label={t('projects.loading')} />;
  if (summary === null) {
    return (
      <section className="project-page">
        {back}
        <EmptyState icon={SearchX} title={t('projects.page.notFound')} level={3}>
          <p>{t('projects.page.notFoundBody')}</p>
        </EmptyState>
      </section>
    );
  }
  const { project, progress, concernCount, people, contributors } = summary;
  return (
    <article className="project-page" aria-labelledby="project-page-title" data-testid="project-page">
      {back}
      <header className="project-header">
        <h2 id="project-page-title" ref={titleRef} tabIndex={-1} className="project-title">
          {project.title}
        </h2>
        <StatusMover project={project} mayManage={mayManage} run={run} onProblem={setProblem} />
        <ThanksOpenedNotice project={project} />
        <div className="project-progress">
          <progress max={100} value={progress} aria-label={t('projects.progressOf', { percent: progress })} />
          <span>{t('projects.progressOf', { percent: progress })}</span>
        </div>
        <p className="project-figures" data-testid="project-figures">
          {t('projects.page.figures', { concerns: concernCount, people, contributors })}
        </p>
        {project.source !== null && <p className="project-muted">{t('projects.page.source', { label: project.source.label, month: monthName(project.source.period) })}</p>}
        <p className="project-muted">
          {t('projects.page.created', { by: project.createdBy, date: formatDateTime(project.createdAt), updatedBy: project.updatedBy, updatedDate: formatDateTime(project.updatedAt) })}
        </p>
        {!mayManage && <p className="project-muted">{refusal}</p>}
        {problem !== undefined && (
          <p className="project-problem" role="alert">
            {t('projects.problem', { reason: problem })}
          </p>
        )}
      </header>
      {mayManage ? (
        <section className="project-section" aria-labelledby="project-details-title">
          <h3 id="project-details-title" className="project-section-title">
            {t('projects.page.details')}
          </h3>
          <ProjectEditForm project={project} run={run} />
        </section>
      ) : (
        <ProjectFacts project={project} />
      )}
      <LinkedConcerns projectId={project.id} mayManage={mayManage} run={run} onProblem={setProblem} />
      <ProjectThanks project={project} />
    </article>
  );
}
