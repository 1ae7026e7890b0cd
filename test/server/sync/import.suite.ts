import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/src/app';
import type { Db, Tx } from '../../../server/src/db/db';
import { createSqlStore } from '../../../server/src/sync/sql-store';
import type { HistoryRow } from '@shared/domain/history-import';
import { applyMutation } from '@shared/sync/apply';
import { createMutationContext } from '@shared/sync/context';
import { createMemoryStore } from '@shared/sync/memory-store';
import { importBatches, importedConcernId } from '@shared/sync/mutators/import';
import type { SyncStore } from '@shared/sync/store';
import { concernRow, createOffice, createStaff, migrated, mutation, officeRows, push, type TestStaff } from './support';

const row = (n: number): HistoryRow => ({
  id: `H-${n}`,
  created_at: `2024-${String(1 + (n % 12)).padStart(2, '0')}-1${n % 10}T08:00:00.000Z`,
  text: `Bins missed on street ${n}. Third week running; the caller was upset.`,
  category: n % 2 === 0 ? 'Waste' : '',
  channel: n % 3 === 0 ? '' : 'phone',
  location: 'Old Town',
});
const rowsOf = (count: number, from = 1) => Array.from({ length: count }, (_, i) => row(from + i));

/** A Db counting the statements run inside its transactions (what one push costs the database). */
function counting(db: Db): { db: Db; statements: () => number } {
  let statements = 0;
  const wrapTx = (tx: Tx): Tx => ({
    query: (sql, params) => {
      statements += 1;
      return tx.query(sql, params);
    },
    exec: (sql) => tx.exec(sql),
    notify: (channel, payload) => tx.notify(channel, payload),
  });
  return {
    statements: () => statements,
    db: {
      kind: db.kind,
      query: (sql, params) => db.query(sql, params),
      exec: (sql) => db.exec(sql),
      transaction: (fn) => db.transaction((tx) => fn(wrapTx(tx))),
      listen: (channel, onPayload) => db.listen(channel, onPayload),
      notify: (channel, payload) => db.notify(channel, payload),
      close: () => db.close(),
    },
  };
}

/** History imports on the server: each batch applied with a few set-based statements, as the row-by-row reference would. */
export function importSuite(getDb: () => Db): void {
  describe('history import on the server', () => {
    let db: Db;
    let app: FastifyInstance;
    let count: ReturnType<typeof counting>;
    let admin: TestStaff;

    beforeEach(async () => {
      db = await migrated(getDb());
      count = counting(db);
      app = buildApp({ db: count.db });
      admin = await createStaff(db, await createOffice(db), { displayName: 'Ada Admin', role: 'admin' });
    });
    afterEach(async () => {
      await app.close();
    });

    it('makes exactly the rows the store port makes row by row, with a handful of statements per batch', async () => {
      const clientId = randomUUID();
      // Some of the file is there already (an earlier, smaller import); one of those concerns was deleted since.
      const earlier = mutation(1, 'importHistory', { source: admin.officeId, rows: rowsOf(30) });
      const deleted = importedConcernId(admin.officeId, 'H-7', row(7).created_at);
      const batches = importBatches(admin.officeId, rowsOf(500)).map((args, i) => mutation(3 + i, 'importHistory', args));
      const mutations = [earlier, mutation(2, 'deleteConcern', { id: deleted }), ...batches];

      // The reference: the same mutations on the in-memory store, which has no bulk path (one get or put per row).
      const reference = createMemoryStore();
      for (const m of mutations) {
        const ctx = createMutationContext({ at: m.at, by: 'Ada Admin', staffId: admin.staffId, officeId: admin.officeId, clientId, mutationId: m.id });
        const outcome = await applyMutation(reference, m, ctx);
        expect(outcome.status).toBe('applied');
      }

      expect((await push(app, admin, { clientId, mutations: mutations.slice(0, 2) })).statusCode).toBe(200);
      const before = count.statements();
      const res = await push(app, admin, { clientId, mutations: batches });
      expect(res.statusCode).toBe(200);
      expect(res.json<{ results: { status: string }[] }>().results.map((r) => r.status)).toEqual(batches.map(() => 'applied'));
      // Bulk reads and writes: about a dozen statements for a batch of 500 rows, where row by row took thousands.
      expect(count.statements() - before).toBeLessThan(20 * batches.length);

      const served = await officeRows(db, admin.officeId);
      expect(served).toEqual(reference.snapshot());
      expect(Object.keys(served.concerns)).toHaveLength(499);
      expect(served.concerns[deleted]).toBeUndefined();
      // Every new row is logged once for pull, as row-by-row puts would log it.
      const { rows: logged } = await db.query<{ n: number }>(
        `select count(*)::int as n from sync_log where office_id = $1 and op = 'put' and table_name in ('concerns', 'concern_history')`,
        [admin.officeId],
      );
      expect(logged[0]?.n).toBe(2 * (499 + 1));
    });

    it('bulk writes in the SQL store behave as puts in order: the last row of an id wins, an identical rewrite logs nothing', async () => {
      const [a, b] = [concernRow(1, 'First'), concernRow(2, 'Second')];
      const logCount = async () => (await db.query<{ n: number }>(`select count(*)::int as n from sync_log where op = 'put'`)).rows[0]?.n;
      await db.transaction(async (tx) => {
        const store: SyncStore = createSqlStore(tx, admin.officeId);
        await store.putMany?.('concerns', [a, { ...b, summary: 'Overwritten' }, b]);
        expect(await store.getMany?.('concerns', [b.id, 'missing', a.id, b.id])).toEqual([b, undefined, a, b]);
      });
      const logged = await logCount();
      await db.transaction(async (tx) => {
        await createSqlStore(tx, admin.officeId).putMany?.('concerns', [a, { ...b, summary: 'Changed' }]);
      });
      expect(await logCount()).toBe((logged ?? 0) + 1);
      expect((await officeRows(db, admin.officeId)).concerns[b.id]?.summary).toBe('Changed');
      // Another office's rows stay out of reach of a bulk read.
      const other = await createOffice(db, 'Elsewhere');
      await db.transaction(async (tx) => {
        expect(await createSqlStore(tx, other).getMany?.('concerns', [a.id, b.id])).toEqual([undefined, undefined]);
      });
    });
  });
}
