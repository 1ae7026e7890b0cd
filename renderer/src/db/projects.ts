/**
 * Projects as this desk knows them (projects, project_links; shared/domain/project.ts), for the projects view,
 * the concern page and the meeting. Each read is a plain async function over the tables, so it runs inside
 * Dexie's liveQuery and the screens update when a project or a link arrives by sync or is made here. Changes
 * go through the mutators (shared/sync/mutators/project.ts) with runLocalMutation, never here.
 *
 * Counting people: a concern's raisedCount already counts the duplicates merged into it, so a linked duplicate
 * whose surviving concern is linked too adds nobody; one whose survivor is not linked counts its own people.
 * Contributors are the distinct contributor keys (shared/domain/project.ts contributorKey) of the linked
 * concerns' contacts and the contacts merged into them: the same person behind two concerns counts once.
 * A linked concern deleted since is left out of every figure (its link row stays, so it can be unlinked).
 */
import { reviewStateOf, type Concern } from '@shared/domain/concern';
import { contributorKey, projectProgress, type Project, type ProjectLink } from '@shared/domain/project';
import type { NotebookDb } from './database';

/** A project with the figures its list row and page show. */
export interface ProjectSummary {
  readonly project: Project;
  /** Progress in percent: staff's figure, else from the milestones (projectProgress). */
  readonly progress: number;
  /** Linked concerns this desk has (deleted ones left out). */
  readonly concernCount: number;
  /** How many people raised the linked concerns. */
  readonly people: number;
  /** How many distinct people can be told apart among them (named, with an email or a phone). */
  readonly contributors: number;
}

/** A concern linked to a project, with who linked it and when. */
export interface LinkedConcern {
  readonly concern: Concern;
  readonly link: ProjectLink;
}

/** A project a concern is linked to, with the link. */
export interface ConcernProject {
  readonly project: Project;
  readonly link: ProjectLink;
}

const newestFirst = (a: Project, b: Project) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1);

/** The figures of one project from its linked concerns (those this desk has). */
export function figuresOf(concerns: readonly Concern[]): Pick<ProjectSummary, 'concernCount' | 'people' | 'contributors'> {
  const linked = new Set(concerns.map((c) => c.id));
  const keys = new Set<string>();
  let people = 0;
  for (const concern of concerns) {
    const state = reviewStateOf(concern);
    const isCountedBySurvivor = state.mergedInto !== null && linked.has(state.mergedInto);
    if (!isCountedBySurvivor) people += state.mergedInto === null ? state.raisedCount : 1;
    for (const contact of [concern.contact, ...state.otherContacts]) {
      const key = contributorKey(contact);
      if (key !== undefined) keys.add(key);
    }
  }
  return { concernCount: concerns.length, people, contributors: keys.size };
}

async function activeLinks(db: NotebookDb, field: 'projectId' | 'concernId', id: string): Promise<ProjectLink[]> {
  const rows = await db.project_links.where(field).equals(id).toArray();
  return rows.filter((link) => link.unlinkedAt === null);
}

function summaryOf(project: Project, concerns: readonly Concern[]): ProjectSummary {
  return { project, progress: projectProgress(project), ...figuresOf(concerns) };
}

/** Every project with its figures, the most recently changed first. */
export async function projectSummaries(db: NotebookDb): Promise<ProjectSummary[]> {
  const [projects, links] = await Promise.all([db.projects.toArray(), db.project_links.toArray()]);
  const active = links.filter((link) => link.unlinkedAt === null);
  const ids = [...new Set(active.map((link) => link.concernId))];
  const rows = await db.concerns.bulkGet(ids);
  const byId = new Map(rows.flatMap((row) => (row === undefined ? [] : [[row.id, row] as const])));
  const concernsOf = new Map<string, Concern[]>();
  for (const link of active) {
    const concern = byId.get(link.concernId);
    if (concern === undefined) continue;
    const list = concernsOf.get(link.projectId) ?? [];
    list.push(concern);
    concernsOf.set(link.projectId, list);
  }
  return projects.sort(newestFirst).map((project) => summaryOf(project, concernsOf.get(project.id) ?? []));
}

/** One project with its figures, or undefined when this desk does not have it. */
export async function projectSummary(db: NotebookDb, projectId: string): Promise<ProjectSummary | undefined> {
  const project = await db.projects.get(projectId);
  if (project === undefined) return undefined;
  const linked = await linkedConcernsOf(db, projectId);
  return summaryOf(project, linked.map((l) => l.concern));
}

/** The concerns linked to a project, the most recently linked first (deleted ones left out). */
export async function linkedConcernsOf(db: NotebookDb, projectId: string): Promise<LinkedConcern[]> {
  const links = await activeLinks(db, 'projectId', projectId);
  const concerns = await db.concerns.bulkGet(links.map((link) => link.concernId));
  const linked = links.flatMap((link, i) => {
    const concern = concerns[i];
    return concern === undefined ? [] : [{ concern, link }];
  });
  return linked.sort((a, b) => (a.link.linkedAt < b.link.linkedAt ? 1 : a.link.linkedAt > b.link.linkedAt ? -1 : a.concern.id < b.concern.id ? -1 : 1));
}

/** The projects a concern is linked to, the most recently changed first. */
export async function projectsOfConcern(db: NotebookDb, concernId: string): Promise<ConcernProject[]> {
  const links = await activeLinks(db, 'concernId', concernId);
  const projects = await db.projects.bulkGet(links.map((link) => link.projectId));
  const found = links.flatMap((link, i) => {
    const project = projects[i];
    return project === undefined ? [] : [{ project, link }];
  });
  return found.sort((a, b) => newestFirst(a.project, b.project));
}

/** The projects made from a month's meeting themes (source.period), oldest first: "since last meeting". */
export async function projectsFromMonth(db: NotebookDb, period: string): Promise<Project[]> {
  const projects = await db.projects.toArray();
  return projects.filter((p) => p.source?.period === period).sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}
