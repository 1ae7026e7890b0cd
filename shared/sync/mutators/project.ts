/**
 * Projects and the concerns linked to them (shared/domain/project.ts). Every change is a row write that syncs;
 * nothing is ever deleted: an unlinked concern keeps its project_links row with unlinkedAt set.
 *
 * Merge rules (the server's order decides):
 * - createProject inserts a project under the id its desk chose (so the desk can open it at once) and links the
 *   concerns named with it; an id already in use is refused.
 * - editProject is a per-field patch: edits of different fields at two desks both survive; the same field (the
 *   milestones count as one field): the later one wins. A patch that changes nothing writes nothing.
 * - setProjectStatus stamps statusChangedAt and keeps completedDate in step: set on done or declined, cleared
 *   when the project is reopened. Setting the status it already has changes nothing.
 * - linkConcerns and unlinkConcern are idempotent and the last one of a (project, concern) pair wins: linking a
 *   linked concern keeps its first linker; re-linking an unlinked one revives the row; unlinking an unlinked
 *   (or never linked) one changes nothing. A concern deleted or unknown here is refused before anything is
 *   written, so a link never points at nothing.
 */
import { z } from 'zod';
import { IsoDateSchema } from '../../domain/concern';
import {
  ProjectFieldsSchema,
  ProjectLinkSchema,
  ProjectSourceSchema,
  projectLinkId,
  type Project,
  type ProjectFields,
  type ProjectLink,
  type ProjectStatus,
} from '../../domain/project';
import { UUIDV7_PATTERN } from '../../lib/uuidv7';
import { getRows, putRows } from '../bulk';
import type { MutationContext } from '../context';
import { MutationRejected } from '../errors';
import { ConcernIdSchema, defineMutator, putRow } from '../mutator';
import type { SyncStore } from '../store';

/** The most concerns one linkConcerns (or createProject) may link: a month's largest theme fits many times. */
export const MAX_LINKS_PER_CHANGE = 500;

/** Schema of a project id in mutator args. */
export const ProjectIdSchema = z.string().regex(UUIDV7_PATTERN, 'Expected the project id (a UUIDv7)');

/** Schema of the concern ids of one link: 1 to MAX_LINKS_PER_CHANGE, each named once. */
export const LinkConcernIdsSchema = z
  .array(ConcernIdSchema)
  .min(1, { error: 'Choose at least one concern to link' })
  .max(MAX_LINKS_PER_CHANGE, { error: `Link at most ${MAX_LINKS_PER_CHANGE} concerns at a time` })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'A concern is named twice' });

/** The statuses that close a project: it gets a completedDate. */
export const CLOSING_STATUSES: readonly ProjectStatus[] = ['done', 'declined'];

/** The fields a new project starts with when its maker leaves them out: proposed, private, no dates. */
export const NEW_PROJECT_DEFAULTS: Omit<ProjectFields, 'title'> = {
  description: '',
  status: 'proposed',
  publicSummary: '',
  owner: '',
  startDate: '',
  targetDate: '',
  completedDate: '',
  milestones: [],
  progress: null,
  isPublic: false,
};

const shape = ProjectFieldsSchema.shape;

/** Schema of a new project's fields: a title, and any other field (NEW_PROJECT_DEFAULTS fill the rest). */
export const NewProjectFieldsSchema = z.object({
  title: shape.title,
  description: shape.description.default(''),
  status: shape.status.default('proposed'),
  publicSummary: shape.publicSummary.default(''),
  owner: shape.owner.default(''),
  startDate: shape.startDate.default(''),
  targetDate: shape.targetDate.default(''),
  milestones: shape.milestones.default([]),
  progress: shape.progress.default(null),
  isPublic: shape.isPublic.default(false),
});

/** Schema of an edit: any fields but the status (setProjectStatus moves it, stamping when). */
export const ProjectPatchSchema = ProjectFieldsSchema.omit({ status: true })
  .partial()
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), { error: 'Say what to change' });

/** Schema of the day a status change happened at the desk (completedDate); the UTC day of the change if absent. */
const OnSchema = IsoDateSchema.optional();

const dayOf = (ctx: MutationContext, on: string | undefined) => on ?? ctx.at.slice(0, 10);

async function requireProject(store: SyncStore, id: string, change: string): Promise<Project> {
  const row = await store.get('projects', id);
  if (row !== undefined) return row;
  throw new MutationRejected(`This project is not in the notebook (it may not have reached this desk yet), so it was not ${change}.`, 'not-found', { id });
}

/** Refuses, in words, a target date before the start date (the row schema would throw instead of explaining). */
function checkDates(project: Pick<Project, 'startDate' | 'targetDate'>): void {
  if (project.startDate !== '' && project.targetDate !== '' && project.targetDate < project.startDate) {
    throw new MutationRejected(
      `This change was not saved: the target date (${project.targetDate}) is before the start date (${project.startDate}).`,
      'invalid-args',
      { field: 'targetDate', message: 'The target date cannot be before the start date' },
    );
  }
}

