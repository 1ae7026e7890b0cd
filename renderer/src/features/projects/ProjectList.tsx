/**
 * The projects list: a table of every project (title, status, progress, linked concerns, people, public or
 * not, updated), filtered by status, worked by keyboard like the review queue (j/k, Enter; the view's n makes
 * a new one).
 * States: loading, none yet (how to make the first: from a meeting theme, or here), none of the status chosen.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { FolderKanban, Plus, SearchX } from 'lucide-react';
import { PROJECT_STATUSES, type ProjectStatus } from '@shared/domain/project';
import { projectSummaries, useLiveQuery } from '../../db';
import { useDesk } from '../../app/desk-context';
import { shortcutText } from '../../app/AppHeader';
import { EmptyState } from '../../components/EmptyState';
import { Skeleton } from '../../components/Skeleton';
import { t } from '../../i18n';
import { ProjectTable } from './ProjectTable';

/** Props of ProjectList. */
export interface ProjectListProps {
  readonly mayManage: boolean;
  readonly onOpen: (projectId: string) => void;
  readonly onNew: () => void;
}

/** The list of projects. */
export function ProjectList({ mayManage, onOpen, onNew }: ProjectListProps): ReactNode {
  const { db } = useDesk();
  const summaries = useLiveQuery(() => projectSummaries(db), [db]);
  const [status, setStatus] = useState<ProjectStatus | 'all'>('all');
  const [current, setCurrent] = useState(0);
  const [focusToken, setFocusToken] = useState(0);
  const shown = useMemo(() => (summaries ?? []).filter((s) => status === 'all' || s.project.status === status), [summaries, status]);
  const counts = useMemo(() => {
    const byStatus = new Map<ProjectStatus, number>();
    for (const s of summaries ?? []) byStatus.set(s.project.status, (byStatus.get(s.project.status) ?? 0) + 1);
    return byStatus;
  }, [summaries]);
  const newKeys = shortcutText('projects.new');
  if (summaries === undefined) return <Skeleton rows={6} label={t('projects.loading')} />;
  return (
    <div className="projects-list">
      <div className="projects-toolbar">
        {summaries.length > 0 && (
          <label className="projects-filter">
            <span>{t('projects.filter.label')}</span>
            <select
              className="input input-compact select"
              value={status}
              onChange={(event) => {
                setStatus(event.target.value as ProjectStatus | 'all');
                setCurrent(0);
              }}
            >
              <option value="all">{t('projects.filter.all', { count: summaries.length })}</option>
              {PROJECT_STATUSES.map((each) => (
                <option key={each} value={each}>
                  {t('projects.filter.status', { status: t(`projects.status.${each}`), count: counts.get(each) ?? 0 })}
                </option>
              ))}
            </select>
          </label>
        )}
        {mayManage && (
          <button type="button" className="button button-primary" aria-keyshortcuts={newKeys.ariaKeys} title={t('shell.shortcutHint', { keys: newKeys.shortcutText })} onClick={onNew}>
            <Plus size={16} aria-hidden="true" />
            {t('projects.new')}
          </button>
        )}
      </div>
      {summaries.length === 0 ? (
        <EmptyState icon={FolderKanban} title={t('projects.empty.title')} level={3}>
          <p>{t('projects.empty.body')}</p>
        </EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState icon={SearchX} title={t('projects.noMatch.title')} level={3}>
          <p>{t('projects.noMatch.body')}</p>
        </EmptyState>
      ) : (
        <>
          <p className="project-muted" data-testid="projects-count">
            {t('projects.count', { shown: shown.length, total: summaries.length })}
          </p>
          <ProjectTable
            rows={shown}
            current={Math.min(current, shown.length - 1)}
            focusToken={focusToken}
            onCurrent={(index, shouldFocus) => {
              setCurrent(index);
              if (shouldFocus) setFocusToken((n) => n + 1);
            }}
            onOpen={onOpen}
          />
        </>
      )}
    </div>
  );
}
