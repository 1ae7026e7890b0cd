/**
 * The "Projects" section of a concern's page: the projects it is linked to (each opens), and for those who may
 * keep projects, a way to link it to another (or a new) one and to unlink it. Read live. The l key (as in the
 * review queue) opens the picker while focus is on the concern's page and not in a text field.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FolderKanban, Link2, Link2Off } from 'lucide-react';
import { projectsOfConcern, useLiveQuery } from '../../db';
import { useAnnounce } from '../../app/announcer';
import { useDesk } from '../../app/desk-context';
import { isShortcut } from '../../app/shortcuts';
import { isTextEntry } from '../../app/useGlobalShortcuts';
import { t } from '../../i18n';
import { LinkProjectDialog } from './LinkProjectDialog';
import { useProjectOpener } from './project-navigation';
import { projectsRefusal, useProjectChange } from './useProjectChange';
import './projects.css';

/** The section for one concern. */
export function ConcernProjects({ concernId }: { concernId: string }): ReactNode {
  const { db } = useDesk();
  const open = useProjectOpener();
  const { mayManage, refusal, run } = useProjectChange();
  const projects = useLiveQuery(() => projectsOfConcern(db, concernId), [db, concernId]);
  const [isLinking, setLinking] = useState(false);
  const [problem, setProblem] = useState<string>();
  const announce = useAnnounce();
  const rootRef = useRef<HTMLElement>(null);
  const mayLink = useRef(mayManage);
  useEffect(() => {
    mayLink.current = mayManage;
  });
  useEffect(() => {
    // On the document, as the review panel's keys are: the page keeps the focus on its way back.
    const onKeyDown = (event: KeyboardEvent) => {
      const page = rootRef.current?.closest('.concern-page');
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTextEntry(event.target)) return;
      if (page === null || page === undefined || !(event.target instanceof Node) || !page.contains(event.target)) return;
      if (!isShortcut(event, 'review.linkProject')) return;
      event.preventDefault();
      if (mayLink.current) setLinking(true);
      else announce(projectsRefusal());
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [announce]);
  const unlink = async (projectId: string) => {
    setProblem(await run('unlinkConcern', { projectId, concernId }, t('projects.linked.unlinked')));
    requestAnimationFrame(() => document.getElementById('concern-projects-title')?.focus());
  };
  return (
    <section ref={rootRef} className="project-section concern-projects" aria-labelledby="concern-projects-title" data-testid="concern-projects">
      <h3 id="concern-projects-title" className="project-section-title" tabIndex={-1}>
        <FolderKanban size={16} aria-hidden="true" /> {t('projects.concern.title')}
      </h3>
      {problem !== undefined && (
        <p className="project-problem" role="alert">
          {t('projects.problem', { reason: problem })}
        </p>
      )}
      {projects !== undefined && projects.length === 0 && <p className="project-muted">{t('projects.concern.none')}</p>}
      {projects !== undefined && projects.length > 0 && (
        <ul className="project-linked">
          {projects.map(({ project }) => (
            <li key={project.id} className="project-linked-item" data-testid="concern-project">
              <div className="project-linked-text">
                <span className="project-linked-summary">{project.title}</span>
                <span className={`project-status-badge project-status-${project.status}`}>{t(`projects.status.${project.status}`)}</span>
              </div>
              {open !== undefined && (
                <button type="button" className="button button-secondary" aria-label={`${t('projects.concern.open')}: ${project.title}`} onClick={() => open(project.id)}>
                  {t('projects.concern.open')}
                </button>
              )}
              {mayManage && (
                <button type="button" className="button button-secondary" aria-label={t('projects.linked.unlinkLabel', { summary: project.title })} onClick={() => void unlink(project.id)}>
                  <Link2Off size={16} aria-hidden="true" />
                  {t('projects.linked.unlink')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {mayManage ? (
        <button type="button" className="button button-secondary" aria-keyshortcuts="l" title={`${t('projects.concern.link')} (l)`} onClick={() => setLinking(true)}>
          <Link2 size={16} aria-hidden="true" />
          {t('projects.concern.link')}
        </button>
      ) : (
        <p className="project-muted">{refusal}</p>
      )}
      <LinkProjectDialog concernIds={isLinking ? [concernId] : []} onClose={() => setLinking(false)} />
    </section>
  );
}
