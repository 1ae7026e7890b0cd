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
 * (in progress)"), or '' when the concern is part of no project, so the template's project line is left out.
 */
export function projectValueOf(project: Project | undefined, statusWords: (status: Project['status']) => string): string {
  if (project === undefined) return '';
  return `${project.title} (${statusWords(project.status)})`;
}
