import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import type { PushResponse, PushResult } from '@shared/sync/protocol';
import type { DatabaseTarget } from '../../helpers/databases';
import {
  concernId,
  createOffice,
  createStaff,
  fields,
  migrated,
  mutation,
  officeRows,
  push,
  syncCounts,
  type TestStaff,
} from './support';

const id = concernId(1);
const log = (n: number, mutationId = n + 1) => mutation(mutationId, 'logConcern', { id: concernId(n), fields: fields({ tags: ['elm-st'] }) });

/** Push: applied in order, idempotent replays, gaps, concurrency, rejections, roles, the session as the only source of who. */
export function pushSuite(getDb: () => Db, target: DatabaseTarget): void {
  describe('POST /api/sync/push', () => {
    let db: Db;
    let app: FastifyInstance;
    let ana: TestStaff;
    let clientId: string;

    beforeEach(async () => {
      db = await migrated(getDb());
      app = buildApp({ db });
      const office = await createOffice(db);
      // A go-to person: the batches below move statuses, which counter staff may not (permissions.ts).
      ana = await createStaff(db, office, { displayName: 'Ana at desk 1', role: 'goto' });
      clientId = randomUUID();
    });
    afterEach(async () => {
      await app.close();
    });

    it('applies a batch in order and answers each outcome and the last mutation id', async () => {
      const res = await push(app, ana, {
        clientId,
        mutations: [log(1, 1), mutation(2, 'setStatus', { id, from: 'new', to: 'acknowledged' }), mutation(3, 'addTags', { id, tags: ['urgent'] })],
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        results: [1, 2, 3].map((n) => ({ id: n, status: 'applied' })),
        lastMutationId: 3,
      });
      const rows = await officeRows(db, ana.officeId);
      expect(rows.concerns[id]).toMatchObject({ status: 'acknowledged', tags: ['elm-st', 'urgent'], createdBy: 'Ana at desk 1' });
      expect(Object.keys(rows.concern_tags).sort()).toEqual([`${id}:elm-st`, `${id}:urgent`]);
      expect(Object.values(rows.concern_history).map((h) => h.kind)).toEqual(['created', 'edited', 'edited']);
    });

    it('answers a replayed batch (a lost response) with the first outcomes as duplicates and applies nothing twice', async () => {
      const batch = { clientId, mutations: [log(1, 1), mutation(2, 'setStatus', { id, from: 'resolved', to: 'closed' }), mutation(3, 'addTags', { id, tags: ['urgent'] })] };
      const first = (await push(app, ana, batch)).json<PushResponse>();
      const before = { counts: await syncCounts(db), rows: await officeRows(db, ana.officeId) };

      const again = await push(app, ana, batch);
      expect(again.statusCode).toBe(200);
      const reason = (first.results[1] as Extract<PushResult, { status: 'rejected' }>).reason;
      expect(again.json()).toEqual({
        results: [
          { id: 1, status: 'duplicate', outcome: 'applied' },
          { id: 2, status: 'duplicate', outcome: 'rejected', reason, code: 'status-moved' },
          { id: 3, status: 'duplicate', outcome: 'applied' },
        ],
        lastMutationId: 3,
      });
      expect(await syncCounts(db)).toEqual(before.counts);
      expect(await officeRows(db, ana.officeId)).toEqual(before.rows);
    });

    it('refuses a batch that skips ahead with 409 and the id expected, applying nothing', async () => {
      await push(app, ana, { clientId, mutations: [log(1, 1)] });
      const before = await syncCounts(db);
      const res = await push(app, ana, { clientId, mutations: [log(2, 3), log(3, 4)] });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toEqual({ error: 'gap', expected: 2, message: expect.stringContaining('send from 2') });
      expect(await syncCounts(db)).toEqual(before);
    });

    it('refuses a first push that does not start at 1 without registering the device', async () => {
      const res = await push(app, ana, { clientId, mutations: [log(1, 2)] });
      expect(res.json()).toMatchObject({ error: 'gap', expected: 1 });
      expect((await syncCounts(db)).sync_clients).toBe(0);
    });

    it('records a rejected mutation with its reason and still applies the ones after it', async () => {
      const res = await push(app, ana, {
        clientId,
        mutations: [log(1, 1), mutation(2, 'setStatus', { id, from: 'in-progress', to: 'resolved' }), mutation(3, 'setPriority', { id, to: 'top' })],
      });
      const results = res.json<PushResponse>().results;
      expect(results[1]).toEqual({
        id: 2,
        status: 'rejected',
        reason: 'Someone else already marked this concern new, so it was not changed.',
        code: 'status-moved',
      });
      expect(results[2]).toEqual({ id: 3, status: 'applied' });
      const { rows } = await db.query('select mutation_id::int as id, status, code from sync_mutations order by mutation_id');
      expect(rows).toEqual([
        { id: 1, status: 'applied', code: null },
        { id: 2, status: 'rejected', code: 'status-moved' },
        { id: 3, status: 'applied', code: null },
      ]);
      expect((await officeRows(db, ana.officeId)).concerns[id]).toMatchObject({ status: 'new', priority: 'top' });
      // A rejection leaves nothing in the log for other desks to pull but its progress mark.
      const ops = await db.query<{ op: string }>(`select op from sync_log where client_id = $1 or xid = (
        select xid from sync_log where client_id = $1 and mutation_id = 2)`, [clientId]);
      expect(ops.rows.filter((r) => r.op !== 'mutation')).toEqual([]);
    });

    it('applies each mutation exactly once when two connections push the same batch at the same time', async () => {
      const other = buildApp({ db: await target.connect() });
      try {
        const batch = { clientId, mutations: [log(1, 1), ...[2, 3, 4, 5, 6].map((n) => mutation(n, 'editConcern', { id, patch: { details: `edit ${n}` } }))] };
        const responses = await Promise.all([push(app, ana, batch), push(other, ana, batch), push(app, ana, batch)]);
        const results = responses.map((r) => r.json<PushResponse>().results);
        for (let n = 1; n <= 6; n += 1) {
          const firsts = results.map((list) => list.find((r) => r.id === n)).filter((r) => r !== undefined && r.status !== 'duplicate');
          expect(firsts).toEqual([{ id: n, status: 'applied' }]);
        }
        const history = Object.values((await officeRows(db, ana.officeId)).concern_history);
        expect(history.map((h) => h.kind)).toEqual(['created', 'edited', 'edited', 'edited', 'edited', 'edited']);
        expect((await syncCounts(db)).sync_mutations).toBe(6);
      } finally {
        await other.close();
      }
    });

    it('takes the author, staff member and office from the session, whatever the body claims', async () => {
      const elsewhere = await createOffice(db, 'Other Town');
      const res = await push(app, ana, {
        clientId,
        officeId: elsewhere,
        staffId: randomUUID(),
        by: 'Mallory',
        mutations: [{ ...log(1, 1), by: 'Mallory', officeId: elsewhere, staffId: randomUUID() }],
      });
      expect(res.json<PushResponse>().results).toEqual([{ id: 1, status: 'applied' }]);
      expect((await officeRows(db, ana.officeId)).concerns[id]).toMatchObject({ createdBy: 'Ana at desk 1', updatedBy: 'Ana at desk 1' });
      expect((await officeRows(db, elsewhere)).concerns).toEqual({});
      const { rows } = await db.query('select office_id, staff_id from sync_clients');
      expect(rows).toEqual([{ office_id: ana.officeId, staff_id: ana.staffId }]);
    });

    it('refuses a device registered to another staff member with 403, changing nothing', async () => {
      await push(app, ana, { clientId, mutations: [log(1, 1)] });
      const ben = await createStaff(db, ana.officeId, { displayName: 'Ben' });
      const before = await syncCounts(db);
      const res = await push(app, ben, { clientId, mutations: [log(2, 2)] });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toEqual({ error: 'forbidden', message: expect.stringContaining('registered to another staff member') });
      expect(await syncCounts(db)).toEqual(before);
    });

    it('lets only go-to people and admins delete, and facilitators change nothing', async () => {
      const counter = await createStaff(db, ana.officeId, { role: 'counter' });
      const facilitator = await createStaff(db, ana.officeId, { role: 'facilitator' });
      await push(app, counter, { clientId, mutations: [log(1, 1), log(2, 2)] });

      const byCounter = await push(app, counter, { clientId, mutations: [mutation(3, 'deleteConcern', { id })] });
      expect(byCounter.json<PushResponse>().results).toEqual([
        { id: 3, status: 'rejected', reason: 'Only a go-to person or an admin can delete a concern, so it was not deleted.', code: 'forbidden' },
      ]);
      const byFacilitator = await push(app, facilitator, { clientId: randomUUID(), mutations: [log(3, 1), mutation(2, 'setPriority', { id, to: 'top' })] });
      expect(byFacilitator.json<PushResponse>().results.map((r) => r.status === 'rejected' && r.code)).toEqual(['forbidden', 'forbidden']);
      const byGoto = await push(app, ana, { clientId: randomUUID(), mutations: [mutation(1, 'deleteConcern', { id })] });
      expect(byGoto.json<PushResponse>().results).toEqual([{ id: 1, status: 'applied' }]);

      const rows = await officeRows(db, ana.officeId);
      expect(Object.keys(rows.concerns)).toEqual([concernId(2)]);
      expect(Object.keys(rows.concern_tombstones)).toEqual([id]);
    });

    it('answers 500 without internals when applying fails, keeps the mutations before it, and applies it on retry', async () => {
      await db.exec('alter table concern_tags rename to concern_tags_away');
      const batch = { clientId, mutations: [mutation(1, 'logConcern', { id, fields: fields() }), log(2, 2)] };
      const failed = await push(app, ana, batch);
      expect(failed.statusCode).toBe(500);
      expect(failed.body).not.toMatch(/concern_tags|relation|sql|stack/i);
      expect(failed.json()).toEqual({ error: 'server-error', message: expect.stringContaining('sent again') });
      expect((await db.query('select last_mutation_id::int as n from sync_clients')).rows).toEqual([{ n: 1 }]);
      expect((await db.query('select id from concerns')).rows).toEqual([{ id }]);

      await db.exec('alter table concern_tags_away rename to concern_tags');
      const retried = await push(app, ana, batch);
      expect(retried.json<PushResponse>().results).toEqual([
        { id: 1, status: 'duplicate', outcome: 'applied' },
        { id: 2, status: 'applied' },
      ]);
    });

    it('keeps text that jsonb would refuse (a NUL, a lone surrogate) exactly as written', async () => {
      const summary = 'Bins\u0000 not emptied \ud800';
      const res = await push(app, ana, { clientId, mutations: [mutation(1, 'logConcern', { id, fields: fields({ summary }) })] });
      expect(res.json<PushResponse>().results).toEqual([{ id: 1, status: 'applied' }]);
      expect((await officeRows(db, ana.officeId)).concerns[id]?.summary).toBe(summary);
    });
  });
}
