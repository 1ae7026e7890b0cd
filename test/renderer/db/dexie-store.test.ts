/**
 * The Dexie store against the memory store (shared/sync's reference implementation of the port): the same
 * mutations leave the same rows, and the app's derived data (search terms, tag counts) follows every write,
 * undo and pulled page.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyMutation, undoChanges } from '@shared/sync/apply';
import { createMemoryStore } from '@shared/sync/memory-store';
import type { RowChange } from '@shared/sync/store';
import { tablesOf } from '../../../renderer/src/db/database';
import { createDexieStore, syncTablesOf, type DexieStore } from '../../../renderer/src/db/dexie-store';
import { localWriteScope } from '../../../renderer/src/db/local-mutations';
import type { NotebookDb } from '../../../renderer/src/db';
import { freshDb } from '../../helpers/fake-db';
import { ctxFor, DESK_A, intentArb, resolveIntent } from '../../shared/sync/fixtures';
import { expectDerivedInStep, snapshotOf } from '../sync/desks';

/** Runs body in a write transaction with a store bound to it. */
const inTransaction = <T>(db: NotebookDb, body: (store: DexieStore) => Promise<T>) =>
  db.transaction('rw', localWriteScope(db), async (tx) => {
    const store = createDexieStore(syncTablesOf(tablesOf(tx)));
    const value = await body(store);
    await store.flush();
    return value;
  });

describe('Dexie store', () => {
  it('holds what the memory store holds after the same mutations, and undoes them back to nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(intentArb(3), fc.boolean()), { minLength: 1, maxLength: 25 }), async (steps) => {
        const db = freshDb();
        const memory = createMemoryStore();
        const undos: RowChange[][] = [];
        let logged = 0;
        let n = 0;
        for (const [intent, isPrefetched] of steps) {
          const mutation = await resolveIntent(memory, intent, logged);
          if (mutation === undefined) continue;
          if (mutation.name === 'logConcern') logged += 1;
          n += 1;
          const expected = await applyMutation(memory, mutation, ctxFor(DESK_A, n));
          const actual = await inTransaction(db, async (store) => {
            // As a save does: the concern's rows read ahead, then the mutator reading them from memory.
            if (isPrefetched && 'id' in mutation.args) await store.prefetchConcern(mutation.args.id);
            return applyMutation(store, mutation, ctxFor(DESK_A, n));
          });
          expect(actual.status).toBe(expected.status);
          if (actual.status === 'applied') undos.push(actual.undo);
        }
        expect(await snapshotOf(db)).toEqual(memory.snapshot());
        await expectDerivedInStep(db);

        await inTransaction(db, async (store) => {
          for (const undo of undos.reverse()) await undoChanges(store, undo);
        });
        expect(await snapshotOf(db)).toEqual(createMemoryStore().snapshot());
        expect(await db.tags.count()).toBe(0);
      }),
      { numRuns: 40 },
    );
  });

  it('writes a pulled page in bulk exactly as change by change, later changes of a row winning', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(intentArb(3), { minLength: 1, maxLength: 25 }), fc.nat(25), async (intents, cut) => {
        const server = createMemoryStore();
        let logged = 0;
        for (const [n, intent] of intents.entries()) {
          const mutation = await resolveIntent(server, intent, logged);
          if (mutation === undefined) continue;
          if (mutation.name === 'logConcern') logged += 1;
          await applyMutation(server, mutation, ctxFor(DESK_A, n + 1));
        }
        // The raw log, with repeated keys, split into two pages.
        const log = server.changesSince(0).changes;
        const db = freshDb();
        await inTransaction(db, (store) => store.applyChanges!(log.slice(0, cut)));
        await inTransaction(db, (store) => store.applyChanges!(log.slice(cut)));
        expect(await snapshotOf(db)).toEqual(server.snapshot());
        await expectDerivedInStep(db);
      }),
      { numRuns: 40 },
    );
  });

  it('returns concerns without their search terms, and keeps terms out of what mutators see', async () => {
    const db = freshDb();
    await inTransaction(db, (store) =>
      applyMutation(store, { name: 'logConcern', args: { id: '0195f1a0-0000-7000-8000-000000000001', fields: { ...(fieldsFor('Lamp post down on Elm St')) } } }, ctxFor(DESK_A, 1)),
    );
    const row = await createDexieStore(syncTablesOf(db)).get('concerns', '0195f1a0-0000-7000-8000-000000000001');
    expect(row).toBeDefined();
    expect(row).not.toHaveProperty('terms');
    expect((await db.concerns.toArray())[0]?.terms).toEqual(expect.arrayContaining(['lamp', 'post', 'elm']));
  });
});

function fieldsFor(summary: string) {
  return {
    channel: 'phone' as const,
    summary,
    details: '',
    contact: { name: '', phone: '', email: '', preferredReply: 'none' as const, consentToContact: false, anonymous: false },
    location: { address: '', area: '' },
    category: '',
    tags: [],
    priority: 'normal' as const,
    status: 'new' as const,
    followUp: { needed: false, due: '' },
  };
}
