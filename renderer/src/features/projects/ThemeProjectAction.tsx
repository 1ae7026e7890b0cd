/**
 * "Make a project from this theme", on a meeting theme's page: a project titled with the theme's label, its
 * source the theme (month, signature, label), the theme's concerns of that month linked at once; then the new
 * project opens. The projects already made from the theme are listed, each opening, so nobody makes it twice
 * by accident. Counter staff are told who may.
 */
import { useState, type ReactNode } from 'react';
import { FolderPlus } from 'lucide-react';
import type { Month } from '@shared/domain/meeting';
import { PROJECT_LIMITS } from '@shared/domain/project';
import { MAX_LINKS_PER_CHANGE } from '@shared/sync/mutators/project';
import type { Theme } from '@shared/patterns/types';
import { useLiveQuery } from '../../db';
import { projectsFromMonth } from '../../db/projects';
import { useDesk } from '../../app/desk-context';
import { t } from '../../i18n';
import { newId } from '../../lib/ids';
import { useProjectOpener } from './project-navigation';
import { useProjectChange } from './useProjectChange';
import './projects.css';

/** The ids in runs of at most `size`. */
function chunks(ids: readonly string[], size: number): string[][] {
  const runs: string[][] = [];
  for (let i = 0; i < ids.length; i += size) runs.push(ids.slice(i, i + size));
  return runs;
}

const sameSignature = (a: Theme['signature'], b: Theme['signature']) => JSON.stringify(a) === JSON.stringify(b);

/** The action and the projects made from the theme. */
export function ThemeProjectAction({ theme, period }: { theme: Theme; period: Month }): ReactNode {
  const { db } = useDesk();
  const open = useProjectOpener();
  const { mayManage, refusal, run } = useProjectChange();
  const [problem, setProblem] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const made = useLiveQuery(() => projectsFromMonth(db, period), [db, period])?.filter((p) => p.source !== null && (sameSignature(p.source.signature, theme.signature) || p.source.label === theme.label));
  const make = async () => {
    setBusy(true);
    const id = newId();
    const title = theme.label.slice(0, PROJECT_LIMITS.title);
    // A change links at most MAX_LINKS_PER_CHANGE concerns: a larger theme's are linked in further changes.
    const [first = [], ...rest] = chunks(theme.concernIds, MAX_LINKS_PER_CHANGE);
    const source = { kind: 'theme' as const, period, signature: theme.signature, label: theme.label };
    const done = t('projects.theme.made', { title, count: theme.concernIds.length });
    let reason = await run('createProject', { id, fields: { title }, source, ...(first.length === 0 ? {} : { concernIds: first }) }, done);
    for (const concernIds of rest) reason ??= await run('linkConcerns', { projectId: id, concernIds }, done);
    setBusy(false);
    setProblem(reason);
    if (reason === undefined) open?.(id);
  };
  return (
    <div className="theme-project" data-testid="theme-project">
      {mayManage ? (
        <button type="button" className="button button-secondary" disabled={isBusy} onClick={() => void make()}>
          <FolderPlus size={16} aria-hidden="true" />
          {t('projects.theme.make')}
        </button>
      ) : (
        <p className="project-muted">{refusal}</p>
      )}
      {made !== undefined && made.length > 0 && (
        <p className="project-muted">
          {t('projects.theme.existing')}
          {made.map((project, i) => (
            <span key={project.id}>
              {i > 0 && ', '}
              {open === undefined ? (
                project.title
              ) : (
                <button type="button" className="meeting-link" onClick={() => open(project.id)}>
                  {project.title}
                </button>
              )}
            </span>
          ))}
        </p>
      )}
      {problem !== undefined && (
        <p className="project-problem" role="alert">
          {t('projects.problem', { reason: problem })}
        </p>
      )}
    </div>
  );
}
