/**
 * The projects view (Alt+4): the list of projects, a new project's form, or one project's page, as the shell's
 * route says (project-navigation.ts). Escape goes back from a project or the new form to the list, when focus
 * is not in a text field; n makes a new project from the list. The view takes the focus when it opens.
 */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { t } from '../../i18n';
import { isShortcut } from '../../app/shortcuts';
import { isTextEntry } from '../../app/useGlobalShortcuts';
import { NewProjectForm } from './NewProjectForm';
import { ProjectList } from './ProjectList';
import { ProjectPage } from './ProjectPage';
import type { ProjectsRoute } from './project-navigation';
import { useProjectChange } from './useProjectChange';
import './projects.css';

/** Props of ProjectsView. */
export interface ProjectsViewProps {
  readonly route: ProjectsRoute;
  readonly onRouteChange: (route: ProjectsRoute) => void;
}

/** The projects view. */
export function ProjectsView({ route, onRouteChange }: ProjectsViewProps): ReactNode {
  const { mayManage } = useProjectChange();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const toList = () => onRouteChange({ kind: 'list' });
  useEffect(() => {
    if (route.kind === 'list') titleRef.current?.focus({ preventScroll: true });
  }, [route.kind]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTextEntry(event.target)) return;
    if (event.key === 'Escape' && route.kind !== 'list') {
      event.preventDefault();
      toList();
    } else if (route.kind === 'list' && mayManage && isShortcut(event, 'projects.new')) {
      // Anywhere in the list, the heading the view opens on included.
      event.preventDefault();
      onRouteChange({ kind: 'new' });
    }
  };
  return (
    <section className="projects" aria-labelledby="projects-title" data-testid="projects-view" onKeyDown={onKeyDown}>
      <header className="projects-header">
        <h2 id="projects-title" ref={titleRef} tabIndex={-1} className={route.kind === 'list' ? 'projects-heading' : 'visually-hidden'}>
          {t('projects.title')}
        </h2>
        {route.kind === 'list' && <p className="project-muted">{t('projects.intro')}</p>}
      </header>
      {route.kind === 'list' && <ProjectList mayManage={mayManage} onOpen={(id) => onRouteChange({ kind: 'project', id })} onNew={() => onRouteChange({ kind: 'new' })} />}
      {route.kind === 'new' && <NewProjectForm onBack={toList} onCreated={(id) => onRouteChange({ kind: 'project', id })} />}
      {route.kind === 'project' && <ProjectPage key={route.id} projectId={route.id} onBack={toList} />}
    </section>
  );
}
