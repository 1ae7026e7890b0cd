/**
 * The registry of named mutators and the one way to run a mutation by name: parse the args with the
 * mutator's schema, then run it. Both the client and the server call runMutation (or applyMutation, which
 * adds an undo log); nothing else should call a mutator's run() directly, so args are always validated.
 */
import { getRows, putRows } from './bulk';
import type { z } from 'zod';
import type { MutationContext } from './context';
import { InvalidArgs, MutationRejected } from './errors';
import type { Mutator } from './mutator';
import { assignConcern, reassignConcern, unassignConcern } from './mutators/assign';
import { deleteConcern, editConcern, logConcern } from './mutators/concern';
import { recordEscalationFallback } from './mutators/fallback';
import { importHistory } from './mutators/import';
import { mergeConcerns } from './mutators/merge';
import { MEETING_MUTATORS } from './mutators/meeting';
import { NEWSLETTER_MUTATORS } from './mutators/newsletter';
import { PROJECT_MUTATORS } from './mutators/project';
import { acknowledgeConcern, addComment, flagConcern, recordResponse, resolveConcern, reviewFlags } from './mutators/review';
import { setPriority, setStatus } from './mutators/status';
import { addTags, removeTags } from './mutators/tags';
import { recordThanks } from './mutators/thanks';
import { markNegative } from './mutators/tone';
import { isServerOnlyTable, type SyncStore, type TableName } from './store';

/** Every mutator, by the name that goes over the wire. */
export const MUTATORS = {
  logConcern,
  editConcern,
  setStatus,
  setPriority,
  addTags,
  removeTags,
  deleteConcern,
  recordEscalationFallback,
  mergeConcerns,
  flagConcern,
  reviewFlags,
  addComment,
  recordResponse,
  acknowledgeConcern,
  resolveConcern,
  assignConcern,
  unassignConcern,
  reassignConcern,
  markNegative,
  ...MEETING_MUTATORS,
  ...PROJECT_MUTATORS,
  recordThanks,
  ...NEWSLETTER_MUTATORS,
  importHistory,
} as const;

/** Name of a mutator. */
export type MutatorName = keyof typeof MUTATORS;

/** The args a mutator accepts (its schema's input). */
export type MutatorArgs<N extends MutatorName> = z.input<(typeof MUTATORS)[N]['args']>;

/** A mutation as the client records it before it has an outbox id: a mutator name and its args. */
export type NamedMutation = { [N in MutatorName]: { name: N; args: MutatorArgs<N> } }[MutatorName];

/** True when the name is a mutator this version of the app knows. */
export function isMutatorName(name: string): name is MutatorName {
  return Object.hasOwn(MUTATORS, name);
}

function serverOnly(table: TableName): Promise<never> {
  return Promise.reject(
    new MutationRejected(`This change tried to write ${table}, which only the office server keeps, so it was not saved.`, 'server-only-table', {
      table,
    }),
  );
}

/**
 * The store as a mutator sees it (runMutation hands every mutator this view): reads anything, writes only what
 * devices may write (store.ts SERVER_ONLY_TABLES), refusing the rest with MutationRejected. No async wrappers:
 * the desk's Dexie store counts on each request being issued in the same turn as the mutator's call, and a
 * save waits for every layer added here.
 */
export function mutatorStore(store: SyncStore): SyncStore {
  return {
    get: (table, id) => store.get(table, id),
    getMany: (table, ids) => getRows(store, table, ids),
    putMany: (table, rows) => (isServerOnlyTable(table) ? serverOnly(table) : putRows(store, table, rows)),
    put: (table, row) => (isServerOnlyTable(table) ? serverOnly(table) : store.put(table, row)),
    delete: (table, id) => (isServerOnlyTable(table) ? serverOnly(table) : store.delete(table, id)),
  };
}

/** Runs a mutation by name: validates the args, then applies it; throws MutationRejected when it cannot. */
export async function runMutation(store: SyncStore, name: string, args: unknown, ctx: MutationContext): Promise<void> {
  if (!isMutatorName(name)) {
    throw new MutationRejected(
      `This change was made by a version of Civic Notebook that this one does not understand ("${name}"), so it was not saved.`,
      'unknown-mutation',
      { name },
    );
  }
  // Widened on purpose: each registry entry's run() accepts exactly what its own schema outputs.
  const mutator: Mutator = MUTATORS[name];
  const parsed = mutator.args.safeParse(args);
  if (!parsed.success) throw new InvalidArgs(name, parsed.error.issues);
  await mutator.run(mutatorStore(store), parsed.data, ctx);
}
