/**
 * What the reply composer reads from the desk besides the concern: how many responses it has had (the
 * exchanges so far, which the response policy for comments counts) and the project it is part of, if any.
 */
import type { Concern } from '@shared/domain/concern';
import type { Project } from '@shared/domain/project';
import { timelineConcernIds } from '@shared/domain/review-merge';
import type { NotebookDb } from '../../../db';

/** The composer's reads. */
export interface ReplyData {
  /** Responses recorded on the concern and on the concerns merged into it. */
  readonly responses: number;
  /** The project the concern is linked to now (the public one first, then the latest linked), if any. */
  readonly project: Project | undefined;
}

/** Reads the composer's data for `concern`. */
export async function replyDataOf(db: NotebookDb, concern: Concern): Promise<ReplyData> {
  const ids = timelineConcernIds(concern);
  const [responses, links] = await Promise.all([
    db.concern_responses.where('concernId').anyOf(ids).count(),
    db.project_links.where('concernId').equals(concern.id).toArray(),
  ]);
  const current = links.filter((link) => link.unlinkedAt === null).sort((a, b) => (a.linkedAt < b.linkedAt ? 1 : a.linkedAt > b.linkedAt ? -1 : 0));
  const projects = (await db.projects.bulkGet(current.map((link) => link.projectId))).filter((p): p is Project => p !== undefined);
  return { responses, project: projects.find((p) => p.isPublic) ?? projects[0] };
}

/**
 * The {project} placeholder's value: the project's title and where it stands ("Fix the lights on Elm Street
 * (in progress)"), then its link on the office's public page when there is one, or '' when the concern is part
 * of no project, so the template's project line is left out.
 */
export function projectValueOf(project: Project | undefined, statusWords: (status: Project['status']) => string, link?: string): string {
  if (project === undefined) return '';
  const words = `${project.title} (${statusWords(project.status)})`;
  return link === undefined ? words : `${words}: ${link}`;
}

/** How long the public page may take to answer before the reply goes without its link. */
const PUBLIC_PAGE_WAIT_MS = 3000;

/**
 * The project's link on the office's public status list (/public/<office id>/#project-<id>, the page the server
 * publishes), or undefined when the project is not public, the desk has no server, or the page does not answer:
 * an office that has not published its page would otherwise send citizens a link to "not found".
 */
export async function publicProjectLink(
  project: Pick<Project, 'id' | 'isPublic'> | undefined,
  server: { address: string | undefined; officeId: string | undefined },
  fetchFn: typeof fetch = globalThis.fetch,
): Promise<string | undefined> {
  if (project === undefined || !project.isPublic || server.address === undefined || server.officeId === undefined) return undefined;
  const page = `${server.address.replace(/\/+$/, '')}/public/${encodeURIComponent(server.officeId)}/`;
  try {
    const answer = await fetchFn(page, { method: 'HEAD', credentials: 'omit', signal: AbortSignal.timeout(PUBLIC_PAGE_WAIT_MS) });
    return answer.ok ? `${page}#project-${project.id}` : undefined;
  } catch {
    return undefined;
  }
}