/** Refuses the whole change when any concern is deleted or unknown here, saying how many and why. */
async function requireConcerns(store: SyncStore, ids: readonly string[]): Promise<void> {
  const rows = await getRows(store, 'concerns', ids);
  const missing = ids.filter((_, i) => rows[i] === undefined);
  if (missing.length === 0) return;
  const tombstones = await getRows(store, 'concern_tombstones', missing);
  const deleted = tombstones.filter((row) => row !== undefined).length;
  const one = missing.length === 1;
  const why =
    deleted === missing.length
      ? one
        ? 'someone deleted it'
        : 'someone deleted them'
      : deleted === 0
        ? one
          ? 'it is not in the notebook (it may not have reached this desk yet)'
          : 'they are not in the notebook (they may not have reached this desk yet)'
        : `${deleted} of them ${deleted === 1 ? 'was' : 'were'} deleted and the others are not in the notebook`;
  const what = one ? 'One of the concerns' : `${missing.length} of the concerns`;
  throw new MutationRejected(`${what} could not be linked because ${why}, so nothing was linked.`, deleted > 0 ? 'deleted' : 'not-found', {
    count: missing.length,
    first: missing[0] ?? '',
  });
}

/** Links the concerns to the project (validated already): new rows, revived rows, and nothing for linked ones. */
async function writeLinks(store: SyncStore, projectId: string, concernIds: readonly string[], ctx: MutationContext): Promise<void> {
  const ids = concernIds.map((concernId) => projectLinkId(projectId, concernId));
  const existing = await getRows(store, 'project_links', ids);
  const rows: ProjectLink[] = [];
  concernIds.forEach((concernId, i) => {
    const row = existing[i];
    if (row !== undefined && row.unlinkedAt === null) return;
    const link = { id: ids[i] as string, projectId, concernId, linkedAt: ctx.at, linkedBy: ctx.by, unlinkedAt: null, unlinkedBy: null };
    rows.push(ProjectLinkSchema.parse(link));
  });
  await putRows(store, 'project_links', rows);
}

/** Makes a project (from a meeting theme when a source is given), linking the concerns named at once. */
export const createProject = defineMutator({
  name: 'createProject',
  args: z.object({
    id: ProjectIdSchema,
    fields: NewProjectFieldsSchema,
    source: ProjectSourceSchema.nullable().default(null),
    concernIds: LinkConcernIdsSchema.optional(),
    on: OnSchema,
  }),
  async run(store, { id, fields, source, concernIds, on }, ctx) {
    if ((await store.get('projects', id)) !== undefined) {
      throw new MutationRejected('A project with this id was already made, so it was not made again.', 'exists', { id });
    }
    checkDates(fields);
    if (concernIds !== undefined) await requireConcerns(store, concernIds);
    const completedDate = CLOSING_STATUSES.includes(fields.status) ? dayOf(ctx, on) : '';
    const stamps = { statusChangedAt: ctx.at, createdAt: ctx.at, createdBy: ctx.by, updatedAt: ctx.at, updatedBy: ctx.by };
    await putRow(store, 'projects', { ...fields, completedDate, id, source, ...stamps });
    if (concernIds !== undefined) await writeLinks(store, id, concernIds, ctx);
  },
});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Changes some fields of a project (not its status); fields not named stay as they are. */
export const editProject = defineMutator({
  name: 'editProject',
  args: z.object({ id: ProjectIdSchema, patch: ProjectPatchSchema }),
  async run(store, { id, patch }, ctx) {
    const before = await requireProject(store, id, 'changed');
    const changed = Object.entries(patch).filter(([field, value]) => value !== undefined && !same(value, before[field as keyof Project]));
    if (changed.length === 0) return;
    const after: Project = { ...before, ...Object.fromEntries(changed), updatedAt: ctx.at, updatedBy: ctx.by };
    checkDates(after);
    await putRow(store, 'projects', after);
  },
});

/** Moves a project to a status, stamping when; done or declined sets its completed day, reopening clears it. */
export const setProjectStatus = defineMutator({
  name: 'setProjectStatus',
  args: z.object({ id: ProjectIdSchema, status: shape.status, on: OnSchema }),
  async run(store, { id, status, on }, ctx) {
    const before = await requireProject(store, id, 'moved');
    if (before.status === status) return;
    const completedDate = CLOSING_STATUSES.includes(status) ? dayOf(ctx, on) : '';
    await putRow(store, 'projects', { ...before, status, completedDate, statusChangedAt: ctx.at, updatedAt: ctx.at, updatedBy: ctx.by });
  },
});

/** Links concerns to a project as its reasons; linked ones stay as they were, unlinked ones are linked again. */
export const linkConcerns = defineMutator({
  name: 'linkConcerns',
  args: z.object({ projectId: ProjectIdSchema, concernIds: LinkConcernIdsSchema }),
  async run(store, { projectId, concernIds }, ctx) {
    await requireProject(store, projectId, 'linked');
    await requireConcerns(store, concernIds);
    await writeLinks(store, projectId, concernIds, ctx);
  },
});

/** Unlinks a concern from a project (the row stays, unlinked, so the change syncs); unlinking again changes nothing. */
export const unlinkConcern = defineMutator({
  name: 'unlinkConcern',
  args: z.object({ projectId: ProjectIdSchema, concernId: ConcernIdSchema }),
  async run(store, { projectId, concernId }, ctx) {
    await requireProject(store, projectId, 'changed');
    // A concern deleted since it was linked can still be unlinked: only the link row is touched.
    const row = await store.get('project_links', projectLinkId(projectId, concernId));
    if (row === undefined || row.unlinkedAt !== null) return;
    await putRow(store, 'project_links', { ...row, unlinkedAt: ctx.at, unlinkedBy: ctx.by });
  },
});

/** The project mutators of this file, by name (the registry in mutators.ts includes them; recordThanks is thanks.ts). */
export const PROJECT_MUTATORS = { createProject, editProject, setProjectStatus, linkConcerns, unlinkConcern } as const;
