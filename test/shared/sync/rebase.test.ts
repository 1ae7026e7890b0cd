import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rebase } from '@shared/sync/rebase';
import { applyChange, type RowChange } from '@shared/sync/store';
import {
  concernId,
  ctxFor,
  DESK_A,
  DESK_B,
  intentArb,
  modelClient,
  modelServer,
  resolveIntent,
  runLocal,
  serverApply,
  storeWithConcern,
  type Intent,
  type ModelClient,
  type ModelServer,
} from './fixtures';

const id = concernId(0);
const contextFor = (client: ModelClient) => (m: { id: number }) => ctxFor(client.clientId, m.id);

/** A desk acting on what it sees: each intent becomes a mutation against its local store. */
async function act(client: ModelClient, intents: readonly Intent[], firstConcern: number): Promise<void> {
  let logged = firstConcern;
  for (const intent of intents) {
    const mutation = await resolveIntent(client.store, intent, logged);
    if (mutation === undefined) continue;
    if (mutation.name === 'logConcern') logged += 1;
    await runLocal(client, mutation);
  }
}

/** The server's other desk acting on what the server has. */
async function actOnServer(server: ModelServer, clientId: string, intents: readonly Intent[], firstConcern: number) {
  const other = await modelClient(clientId, server);
  await act(other, intents, firstConcern);
  await serverApply(server, clientId, other.pending);
}

/** Pulls everything new from the server into the desk and rebases its outbox on it. */
async function pull(client: ModelClient, server: ModelServer) {
  const { changes, position } = server.store.changesSince(client.position);
  const result = await rebase(client.store, { changes, lastMutationId: server.last.get(client.clientId) ?? 0 }, client.pending, contextFor(client));
  client.pending = result.pending;
  client.position = position;
  return result;
}

describe('rebase', () => {
  it('ends where the server will be once it applies the pending mutations', async () => {
    // Three concerns to start with and every intent aimed at them, so the desks keep meeting each other.
    const logThree: Intent[] = [0, 1, 2].map(() => ({ kind: 'log', fields: {} }));
    const intents = fc.array(intentArb(2), { maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(intents, intents, intents, fc.nat(6), async (setup, local, others, pushed) => {
        const server = modelServer();
        await actOnServer(server, 'setup-desk', [...logThree, ...setup], 0);
        const desk = await modelClient(DESK_A, server);
        await act(desk, local, 100);
        await actOnServer(server, DESK_B, others, 200);
        // Part of the outbox reached the server before the pull (its answers may have been lost).
        await serverApply(server, DESK_A, desk.pending.slice(0, pushed));

        const result = await pull(desk, server);
        const serverOutcomes = await serverApply(server, DESK_A, desk.pending);

        expect(desk.store.snapshot()).toEqual(server.store.snapshot());
        // The outbox splits into what the server had applied before the pull and what is still to push.
        const ackedBefore = Math.min(pushed, result.acknowledged.length + desk.pending.length);
        expect(result.acknowledged).toEqual(Array.from({ length: ackedBefore }, (_, i) => i + 1));
        expect(desk.pending.map((m) => m.id)).toEqual(desk.pending.map((_, i) => ackedBefore + i + 1));
        // What the desk now thinks will be rejected, the server rejects, and the reverse.
        const rejectedHere = desk.pending.filter((m) => m.rejectedLocally !== undefined).map((m) => m.id);
        const rejectedThere = desk.pending.filter((_, i) => serverOutcomes[i]?.status === 'rejected').map((m) => m.id);
        expect(rejectedHere).toEqual(rejectedThere);
      }),
      { numRuns: 150 },
    );
  });

  it('drops acknowledged mutations and leaves the server rows as they came', async () => {
    const server = modelServer(await storeWithConcern());
    const desk = await modelClient(DESK_A, server);
    await runLocal(desk, { name: 'editConcern', args: { id, patch: { summary: 'Two lights out' } } });
    await runLocal(desk, { name: 'addTags', args: { id, tags: ['night'] } });
    await serverApply(server, DESK_A, desk.pending.slice(0, 1));

    const result = await pull(desk, server);

    expect(result).toMatchObject({ acknowledged: [1], rejected: [] });
    expect(desk.pending.map((m) => m.id)).toEqual([2]);
    expect(await desk.store.get('concerns', id)).toMatchObject({ summary: 'Two lights out', tags: ['night'] });
  });

  it('reports a pending change that no longer applies, takes it back, and keeps it to push', async () => {
    const server = modelServer(await storeWithConcern());
    const desk = await modelClient(DESK_A, server);
    await runLocal(desk, { name: 'setStatus', args: { id, from: 'new', to: 'acknowledged' } });
    await runLocal(desk, { name: 'editConcern', args: { id, patch: { category: 'Streetlights' } } });
    const other = await modelClient(DESK_B, server);
    await runLocal(other, { name: 'setStatus', args: { id, from: 'new', to: 'resolved' } });
    await serverApply(server, DESK_B, other.pending);

    const result = await pull(desk, server);

    expect(result.rejected.map((r) => [r.mutation.id, r.reason])).toEqual([
      [1, 'Someone else already marked this concern resolved, so it was not changed.'],
    ]);
    expect(desk.pending.map((m) => [m.id, m.rejectedLocally])).toEqual([
      [1, 'Someone else already marked this concern resolved, so it was not changed.'],
      [2, undefined],
    ]);
    expect(await desk.store.get('concerns', id)).toMatchObject({ status: 'resolved', category: 'Streetlights' });
    // A second page does not report it again.
    expect((await pull(desk, server)).rejected).toEqual([]);
  });

  it('puts back exactly the server state when the page is empty and nothing is pending', async () => {
    const server = modelServer(await storeWithConcern());
    const desk = await modelClient(DESK_A, server);
    const before = desk.store.snapshot();
    expect(await pull(desk, server)).toEqual({ pending: [], acknowledged: [], rejected: [] });
    expect(desk.store.snapshot()).toEqual(before);
  });

  it("writes a page through the store's bulk path when it has one", async () => {
    const server = modelServer(await storeWithConcern());
    const desk = await modelClient(DESK_A, server);
    const other = await modelClient(DESK_B, server);
    await runLocal(other, { name: 'addTags', args: { id, tags: ['night'] } });
    await serverApply(server, DESK_B, other.pending);
    const { changes } = server.store.changesSince(desk.position);
    const batches: number[] = [];
    const bulk = {
      ...desk.store,
      async applyChanges(page: readonly RowChange[]) {
        batches.push(page.length);
        for (const change of page) await applyChange(desk.store, change);
      },
    };
    await rebase(bulk, { changes, lastMutationId: 0 }, [], contextFor(desk));
    expect(batches).toEqual([changes.length]);
    expect(desk.store.snapshot()).toEqual(server.store.snapshot());
  });

  it('refuses an outbox out of order, which would undo in the wrong order', async () => {
    const desk = await modelClient(DESK_A, modelServer());
    const m = (n: number) => ({ id: n, name: 'x', args: {}, at: '2025-03-14T09:00:00.000Z', undo: [] });
    await expect(rebase(desk.store, { changes: [], lastMutationId: 0 }, [m(2), m(1)], contextFor(desk))).rejects.toThrow(
      /increasing id order/,
    );
  });
});
