/**
 * Where the projects view is (its list, a new project's form, or one project) and opening a project from
 * anywhere (the meeting's theme page, a concern's page, the link picker) without threading a callback through
 * every screen: the shell holds the route (useProjectsRoute) and provides the opener, features call it.
 */
import { createContext, useCallback, useContext, useLayoutEffect, useRef, useState } from 'react';

/** The projects view's place. */
export type ProjectsRoute = { readonly kind: 'list' } | { readonly kind: 'new' } | { readonly kind: 'project'; readonly id: string };

/** Opens a project's page by id (switching to the projects view). */
export type ProjectOpener = (projectId: string) => void;

/** The shell's opener; undefined outside the shell (a feature rendered alone leaves the way out). */
export const ProjectOpenerContext = createContext<ProjectOpener | undefined>(undefined);

/** The opener, or undefined where there is none. */
export function useProjectOpener(): ProjectOpener | undefined {
  return useContext(ProjectOpenerContext);
}

/** The route of the projects view and its opener; `show` switches the shell to the projects view. */
export function useProjectsRoute(show: () => void): { route: ProjectsRoute; setRoute: (route: ProjectsRoute) => void; open: ProjectOpener; openNew: () => void } {
  const [route, setRoute] = useState<ProjectsRoute>({ kind: 'list' });
  // The latest `show` behind a stable opener, so the screens using it do not redraw with every shell render.
  const latestShow = useRef(show);
  useLayoutEffect(() => {
    latestShow.current = show;
  });
  const open = useCallback((id: string) => {
    setRoute({ kind: 'project', id });
    latestShow.current();
  }, []);
  const openNew = useCallback(() => {
    setRoute({ kind: 'new' });
    latestShow.current();
  }, []);
  return { route, setRoute, open, openNew };
}
