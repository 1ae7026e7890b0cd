/**
 * The agenda as a property: two desks pin, move and unpin items of one month's agenda without seeing each
 * other's changes, push and pull in any interleaving, and end with the server's agenda, in the same order, with
 * every pin either desk made still there unless someone took it off.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MEETING_FIGURES, type AgendaItem } from '@shared/domain/meeting';
import { agendaPositionBetween } from '@shared/sync/mutators/meeting';
import type { NamedMutation } from '@shared/sync/mutators';
import { rebase } from '@shared/sync/rebase';
import type { MemoryStore } from '@shared/sync/memory-store';
import { ctxFor, DESK_A, DESK_B, modelClient, modelServer, runLocal, serverApply, type ModelClient, type ModelServer } from './fixtures';

const PERIOD = '2026-11';

type AgendaIntent =
  | { kind: 'pin'; figure: (typeof MEETING_FIGURES)[number] }
  | { kind: 'move'; item: number; to: number }
  | { kind: 'unpin'; item: number };

const intentArb: fc.Arbitrary<AgendaIntent> = fc.oneof(
  fc.record({ kind: fc.constant('pin' as const), figure: fc.constantFrom(...MEETING_FIGURES) }),
  { arbitrary: fc.record({ kind: fc.constant('move' as const), item: fc.nat(6), to: fc.nat(6) }), weight: 3 },
  fc.record({ kind: fc.constant('unpin' as const), item: fc.nat(6) }),
);

/** The agenda as the meeting view reads it: items still pinned, by position then id. */
function agenda(store: MemoryStore): AgendaItem[] {
  return store
    .rows('meeting_agenda')
    .filter((item) => item.period === PERIOD && item.removedAt === null)
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
}

/** Turns an intent into a mutation against what the desk sees, as the meeting view would. */
function resolve(store: MemoryStore, intent: AgendaIntent): NamedMutation | undefined {
  if (intent.kind === 'pin') return { name: 'pinToAgenda', args: { period: PERIOD, subject: { kind: 'figure', figure: intent.figure } } };
  const items = agenda(store);
  const item = items[intent.item % Math.max(1, items.length)];
  if (item === undefined) return undefined;
  if (intent.kind === 'unpin') return { name: 'unpinFromAgenda', args: { id: item.id } };
  const others = items.filter((other) => other.id !== item.id);
  const to = intent.to % (others.length + 1);
  return { name: 'moveAgendaItem', args: { id: item.id, position: agendaPositionBetween(others[to - 1]?.position, others[to]?.position) } };
}

async function act(client: ModelClient, intents: readonly AgendaIntent[]): Promise<void> {
  for (const intent of intents) {
    const mutation = resolve(client.store, intent);
    if (mutation !== undefined) await runLocal(client, mutation);
  }
}

async function pushAll(server: ModelServer, client: ModelClient): Promise<void> {
  await serverApply(server, client.clientId, client.pending);
}

async function pull(client: ModelClient, server: ModelServer): Promise<void> {
  const { changes, position } = server.store.changesSince(client.position);
  const page = { changes, lastMutationId: server.last.get(client.clientId) ?? 0 };
  const result = await rebase(client.store, page, client.pending, (m) => ctxFor(client.clientId, m.id));
  client.pending = result.pending;
  client.position = position;
}

describe('the agenda across desks', () => {
  it('converges on the server\'s agenda and order, keeping every pin not taken off', async () => {
    const steps = fc.array(fc.constantFrom('pushA', 'pushB', 'pullA', 'pullB'), { maxLength: 6 });
    const intents = fc.array(intentArb, { maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(intents, intents, steps, async (forA, forB, schedule) => {
        const server = modelServer();
        const setup = await modelClient('0195f1a0-0000-4000-8000-00000000000c', server);
        await act(setup, [{ kind: 'pin', figure: 'places' }, { kind: 'pin', figure: 'channels' }, { kind: 'pin', figure: 'priorities' }]);
        await pushAll(server, setup);
        const [a, b] = [await modelClient(DESK_A, server), await modelClient(DESK_B, server)];
        await act(a, forA);
        await act(b, forB);
        for (const step of schedule) {
          if (step === 'pushA') await pushAll(server, a);
          else if (step === 'pushB') await pushAll(server, b);
          else await pull(step === 'pullA' ? a : b, server);
        }
        for (const desk of [a, b]) await pushAll(server, desk);
        for (const desk of [a, b]) await pull(desk, server);

        const order = (store: MemoryStore) => agenda(store).map((item) => item.id);
        expect(order(a.store)).toEqual(order(server.store));
        expect(order(b.store)).toEqual(order(server.store));
        expect(a.store.rows('meeting_agenda')).toEqual(server.store.rows('meeting_agenda'));
        expect([...a.pending, ...b.pending]).toEqual([]);
        // A pin is never lost: every row made is there, and on the agenda unless someone took it off.
        const rows = server.store.rows('meeting_agenda');
        expect(agenda(server.store)).toEqual(rows.filter((row) => row.removedAt === null).sort((x, y) => x.position - y.position || (x.id < y.id ? -1 : 1)));
        const pins = [...forA, ...forB].filter((i) => i.kind === 'pin').length;
        expect(rows).toHaveLength(3 + pins);
      }),
      { numRuns: 150 },
    );
  });
});
