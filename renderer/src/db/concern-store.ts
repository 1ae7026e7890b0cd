/**
 * Reading and writing concerns. Every write validates with the shared schema first (a ZodError, as the form
 * shows it, when the input is invalid), then runs shared/sync's named mutators through the outbox
 * (local-mutations.ts), so the concern, its history entries and the change queued for the server are written
 * in one transaction, or none of them is.
 */
import { ConcernFieldsSchema, ConcernSchema, type Concern, type ConcernFields } from '@shared/domain/concern';
import { diffConcernFields, fieldsOf, type FieldChange, type HistoryEntry } from '@shared/domain/history';
import { requireConcern } from '@shared/sync/mutator';
import { patchBetween } from '@shared/sync/mutators/patch';
import { removeTagsArgs } from '@shared/sync/mutators/tags';
import type { NotebookDb } from './database';
import { groupSaves } from './history';
import { withLocalMutations, type LocalWrite } from './local-mutations';
import { fromStored } from './stored-concern';

export { fromStored } from './stored-concern';

/** Who is writing, when, and the draft to clear: passed in so the store has no clock of its own. */
export interface WriteContext {
  readonly at: string;
  readonly by: string;
  /**
   * No longer used: a history entry's id now derives from the mutation that makes it (shared/sync/context.ts),
   * so the server makes the same one. Kept so callers need no change.
   * @deprecated
   */
  readonly historyId?: string;
  /** A draft to delete in the same transaction, once its content is safely saved. */
  readonly draftId?: string;
}

/** Saves a new concern with a "created" history entry; throws the schema's error when the input is invalid. */
export async function createConcern(
  db: NotebookDb,
  id: string,
  fields: ConcernFields,
  ctx: WriteContext,
): Promise<Concern> {
  const valid = ConcernFieldsSchema.parse(fields);
  const concern = ConcernSchema.parse({ ...valid, id, createdAt: ctx.at, createdBy: ctx.by, updatedAt: ctx.at, updatedBy: ctx.by });
  await withLocalMutations(db, ctx, async (write) => {
    // logConcern refuses an id in use, so a collision fails loudly instead of overwriting someone's concern.
    await write.run('logConcern', { id, fields: valid });
    if (ctx.draftId !== undefined) write.later(write.tables.drafts.delete(ctx.draftId));
  });
  return concern;
}

/** Result of an edit: the concern as saved and what changed (empty when nothing did). */
export interface UpdateResult {
  readonly concern: Concern;
  readonly changes: readonly FieldChange[];
}

/**
 * The mutations that take a concern from `before` to `next`, each with its own merge rule: a per-field patch
 * for plain fields, a guarded status and priority move, and tag adds and removes (removes first, so a concern
 * at the tag limit can swap a tag).
 */
async function runEdits(write: LocalWrite, id: string, before: ConcernFields, next: ConcernFields): Promise<void> {
  const { priority: _priority, ...patch } = patchBetween(before, next);
  if (Object.keys(patch).length > 0) await write.run('editConcern', { id, patch });
  if (before.status !== next.status) await write.run('setStatus', { id, from: before.status, to: next.status });
  if (before.priority !== next.priority) await write.run('setPriority', { id, from: before.priority, to: next.priority });
  const removed = before.tags.filter((tag) => !next.tags.includes(tag));
  const removal = removed.length === 0 ? undefined : await removeTagsArgs(write.store, id, removed);
  if (removal !== undefined) await write.run('removeTags', removal);
  const added = next.tags.filter((tag) => !before.tags.includes(tag));
  if (added.length > 0) await write.run('addTags', { id, tags: added });
}

const sameTags = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((tag) => b.includes(tag));

/** Saves edited fields of a concern, appending what changed to its history. */
export async function updateConcern(
  db: NotebookDb,
  id: string,
  fields: ConcernFields,
  ctx: WriteContext,
): Promise<UpdateResult> {
  const next = ConcernFieldsSchema.parse(fields);
  return withLocalMutations(db, ctx, async (write) => {
    const before = await requireConcern(write.store, id);
    if (ctx.draftId !== undefined) write.later(write.tables.drafts.delete(ctx.draftId));
    await runEdits(write, id, fieldsOf(before), next);
    const concern = await requireConcern(write.store, id);
    const saved = fieldsOf(concern);
    // Every field must now be what was saved (tags in any order). If a mutator left one behind, say so rather
    // than report a save that did not happen; throwing here writes nothing.
    if (diffConcernFields({ ...saved, tags: next.tags }, next).length > 0 || !sameTags(saved.tags, next.tags)) {
      throw new Error('This change could not be saved in full, so nothing was saved. Please try again.');
    }
    return { concern, changes: diffConcernFields(fieldsOf(before), saved) };
  });
}

/** One concern by id, or undefined. */
export async function getConcern(db: NotebookDb, id: string): Promise<Concern | undefined> {
  const row = await db.concerns.get(id);
  return row === undefined ? undefined : fromStored(row);
}

/** Concerns created in [fromIso, toIso), oldest first: one page of the notebook. */
export async function listConcernsBetween(db: NotebookDb, fromIso: string, toIso: string): Promise<Concern[]> {
  const rows = await db.concerns.where('createdAt').between(fromIso, toIso, true, false).sortBy('createdAt');
  return rows.map(fromStored);
}

/** The history of a concern, oldest first, one entry per save (see history.ts). */
export async function historyOf(db: NotebookDb, concernId: string): Promise<HistoryEntry[]> {
  const entries = await db.history.where('concernId').equals(concernId).toArray();
  return groupSaves(entries);
}

/** Every tag in use on this desk, alphabetically, for autocomplete. */
export async function knownTags(db: NotebookDb): Promise<string[]> {
  return db.tags.toCollection().primaryKeys();
}

/** Number of concerns in the local database. */
export async function countConcerns(db: NotebookDb): Promise<number> {
  return db.concerns.count();
}
