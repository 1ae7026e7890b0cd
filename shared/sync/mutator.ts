/**
 * What a mutator is, and the helpers every mutator uses to read and write rows safely.
 *
 * A mutator is a named, pure change: `run(store, args, ctx)` reads and writes rows through the SyncStore port
 * and nothing else, so the client (optimistically, on Dexie) and the server (authoritatively, on SQL) run the
 * same code. It checks everything before its first write, and throws MutationRejected when the change cannot
 * apply to the current state.
 */
import { z } from 'zod';
import type { Concern } from '../domain/concern';
import type { FieldChange, HistoryEntry } from '../domain/history';
import type { MutationContext } from './context';
import { MutationRejected } from './errors';
import { UUIDV7_PATTERN } from '../lib/uuidv7';
import { MAX_TAG_ADDS, ROW_SCHEMAS, concernTagId, type SyncStore, type SyncTables, type TableName } from './store';

/** A named change: its args schema and the function that applies it. */
export interface Mutator<N extends string = string, S extends z.ZodType = z.ZodType> {
  /** The name sent over the wire; never rename one that has shipped (old outboxes still hold it). */
  readonly name: N;
  /** Schema of the args; run() receives only args that passed it. */
  readonly args: S;
  /** Applies the change; throws MutationRejected when it cannot apply. */
  run(store: SyncStore, args: z.output<S>, ctx: MutationContext): Promise<void>;
}

/** Schema of a concern id in mutator args. */
export const ConcernIdSchema = z.string().regex(UUIDV7_PATTERN, 'Expected the concern id (a UUIDv7)');

/** Declares a mutator, keeping its name and args types for the registry. */
export function defineMutator<N extends string, S extends z.ZodType>(mutator: Mutator<N, S>): Mutator<N, S> {
  return mutator;
}

/** The concern with this id; rejects plainly when it was deleted or is not known here. */
export async function requireConcern(store: SyncStore, id: string): Promise<Concern> {
  const concern = await store.get('concerns', id);
  if (concern !== undefined) return concern;
  if ((await store.get('concern_tombstones', id)) !== undefined) {
    throw new MutationRejected('Someone else deleted this concern, so your change was not saved.', 'deleted');
  }
  throw new MutationRejected(
    'This concern is not in the notebook (it may have been removed), so your change was not saved.',
    'not-found',
  );
}

/** Validates a row against its table's schema and writes it; an invalid row is a bug, so it throws. */
export async function putRow<T extends TableName>(store: SyncStore, table: T, row: SyncTables[T]): Promise<void> {
  await store.put(table, ROW_SCHEMAS[table].parse(row));
}

/** Writes a row under a freshly made id, refusing to overwrite one that is already there. */
export async function insertRow<T extends TableName>(store: SyncStore, table: T, row: SyncTables[T]): Promise<void> {
  // Ids from ctx.newId() are a hash of the mutation, not a secret: a collision, accidental or crafted, must
  // fail this one mutation rather than replace someone else's row.
  if ((await store.get(table, row.id)) !== undefined) {
    throw new MutationRejected('This change could not be saved because its record id is already taken.', 'id-taken');
  }
  await putRow(store, table, row);
}

/** Appends a history entry to a concern. */
export async function recordHistory(
  store: SyncStore,
  ctx: MutationContext,
  concernId: string,
  kind: HistoryEntry['kind'],
  changes: FieldChange[],
): Promise<void> {
  await insertRow(store, 'concern_history', { id: ctx.newId(), concernId, at: ctx.at, by: ctx.by, kind, changes });
}

/** The concern with new values and fresh update stamps (putRow checks the result against the schema). */
export function touched(concern: Concern, values: Partial<Concern>, ctx: MutationContext): Concern {
  return { ...concern, ...values, updatedAt: ctx.at, updatedBy: ctx.by };
}

/** Records one add of a tag on a concern under a fresh add id (the concern's own tag list is the caller's job). */
export async function addTagOnce(store: SyncStore, ctx: MutationContext, concernId: string, tag: string): Promise<void> {
  const id = concernTagId(concernId, tag);
  const row = await store.get('concern_tags', id);
  const addIds = [...(row?.addIds ?? []), ctx.newId()].slice(-MAX_TAG_ADDS);
  await putRow(store, 'concern_tags', { id, concernId, tag, addIds });
}
