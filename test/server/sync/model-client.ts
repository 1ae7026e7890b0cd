/**
 * A simulated desk for the model test: a memory store, an outbox of pending mutations, a cursor, and a
 * network that can drop, duplicate or hold back its requests (app.inject is the wire). It does what the
 * renderer's sync engine does: run mutations optimistically, push the outbox in order, and take pulled pages
 * with shared/sync's rebase.
 */
import type { FastifyInstance } from 'fastify';
import { applyMutation } from '@shared/sync/apply';
import { createMutationContext, type MutationContext } from '@shared/sync/context';
import { compareCursor, decodeCursor } from '@shared/sync/cursor';
import { createMemoryStore, type MemoryStore } from '@shared/sync/memory-store';
import type { NamedMutation } from '@shared/sync/mutators';
import { takePushBatch, type PullResponse, type PushMutation, type PushResponse } from '@shared/sync/protocol';
import { rebase, type PendingMutation } from '@shared/sync/rebase';
import { timeOf } from '../../shared/sync/fixtures';
import { pull, push, type TestStaff } from './support';

/** What the network does to one request. */
export type Fault = 'none' | 'dropRequest' | 'dropResponse' | 'duplicate' | 'delay';

/** A simulated desk. */
export interface SimClient {
  readonly staff: TestStaff;
  readonly clientId: string;
  readonly store: MemoryStore;
  pending: PendingMutation[];
  nextId: number;
  /** Highest id the server said it has recorded: the outbox is pushed from the one after. */
  pushedUpTo: number;
  cursor: string | undefined;
  isOnline: boolean;
  /** Requests held back by the network, delivered later (so after newer ones) to whichever server runs then. */
  readonly delayed: ((app: FastifyInstance) => Promise<void>)[];
  /** Every mutation this desk ever made, by id: the record the test checks the server against. */
  readonly made: Map<number, PushMutation>;
}

/** A desk that has never synced. */
export function simClient(staff: TestStaff, clientId: string): SimClient {
  return { staff, clientId, store: createMemoryStore(), pending: [], nextId: 1, pushedUpTo: 0, cursor: undefined, isOnline: true, delayed: [], made: new Map() };
}

/** The context a desk runs its mutation `m` in: the same the server builds from the session. */
export function contextOf(client: SimClient, m: Pick<PushMutation, 'id' | 'at'>): MutationContext {
  const { staff, clientId } = client;
  return createMutationContext({ at: m.at, by: staff.displayName, staffId: staff.staffId, officeId: staff.officeId, clientId, mutationId: m.id });
}

/** Runs a mutation at the desk; an applied one joins the outbox (a locally rejected one never leaves the desk). */
export async function act(client: SimClient, mutation: NamedMutation): Promise<void> {
  const m = { id: client.nextId, name: mutation.name, args: mutation.args, at: timeOf(client.nextId) };
  const outcome = await applyMutation(client.store, m, contextOf(client, m));
  if (outcome.status !== 'applied') return;
  client.pending.push({ ...m, undo: outcome.undo });
  client.made.set(m.id, m);
  client.nextId += 1;
}

/** Sends the next push batch through the faulty network; true when there was something to send. */
export async function pushOnce(app: FastifyInstance, client: SimClient, fault: Fault): Promise<boolean> {
  const unsent = client.pending.filter((m) => m.id > client.pushedUpTo);
  if (unsent.length === 0) return false;
  const mutations = takePushBatch(unsent.slice(0, 7)).map(({ id, name, args, at }) => ({ id, name, args, at }));
  const body = { clientId: client.clientId, mutations };
  const send = async (to: FastifyInstance = app): Promise<void> => {
    const res = await push(to, client.staff, body);
    if (fault === 'dropResponse') return;
    if (res.statusCode === 409) client.pushedUpTo = res.json<{ expected: number }>().expected - 1;
    else if (res.statusCode === 200) client.pushedUpTo = Math.max(client.pushedUpTo, res.json<PushResponse>().lastMutationId);
    else throw new Error(`push answered ${res.statusCode}: ${res.body}`);
  };
  if (fault === 'dropRequest') return true;
  if (fault === 'delay') client.delayed.push(send);
  else await send();
  if (fault === 'duplicate') await send();
  return true;
}

async function take(client: SimClient, sentCursor: string | undefined, page: PullResponse): Promise<void> {
  // A response to a pull sent from an older cursor is stale: the desk has moved on, so it is dropped.
  if (client.cursor !== sentCursor) return;
  if (sentCursor !== undefined && compareCursor(decodeCursor(page.cursor), decodeCursor(sentCursor)) < 0) {
    throw new Error(`The cursor went backwards: ${sentCursor} -> ${page.cursor}`);
  }
  const result = await rebase(client.store, page, client.pending, (m) => contextOf(client, m));
  client.pending = result.pending;
  client.pushedUpTo = Math.max(client.pushedUpTo, page.lastMutationId);
  client.cursor = page.cursor;
}

/** Sends one pull through the faulty network; returns whether the server has more (false when not taken). */
export async function pullOnce(app: FastifyInstance, client: SimClient, fault: Fault, limit: number): Promise<boolean> {
  if (fault === 'dropRequest') return false;
  const sentCursor = client.cursor;
  const res = await pull(app, client.staff, { clientId: client.clientId, limit, ...(sentCursor === undefined ? {} : { cursor: sentCursor }) });
  if (res.statusCode !== 200) throw new Error(`pull answered ${res.statusCode}: ${res.body}`);
  const page = res.json<PullResponse>();
  if (fault === 'dropResponse') return false;
  if (fault === 'delay') {
    client.delayed.push(async () => take(client, sentCursor, page));
    return false;
  }
  await take(client, sentCursor, page);
  if (fault === 'duplicate') await take(client, sentCursor, page);
  return page.hasMore;
}

/** Heals the network for the desk: back online, and every held-back request delivered, oldest first. */
export async function heal(app: FastifyInstance, client: SimClient): Promise<void> {
  client.isOnline = true;
  for (const deliver of client.delayed.splice(0)) await deliver(app);
}

/** Pushes and pulls with no faults until the desk has nothing unsent and nothing more to pull. */
export async function settle(app: FastifyInstance, client: SimClient): Promise<void> {
  while (await pushOnce(app, client, 'none'));
  while (await pullOnce(app, client, 'none', 50));
}
