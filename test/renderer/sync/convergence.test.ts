/**
 * Two desks and the fake server, driven through random interleavings of: changes at either desk (some made in
 * the middle of that desk's sync, between its calls to the server), syncs, desks going offline, answers lost
 * and requests arriving twice. After the faults heal and both desks sync, both equal the server, every change
 * of each desk reached the server exactly once, and the derived data (search terms, tag counts) is in step.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyMutation } from '@shared/sync/apply';
import { countPending, readSyncState } from '../../../renderer/src/db';
import { contextFor } from '../../../renderer/src/db/local-mutations';
import { intentArb, type Intent } from '../../shared/sync/fixtures';
import { act, expectDerivedInStep, openDesk, snapshotOf, type TestDesk } from './desks';
import { createFakeServer, type FakeServer } from './fake-server';

type Step =
  | { kind: 'act'; desk: number; intent: Intent }
  /** The desk acts while its next sync waits for the server (before its `call`-th request). */
  | { kind: 'actMidSync'; desk: number; intent: Intent; call: number }
  | { kind: 'sync'; desk: number }
  | { kind: 'offline'; desk: number; isOffline: boolean }
  | { kind: 'faults'; desk: number; loseAnswers: boolean; duplicates: boolean };

const desk = fc.nat(1);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('act' as const), desk, intent: intentArb(5) }), weight: 5 },
  { arbitrary: fc.record({ kind: fc.constant('actMidSync' as const), desk, intent: intentArb(5), call: fc.nat(3) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('sync' as const), desk }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('offline' as const), desk, isOffline: fc.boolean() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('faults' as const), desk, loseAnswers: fc.boolean(), duplicates: fc.boolean() }), weight: 1 },
);

/**
 * After a good sync the desk holds exactly the server's rows with its unconfirmed changes re-run on top: what
 * rebase promises, checked after every sync so a page applied wrongly cannot hide behind later syncs.
 */
async function expectServerPlusPending(server: FakeServer, d: TestDesk): Promise<void> {
  const expected = server.store.clone();
  const { clientId } = await readSyncState(d.db);
  for (const entry of await d.db.outbox.orderBy('mutationId').toArray()) {
    if (entry.rejectedLocally !== undefined) continue;
    await applyMutation(expected, entry, contextFor(clientId ?? '', entry.mutationId, entry));
  }
  expect(await snapshotOf(d.db)).toEqual(expected.snapshot());
}

/** Syncs both desks, faults off, until nothing is left to send and neither desk changes any more. */
async function heal(server: FakeServer, desks: readonly TestDesk[]): Promise<void> {
  for (const d of desks) {
    d.faults.offline = false;
    d.faults.loseAnswer = () => false;
    d.faults.duplicate = () => false;
    d.faults.before = async () => {};
  }
  for (let round = 0; round < 4; round += 1) for (const d of desks) await d.engine.syncNow();
}

describe('sync engine: two desks and the server', () => {
  it('converge after random interleavings of changes, syncs and faults, with every change applied exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 4, maxLength: 40 }), fc.integer({ min: 1, max: 4 }), async (steps, pageSize) => {
        const server = createFakeServer({ pageSize });
        const desks = [openDesk(server, 'Ana at desk 1'), openDesk(server, 'Ben at desk 2')];
        // Four concerns both desks have seen, which most random changes aim at; new ones get ids from 4 on.
        let nextConcern = 0;
        for (const d of desks) for (let i = 0; i < 2; i += 1) await act(d, { kind: 'log', fields: {} }, nextConcern++);
        for (const d of [...desks, ...desks]) await d.engine.syncNow();
        const actAt = (d: TestDesk, intent: Intent) => act(d, intent, intent.kind === 'log' ? nextConcern++ : -1);
        for (const step of steps) {
          const d = desks[step.desk] as TestDesk;
          if (step.kind === 'act') {
            await actAt(d, step.intent);
          } else if (step.kind === 'actMidSync') {
            let calls = 0;
            d.faults.before = async () => {
              if (calls++ !== step.call) return;
              d.faults.before = async () => {};
              await actAt(d, step.intent);
            };
          } else if (step.kind === 'sync') {
            await d.engine.syncNow();
            if (d.engine.status.get().state === 'synced') await expectServerPlusPending(server, d);
          } else if (step.kind === 'offline') {
            d.faults.offline = step.isOffline;
          } else {
            let n = 0;
            d.faults.loseAnswer = () => step.loseAnswers && n++ % 2 === 0;
            d.faults.duplicate = () => step.duplicates;
          }
        }
        await heal(server, desks);

        const serverRows = server.store.snapshot();
        for (const d of desks) {
          expect(await countPending(d.db)).toBe(0);
          expect(await snapshotOf(d.db)).toEqual(serverRows);
          await expectDerivedInStep(d.db);
          // Every mutation the desk made reached the server, and none ran there twice.
          const { clientId, nextMutationId } = await readSyncState(d.db);
          for (let id = 1; id < nextMutationId; id += 1) expect(server.runs.get(`${clientId}/${id}`)).toBe(1);
          // Staff hear about each change that did not take effect once, not once per sync that saw it.
          expect(new Set(d.rejections.map((r) => r.mutationId)).size).toBe(d.rejections.length);
        }
        for (const d of desks) await d.engine.stop();
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
