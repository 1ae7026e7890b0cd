/**
 * Helpers for the sync tests: contexts with deterministic ids, concerns to start from, random "intents" that
 * become mutation args against what a desk currently sees, and a tiny server and client made of memory stores.
 */
import fc from 'fast-check';
import { CHANNELS, PRIORITIES, STATUSES, type ConcernFields } from '@shared/domain/concern';
import { uuidv7 } from '@shared/lib/uuidv7';
import { createMutationContext, type MutationContext } from '@shared/sync/context';
import { applyMutation, type ApplyOutcome } from '@shared/sync/apply';
import { createMemoryStore, type MemoryStore } from '@shared/sync/memory-store';
import type { NamedMutation } from '@shared/sync/mutators';
import type { PatchField } from '@shared/sync/mutators/patch';
import { removeTagsArgs } from '@shared/sync/mutators/tags';
import type { PendingMutation } from '@shared/sync/rebase';
import { applyChange, type SyncStore } from '@shared/sync/store';
import { fields } from '../../helpers/concerns';

export { fields };

/** Client ids of the simulated desks. */
export const DESK_A = '0195f1a0-0000-4000-8000-00000000000a';
export const DESK_B = '0195f1a0-0000-4000-8000-00000000000b';

const T0 = Date.UTC(2025, 2, 14, 9, 0, 0);

/** The time of the n-th mutation of a test, one second apart. */
export function timeOf(n: number): string {
  return new Date(T0 + n * 1000).toISOString();
}

/** The context of mutation `mutationId` of a desk, at a time derived from it. */
export function ctxFor(clientId: string, mutationId: number, by = `Staff at ${clientId.slice(-1)}`): MutationContext {
  return createMutationContext({
    at: timeOf(mutationId),
    by,
    staffId: `staff-${clientId.slice(-1)}`,
    officeId: 'office-1',
    clientId,
    mutationId,
  });
}

/** A concern id for a small number: the same number always gives the same id. */
export function concernId(n: number): string {
  const random = new Uint8Array(10);
  new DataView(random.buffer).setUint32(6, n + 1);
  return uuidv7(T0 - 86_400_000 + n, random);
}

/** A store holding one concern (id concernId(0)) logged by a third desk with the given fields. */
export async function storeWithConcern(changes: Partial<ConcernFields> = {}): Promise<MemoryStore> {
  const store = createMemoryStore();
  const outcome = await applyMutation(
    store,
    { name: 'logConcern', args: { id: concernId(0), fields: fields(changes) } },
    ctxFor('0195f1a0-0000-4000-8000-00000000000c', 1),
  );
  if (outcome.status !== 'applied') throw new Error(`fixture: ${outcome.reason}`);
  return store;
}

/** Small pool of tags, so random adds and removes meet each other. */
export const TAG_POOL = ['streetlights', 'elm-st', 'urgent', 'noise', 'parks', 'water', 'bins', 'night'] as const;

/** Fields that no cross-field rule ties together, with random values for each. */
export const FREE_FIELDS: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  channel: fc.constantFrom(...CHANNELS),
  summary: fc.constantFrom('Streetlight out', 'Pothole on Main St', 'Bins not emptied', 'Noise at night'),
  details: fc.string({ maxLength: 30 }).map((s) => s.trim()),
  category: fc.constantFrom('', 'Streetlights', 'Noise', 'Parks and green spaces'),
  priority: fc.constantFrom(...PRIORITIES),
  'contact.name': fc.constantFrom('', 'Ana López', 'Sam Lee'),
  'contact.consentToContact': fc.boolean(),
  'location.address': fc.constantFrom('', '12 Elm St', '3 Main St'),
  'location.area': fc.constantFrom('', 'North', 'Riverside'),
} satisfies Partial<Record<PatchField, fc.Arbitrary<unknown>>>;

/** A random patch of some free fields. */
export const patchArb = fc
  .subarray(Object.keys(FREE_FIELDS), { minLength: 0 })
  .chain((keys) => fc.record(Object.fromEntries(keys.map((k) => [k, FREE_FIELDS[k] as fc.Arbitrary<unknown>]))));

/** What a person at a desk means to do, before it is turned into args against what that desk sees. */
export type Intent =
  | { kind: 'log'; fields: Partial<ConcernFields> }
  | { kind: 'edit'; target: number; patch: Record<string, unknown> }
  | { kind: 'status'; target: number; to: (typeof STATUSES)[number] }
  | { kind: 'priority'; target: number; to: (typeof PRIORITIES)[number]; guarded: boolean }
  | { kind: 'addTags'; target: number; tags: string[] }
  | { kind: 'removeTags'; target: number; tags: string[] }
  | { kind: 'delete'; target: number };

