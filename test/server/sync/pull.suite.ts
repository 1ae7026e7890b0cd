import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { createSqlStore } from '../../../server/src/sync/sql-store';
import { decodeCursor, encodeCursor } from '@shared/sync/cursor';
import type { PullResponse } from '@shared/sync/protocol';
import type { DatabaseTarget } from '../../helpers/databases';
import { naivePull } from './naive-pull';
import {
  concernId,
  concernRow,
  createOffice,
  createStaff,
  fields,
  migrated,
  mutation,
  officeRows,
  pull,
  pullPage,
  push,
  type TestStaff,
} from './support';

const id = concernId(1);
const logWithTags = (n: number, mutationId: number) =>
  mutation(mutationId, 'logConcern', { id: concernId(n), fields: fields({ tags: ['elm-st', 'night'] }) });
const ids = (page: PullResponse, table = 'concerns') => page.changes.filter((c) => c.table === table).map((c) => c.id);

/** Pull: pages, whole transactions, rows as of the cursor, epochs, and the out-of-order commit. */
export function pullSuite(getDb: () => Db, target: DatabaseTarget): void {
  describe('POST /api/sync/pull', () => {
    let db: Db;
    let app: FastifyInstance;
    let ana: TestStaff;
    let clientId: string;

    beforeEach(async () => {
      db = await migrated(getDb());
      app = buildApp({ db });
      ana = await createStaff(db, await createOffice(db), { displayName: 'Ana' });
      clientId = randomUUID();
    });
    afterEach(async () => {
      await app.close();
    });

    /** Pulls every page from the start; returns the pages. */
    async function pullAll(limit: number, staff = ana, client = clientId): Promise<PullResponse[]> {
      const pages: PullResponse[] = [];
      let cursor: string | undefined;
      do {
        pages.push(await pullPage(app, staff, { clientId: client, limit, ...(cursor === undefined ? {} : { cursor }) }));
        cursor = pages.at(-1)?.cursor;
      } while (pages.at(-1)?.hasMore === true);
      return pages;
    }

    it('returns the pushed rows, the epoch, a cursor of that epoch, and the device\'s last mutation', async () => {
      await push(app, ana, { clientId, mutations: [logWithTags(1, 1), mutation(2, 'setStatus', { id, from: 'new', to: 'acknowledged' })] });
      const page = await pullPage(app, ana, { clientId });
      const { rows } = await db.query<{ epoch: string }>('select epoch from sync_epoch');
      expect(page).toMatchObject({ epoch: rows[0]?.epoch, hasMore: false, lastMutationId: 2 });
      expect(decodeCursor(page.cursor).epoch).toBe(page.epoch);
      const server = await officeRows(db, ana.officeId);
      const got = Object.fromEntries(page.changes.map((c) => [`${c.table}/${c.id}`, c.row]));
      const expected = Object.fromEntries(
        Object.entries(server).flatMap(([table, rowsById]) => Object.entries(rowsById).map(([rowId, row]) => [`${table}/${rowId}`, row])),
      );
      expect(got).toEqual(expected);
      // Nothing new: the same cursor comes back with no changes.
      expect(await pullPage(app, ana, { clientId, cursor: page.cursor })).toMatchObject({ cursor: page.cursor, changes: [], hasMore: false });
    });

    it('never splits a transaction across pages, and the pages add up to the office\'s rows', async () => {
      await push(app, ana, { clientId, mutations: [1, 2, 3, 4].map((n) => logWithTags(n, n)) });
      const pages = await pullAll(1);
      expect(pages.map((p) => p.hasMore)).toEqual([true, true, true, false]);
      for (const page of pages) {
        // Each logConcern wrote its concern, a history row and two tag rows in one transaction: all on one page.
        expect(page.changes.map((c) => c.table).sort()).toEqual(['concern_history', 'concern_tags', 'concern_tags', 'concerns']);
      }
      expect(pages.map((p) => p.lastMutationId)).toEqual([1, 2, 3, 4]);
      expect(pages.flatMap((p) => ids(p)).sort()).toEqual(Object.keys((await officeRows(db, ana.officeId)).concerns).sort());
    });

    it('tells a pull from the beginning about how many changes there are, for the first-sync progress bar', async () => {
      await push(app, ana, { clientId, mutations: [1, 2, 3].map((n) => logWithTags(n, n)) });
      const other = await createStaff(db, await createOffice(db, 'Elsewhere'), { displayName: 'Cara' });
      await push(app, other, { clientId: randomUUID(), mutations: [logWithTags(9, 1)] });
      const pages = await pullAll(1);
      // 3 concerns, each with a history row and two tags: 12 changes of this office, none of the other's.
      expect(pages[0]?.total).toBe(12);
      expect(pages.slice(1).map((p) => p.total)).toEqual([undefined, undefined]);
      expect(pages.reduce((sum, p) => sum + p.changes.length, 0)).toBeLessThanOrEqual(12);
    });

    it('sends each row once per page, as of the page\'s end, even when it changed again after it', async () => {
      await push(app, ana, {
        clientId,
        mutations: [logWithTags(1, 1), ...['first', 'second'].map((details, i) => mutation(i + 2, 'editConcern', { id, patch: { details } }))],
      });
      const [early] = await pullAll(1);
      expect(early?.lastMutationId).toBe(1);
      expect(early?.changes.find((c) => c.table === 'concerns')?.row).toMatchObject({ details: '' });
      const all = await pullPage(app, ana, { clientId });
      expect(ids(all)).toEqual([id]);
      expect(all.changes.find((c) => c.table === 'concerns')?.row).toMatchObject({ details: 'second' });
    });

    it('sends a deleted row as a change without a row', async () => {
      const goto = await createStaff(db, ana.officeId, { role: 'goto' });
      await push(app, ana, { clientId, mutations: [logWithTags(1, 1)] });
      const first = await pullPage(app, ana, { clientId });
      await push(app, goto, { clientId: randomUUID(), mutations: [mutation(1, 'deleteConcern', { id })] });
      const next = await pullPage(app, ana, { clientId, cursor: first.cursor });
      expect(next.changes.filter((c) => c.table !== 'concern_tombstones')).toEqual([
        { table: 'concern_tags', id: `${id}:elm-st` },
        { table: 'concern_tags', id: `${id}:night` },
        { table: 'concerns', id },
      ]);
      expect(ids(next, 'concern_tombstones')).toEqual([id]);
    });

    it('reads the log in numeric transaction order, so none is skipped where the xid gains a digit', async () => {
      // Entries as transactions 10 and 9 would have written them, the later seq first: '10' sorts before '9' as text.
      for (const [xid, n] of [['10', 1], ['9', 2]] as const) {
        await db.query(`insert into sync_log (office_id, xid, op, table_name, row_id, row) values ($1, $2::xid8, 'put', 'concerns', $3, $4::json)`, [
          ana.officeId,
          xid,
          concernId(n),
          JSON.stringify(concernRow(n)),
        ]);
      }
      const pages = await pullAll(1);
      expect(pages.map((p) => ids(p))).toEqual([[concernId(2)], [concernId(1)]]);
      expect(pages.map((p) => decodeCursor(p.cursor).xid)).toEqual(['9', '10']);
    });

    it('does not count a mutation as done while one before it is not covered, even when their xids are inverted', async () => {
      // Mutation 2's transaction took a smaller xid than mutation 1's (it had to wait for 1's lock to commit).
      await db.query('insert into sync_clients (client_id, office_id, staff_id, last_mutation_id) values ($1, $2, $3, 2)', [
        clientId,
        ana.officeId,
        ana.staffId,
      ]);
      const entry = `insert into sync_log (office_id, xid, op, table_name, row_id, row, client_id, mutation_id)
        values ($1, $2::xid8, $3, $4, $5, $6::json, $7, $8)`;
      await db.query(entry, [ana.officeId, '10', 'mutation', null, null, null, clientId, 2]);
      await db.query(entry, [ana.officeId, '15', 'put', 'concerns', concernId(1), JSON.stringify(concernRow(1)), null, null]);
      await db.query(entry, [ana.officeId, '20', 'mutation', null, null, null, clientId, 1]);
      const pages = await pullAll(2);
      expect(pages.map((p) => [decodeCursor(p.cursor).xid, p.lastMutationId])).toEqual([
        ['15', 0],
        ['20', 2],
      ]);
    });

    it('answers a cursor of another epoch with 409 and the epoch to start over in', async () => {
      const { epoch } = await pullPage(app, ana, { clientId });
      const res = await pull(app, ana, { clientId, cursor: encodeCursor({ epoch: 'restored-backup', xid: 5, seq: 9 }) });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toEqual({ error: 'epoch', epoch, message: expect.stringContaining('Fetch everything again') });
    });

    it('answers a malformed cursor with 400 and what is wrong with it', async () => {
      const res = await pull(app, ana, { clientId, cursor: 'c1.epoch.12x.3' });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({
        error: 'invalid-request',
        message: 'This pull cannot be read: cursor: Malformed sync cursor: The cursor\'s xid must be a whole number from 0 to 2^64 - 1, got "12x"',
      });
    });

    it('refuses a device registered to another staff member with 403', async () => {
      await push(app, ana, { clientId, mutations: [logWithTags(1, 1)] });
      const ben = await createStaff(db, ana.officeId);
      const res = await pull(app, ben, { clientId });
      expect(res.statusCode).toBe(403);
    });

    it.runIf(target.kind === 'postgres')(
      'delivers a row whose transaction started first and committed last, which a naive seq cursor loses',
      async () => {
        let release = (): void => undefined;
        const held = new Promise<void>((resolve) => (release = resolve));
        let markWritten = (): void => undefined;
        const written = new Promise<void>((resolve) => (markWritten = resolve));
        // T1 takes its xid and seq first (row A), then stays open.
        const t1 = db.transaction(async (tx) => {
          await createSqlStore(tx, ana.officeId).put('concerns', concernRow(1, 'A: committed last'));
          markWritten();
          await held;
        });
        await written;
        // T2 writes row B on another connection and commits while T1 is still open.
        const other = await target.connect();
        await other.transaction((tx) => createSqlStore(tx, ana.officeId).put('concerns', concernRow(2, 'B: committed first')));

        const before = await pullPage(app, ana, { clientId });
        expect(before.changes).toEqual([]); // B is past the horizon T1 holds back: nothing can be skipped
        const naiveBefore = await naivePull(db, ana.officeId, 0);
        expect(naiveBefore.changes.map((c) => c.id)).toEqual([concernId(2)]);

        release();
        await t1;
        const after = await pullPage(app, ana, { clientId, cursor: before.cursor });
        expect(after.changes.map((c) => c.id).sort()).toEqual([concernId(1), concernId(2)].sort());
        const naiveAfter = await naivePull(db, ana.officeId, naiveBefore.cursor);
        expect(naiveAfter.changes).toEqual([]); // row A is lost for good
      },
    );

    it.runIf(target.kind === 'postgres')(
      'counts a device\'s mutation as done only once a page covers its effects',
      async () => {
        let release = (): void => undefined;
        const held = new Promise<void>((resolve) => (release = resolve));
        let markWritten = (): void => undefined;
        const written = new Promise<void>((resolve) => (markWritten = resolve));
        const slow = db.transaction(async (tx) => {
          await createSqlStore(tx, ana.officeId).put('concerns', concernRow(9));
          markWritten();
          await held;
        });
        await written;
        const other = buildApp({ db: await target.connect() });
        try {
          expect((await push(other, ana, { clientId, mutations: [logWithTags(1, 1)] })).json()).toMatchObject({ lastMutationId: 1 });
          const before = await pullPage(app, ana, { clientId });
          expect(before).toMatchObject({ changes: [], lastMutationId: 0 });
          release();
          await slow;
          const after = await pullPage(app, ana, { clientId, cursor: before.cursor });
          expect(after.lastMutationId).toBe(1);
          expect(ids(after).sort()).toEqual([concernId(1), concernId(9)].sort());
        } finally {
          release();
          await other.close();
        }
      },
    );
  });
}
