/**
 * Bench seeder, built into one script by vite.bench.config.ts and injected into a page of the served app: fills
 * the app's own IndexedDB database (same origin, same Dexie schema, same search terms) with synthetic concerns
 * in large transactions, so the benchmark measures the app on a full desk. The concerns are written as if a
 * first sync had brought them from another desk: with their tag rows (add ids as that desk's logConcern made
 * them) and nothing in this desk's outbox.
 */
import { searchTermsOf } from '@shared/domain/search-terms';
import { mutationRowId } from '@shared/sync/context';
import { concernTagId } from '@shared/sync/store';
import { openNotebookDb } from '../../renderer/src/db/database';
import { searchConcerns } from '../../renderer/src/db/search';
import { createConcern } from '../../renderer/src/db/concern-store';
import { emptyConcernFields } from '@shared/domain/concern';
import { uuidv7 } from '@shared/lib/uuidv7';
import { syntheticConcerns } from './synthetic';

declare global {
  interface Window {
    seedNotebook?: (count: number, days: number, endMs: number) => Promise<number>;
    timeSearch?: (query: string) => Promise<number>;
    timeCreate?: (samples: number) => Promise<number[]>;
  }
}

/** The desk the seeded concerns were logged at. */
const SEED_DESK = '0195f1a0-0000-7000-8000-00000000bea0';

window.seedNotebook = async (count, days, endMs) => {
  const db = openNotebookDb();
  await db.open();
  const concerns = syntheticConcerns(count, days, endMs);
  const chunk = 5000;
  for (let i = 0; i < concerns.length; i += chunk) {
    const part = concerns.slice(i, i + chunk);
    await db.transaction('rw', [db.concerns, db.history, db.concern_tags], async () => {
      await db.concerns.bulkAdd(part.map((c) => ({ ...c, terms: searchTermsOf(c) })));
      await db.history.bulkAdd(
        part.map((c) => ({ id: c.id, concernId: c.id, at: c.createdAt, by: c.createdBy, kind: 'created' as const, changes: [] })),
      );
      await db.concern_tags.bulkAdd(
        part.flatMap((c, k) =>
          c.tags.map((tag, n) => ({
            id: concernTagId(c.id, tag),
            concernId: c.id,
            tag,
            addIds: [mutationRowId(SEED_DESK, i + k + 1, c.createdAt, n)],
          })),
        ),
      );
    });
  }
  const counts = new Map<string, number>();
  for (const c of concerns) for (const tag of c.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  await db.transaction('rw', db.tags, async () => {
    for (const [tag, count] of counts) {
      const row = await db.tags.get(tag);
      await db.tags.put({ tag, count: (row?.count ?? 0) + count });
    }
  });
  const total = await db.concerns.count();
  db.close();
  return total;
};

/** Milliseconds the database search alone takes for `query`, without the app's rendering. */
window.timeSearch = async (query) => {
  const db = openNotebookDb();
  await db.open();
  const start = performance.now();
  await searchConcerns(db, query);
  const ms = performance.now() - start;
  db.close();
  return ms;
};

/** Milliseconds each of `samples` concern saves takes in the database alone (the write transaction). */
window.timeCreate = async (samples) => {
  const db = openNotebookDb();
  await db.open();
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const now = Date.now();
    const id = () => uuidv7(now, crypto.getRandomValues(new Uint8Array(10)));
    const fields = { ...emptyConcernFields('phone'), summary: `Bench write ${i} about a leaking hydrant on Mill Lane`, tags: ['bench'] };
    const start = performance.now();
    await createConcern(db, id(), fields, { at: new Date(now).toISOString(), by: 'Bench desk', historyId: id() });
    times.push(performance.now() - start);
  }
  db.close();
  return times;
};
