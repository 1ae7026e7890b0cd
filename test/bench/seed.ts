/**
 * Bench seeder, built into one script by vite.bench.config.ts and injected into a page of the served app: fills
 * the app's own IndexedDB database (same origin, same Dexie schema, same search terms) with synthetic concerns
 * in large transactions, so the benchmark measures the app on a full desk.
 */
import { searchTermsOf } from '@shared/domain/search-terms';
import { openNotebookDb } from '../../renderer/src/db';
import { syntheticConcerns } from './synthetic';

declare global {
  interface Window {
    seedNotebook?: (count: number, days: number, endMs: number) => Promise<number>;
  }
}

window.seedNotebook = async (count, days, endMs) => {
  const db = openNotebookDb();
  await db.open();
  const concerns = syntheticConcerns(count, days, endMs);
  const chunk = 5000;
  for (let i = 0; i < concerns.length; i += chunk) {
    const part = concerns.slice(i, i + chunk);
    await db.transaction('rw', [db.concerns, db.history], async () => {
      await db.concerns.bulkAdd(part.map((c) => ({ ...c, terms: searchTermsOf(c) })));
      await db.history.bulkAdd(
        part.map((c) => ({ id: c.id, concernId: c.id, at: c.createdAt, by: c.createdBy, kind: 'created' as const, changes: [] })),
      );
    });
  }
  const total = await db.concerns.count();
  db.close();
  return total;
};
