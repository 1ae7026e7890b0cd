/**
 * The thank-yous of a project as this desk knows them: its linked concerns, their contacts and the project's
 * project_thanks rows, turned into the list of people to thank (shared/domain/thanks.ts). A plain async read, so
 * it runs inside liveQuery and the panel updates when another desk's thank-you or a new link arrives by sync.
 * Thank-yous are recorded through the recordThanks mutator with runLocalMutation, never here.
 */
import type { ProjectThanks } from '@shared/domain/project';
import { contributorsOf, type ContributorConcern, type ContributorList } from '@shared/domain/thanks';
import type { NotebookDb } from './database';

/** The people behind a project's linked concerns and who of them was thanked. */
export async function contributorsOfProject(db: NotebookDb, projectId: string): Promise<ContributorList> {
  const [links, thanks] = await Promise.all([
    db.project_links.where('projectId').equals(projectId).toArray(),
    db.project_thanks.where('projectId').equals(projectId).toArray(),
  ]);
  const linkedIds = links.filter((link) => link.unlinkedAt === null).map((link) => link.concernId);
  const rows = await db.concerns.bulkGet(linkedIds);
  const concerns: ContributorConcern[] = rows.flatMap((row) =>
    row === undefined ? [] : [{ id: row.id, contact: row.contact, otherContacts: row.otherContacts, createdAt: row.createdAt }],
  );
  return contributorsOf(links, concerns, thanks);
}

/** The thank-you rows of a project, earliest first (the panel's "already thanked"). */
export async function thanksOfProject(db: NotebookDb, projectId: string): Promise<ProjectThanks[]> {
  const rows = await db.project_thanks.where('projectId').equals(projectId).toArray();
  return rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