const tagsArb = fc.subarray([...TAG_POOL], { minLength: 1, maxLength: 3 });

/** A random intent aimed at concerns 0 to maxTarget; deletes are rare so most histories keep concerns to work on. */
export function intentArb(maxTarget = 5): fc.Arbitrary<Intent> {
  const target = fc.nat({ max: maxTarget });
  return fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('log' as const), fields: fc.record({ tags: fc.subarray([...TAG_POOL], { maxLength: 2 }) }) }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('edit' as const), target, patch: patchArb }), weight: 4 },
    { arbitrary: fc.record({ kind: fc.constant('status' as const), target, to: fc.constantFrom(...STATUSES) }), weight: 3 },
    {
      arbitrary: fc.record({ kind: fc.constant('priority' as const), target, to: fc.constantFrom(...PRIORITIES), guarded: fc.boolean() }),
      weight: 1,
    },
    { arbitrary: fc.record({ kind: fc.constant('addTags' as const), target, tags: tagsArb }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('removeTags' as const), target, tags: tagsArb }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('delete' as const), target }), weight: 1 },
  );
}

/** Turns an intent into a mutation against what `store` holds now, as the app would; undefined if no-op. */
export async function resolveIntent(store: SyncStore, intent: Intent, nextConcern: number): Promise<NamedMutation | undefined> {
  if (intent.kind === 'log') return { name: 'logConcern', args: { id: concernId(nextConcern), fields: fields(intent.fields) } };
  const id = concernId(intent.target);
  const concern = await store.get('concerns', id);
  switch (intent.kind) {
    case 'edit':
      return { name: 'editConcern', args: { id, patch: intent.patch } };
    case 'status':
      if (concern === undefined || concern.status === intent.to) return undefined;
      return { name: 'setStatus', args: { id, from: concern.status, to: intent.to } };
    case 'priority':
      return { name: 'setPriority', args: { id, to: intent.to, ...(intent.guarded && concern ? { from: concern.priority } : {}) } };
    case 'addTags':
      return { name: 'addTags', args: { id, tags: intent.tags } };
    case 'removeTags': {
      const args = await removeTagsArgs(store, id, intent.tags);
      return args === undefined ? undefined : { name: 'removeTags', args };
    }
    case 'delete':
      return { name: 'deleteConcern', args: { id } };
  }
}

/** The office server in miniature: one store and each desk's last mutation id. */
export interface ModelServer {
  readonly store: MemoryStore;
  readonly last: Map<string, number>;
}

/** A desk in miniature: its store, its outbox, its read position in the server's log. */
export interface ModelClient {
  readonly clientId: string;
  readonly store: MemoryStore;
  pending: PendingMutation[];
  nextId: number;
  position: number;
}

/** A server with an empty store. */
export function modelServer(store = createMemoryStore()): ModelServer {
  return { store, last: new Map() };
}

/** A desk that has pulled everything the server has. */
export async function modelClient(clientId: string, server: ModelServer): Promise<ModelClient> {
  const { changes, position } = server.store.changesSince(0);
  const store = createMemoryStore();
  for (const change of changes) await applyChange(store, change);
  return { clientId, store, pending: [], nextId: 1, position };
}

/** Runs a mutation optimistically at a desk; an applied one joins the outbox. */
export async function runLocal(client: ModelClient, mutation: NamedMutation): Promise<ApplyOutcome> {
  const id = client.nextId;
  const outcome = await applyMutation(client.store, mutation, ctxFor(client.clientId, id));
  if (outcome.status === 'applied') {
    client.pending.push({ id, name: mutation.name, args: mutation.args, at: timeOf(id), undo: outcome.undo });
    client.nextId += 1;
  }
  return outcome;
}

/** The server applying a desk's outbox entries in order, as the push service will. */
export async function serverApply(server: ModelServer, clientId: string, mutations: readonly PendingMutation[]) {
  const outcomes: ApplyOutcome[] = [];
  for (const m of mutations) {
    if (m.id <= (server.last.get(clientId) ?? 0)) continue;
    outcomes.push(await applyMutation(server.store, m, ctxFor(clientId, m.id)));
    server.last.set(clientId, m.id);
  }
  return outcomes;
}
