/**
 * Reading and writing concerns. Every write validates with the shared schema first and writes the concern and
 * its history entry in one transaction, so a concern never exists without the record of who made it.
 */
import {
  ConcernFieldsSchema,
  ConcernSchema,
  type Concern,
  type ConcernFields,
} from '@shared/domain/concern';
import { diffConcernFields, fieldsOf, type FieldChange, type HistoryEntry } from '@shared/domain/history';
import { searchTermsOf } from '@shared/domain/search-terms';
import type { NotebookDb, StoredConcern } from './database';

/** Who is writing, when, and the ids to use: passed in so the store has no clock or id source of its own. */
export interface WriteContext {
  readonly at: string;
  readonly by: string;
  /** Id of the history entry this write appends. */
  readonly historyId: string;
  /** A draft to delete in the same transaction, once its content is safely saved. */
  readonly draftId?: string;
}

function toStored(concern: Concern): StoredConcern {
  return { ...concern, terms: searchTermsOf(concern) };
}

/** Strips storage-only fields, returning the domain record. */
export function fromStored(row: StoredConcern): Concern {
  const { terms: _terms, ...concern } = row;
  return concern;
}

/** Keeps the tags table's counts in step when a concern's tags go from `before` to `after`. */
async function countTags(db: NotebookDb, before: readonly string[], after: readonly string[]): Promise<void> {
  const changes = new Map<string, number>();
  for (const tag of before) changes.set(tag, (changes.get(tag) ?? 0) - 1);
  for (const tag of after) changes.set(tag, (changes.get(tag) ?? 0) + 1);
  for (const [tag, delta] of changes) {
    if (delta === 0) continue;
    const count = ((await db.tags.get(tag))?.count ?? 0) + delta;
    if (count > 0) await db.tags.put({ tag, count });
    else await db.tags.delete(tag);
  }
}

/** Saves a new concern with a "created" history entry; throws the schema's error when the input is invalid. */
export async function createConcern(
  db: NotebookDb,
  id: string,
  fields: ConcernFields,
  ctx: WriteContext,
): Promise<Concern> {
  const concern = ConcernSchema.parse({
    ...ConcernFieldsSchema.parse(fields),
    id,
    createdAt: ctx.at,
    createdBy: ctx.by,
    updatedAt: ctx.at,
    updatedBy: ctx.by,
  });
  const entry: HistoryEntry = {
    id: ctx.historyId,
    concernId: id,
    at: ctx.at,
    by: ctx.by,
    kind: 'created',
    changes: [],
  };
  await db.transaction('rw', [db.concerns, db.history, db.drafts, db.tags], async () => {
    // add, not put: an id collision must fail loudly instead of overwriting someone's concern.
    await db.concerns.add(toStored(concern));
    await db.history.add(entry);
    await countTags(db, [], concern.tags);
    if (ctx.draftId !== undefined) await db.drafts.delete(ctx.draftId);
  });
  return concern;
}

/** Result of an edit: the concern as saved and what changed (empty when nothing did). */
export interface UpdateResult {
  readonly concern: Concern;
  readonly changes: readonly FieldChange[];
}

/** Saves edited fields of a concern, appending what changed to its history. */
export async function updateConcern(
  db: NotebookDb,
  id: string,
  fields: ConcernFields,
  ctx: WriteContext,
): Promise<UpdateResult> {
  const next = ConcernFieldsSchema.parse(fields);
  return db.transaction('rw', [db.concerns, db.history, db.drafts, db.tags], async () => {
    const row = await db.concerns.get(id);
    if (row === undefined) throw new Error(`No concern with id ${id}: it may have been removed from this desk`);
    const before = fromStored(row);
    const changes = diffConcernFields(fieldsOf(before), next);
    if (ctx.draftId !== undefined) await db.drafts.delete(ctx.draftId);
    if (changes.length === 0) return { concern: before, changes };
    const concern = ConcernSchema.parse({ ...before, ...next, updatedAt: ctx.at, updatedBy: ctx.by });
    await db.concerns.put(toStored(concern));
    await countTags(db, before.tags, concern.tags);
    await db.history.add({ id: ctx.historyId, concernId: id, at: ctx.at, by: ctx.by, kind: 'edited', changes });
    return { concern, changes };
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

/** The history of a concern, oldest first. */
export async function historyOf(db: NotebookDb, concernId: string): Promise<HistoryEntry[]> {
  const entries = await db.history.where('concernId').equals(concernId).toArray();
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id.localeCompare(b.id)));
}

/** Every tag in use on this desk, alphabetically, for autocomplete. */
export async function knownTags(db: NotebookDb): Promise<string[]> {
  return db.tags.toCollection().primaryKeys();
}

/** Number of concerns in the local database. */
export async function countConcerns(db: NotebookDb): Promise<number> {
  return db.concerns.count();
}
