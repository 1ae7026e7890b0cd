import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PullResponseSchema } from '@shared/sync/protocol';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { ESCALATION_CHANNEL } from '../../../server/src/escalations/queue';
import { pullPage } from '../sync/support';
import {
  concernId,
  createTestOffice,
  escalationRows,
  logTop,
  mutation,
  outboxRows,
  push,
  pushApplied,
  saveSettings,
  settingsFor,
  type TestOffice,
} from './support';

const id = concernId(1);
const setPriority = (mutationId: number, to: string, from?: string) =>
  mutation(mutationId, 'setPriority', { id, to, ...(from === undefined ? {} : { from }) });

/** The outbox: one row per escalation, written with the change that made the concern top priority. */
export function queueSuite(getDb: () => Db): void {
  describe('queueing escalations', () => {
    let db: Db;
    let app: FastifyInstance;
    let office: TestOffice;

    beforeEach(async () => {
      db = getDb();
      office = await createTestOffice(db);
      await saveSettings(db, office, settingsFor(2525));
      app = buildApp({ db });
    });
    afterEach(async () => {
      await app.close();
    });

    it('queues one escalation to the priority addresses when a concern is logged as top priority, and desks pull its state', async () => {
      await pushApplied(app, office, [logTop(1, 1), logTop(2, 2, { priority: 'high' }), logTop(3, 3, { priority: 'normal' })]);
      const rows = await outboxRows(db);
      expect(rows.map((r) => [r.concern_id, r.escalation_number, r.state, r.attempts])).toEqual([[id, 1, 'queued', 0]]);
      expect(rows[0]?.to_addresses).toEqual(['urgent@town.example', 'mayor@town.example']);
      const [synced] = await escalationRows(db);
      expect(synced).toMatchObject({ id: `${id}:1`, concernId: id, state: 'queued', to: ['urgent@town.example', 'mayor@town.example'], attempts: 0 });

      const page = PullResponseSchema.parse(await pullPage(app, office.desk, { clientId: office.clientId }));
      expect(page.changes.filter((c) => c.table === 'concern_escalations')).toEqual([{ table: 'concern_escalations', id: `${id}:1`, row: synced }]);
    });

    it('queues it in the same transaction as the change: both are in the log under one transaction id', async () => {
      await pushApplied(app, office, [logTop(1, 1)]);
      const { rows } = await db.query<{ tables: string[] }>(
        `select array_agg(distinct coalesce(table_name, op) order by coalesce(table_name, op)) as tables from sync_log group by xid`,
      );
      expect(rows).toEqual([{ tables: ['concern_escalations', 'concern_history', 'concerns', 'mutation'] }]);
    });

    it('queues nothing more when the same push is replayed or sent twice at once', async () => {
      const batch = { clientId: office.clientId, mutations: [logTop(1, 1), setPriority(2, 'normal'), setPriority(3, 'top')] };
      await pushApplied(app, office, batch.mutations);
      const again = await push(app, office.desk, batch);
      expect(again.json<{ results: { status: string }[] }>().results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
      const concurrent = { clientId: office.clientId, mutations: [setPriority(4, 'high'), setPriority(5, 'top')] };
      await Promise.all([push(app, office.desk, concurrent), push(app, office.desk, concurrent)]);
      expect((await outboxRows(db)).map((r) => r.escalation_number)).toEqual([1, 2, 3]);
    });

    it('counts raising to top with setPriority or editConcern, and lowering then raising again, as new escalations', async () => {
      await pushApplied(app, office, [logTop(1, 1, { priority: 'normal' }), setPriority(2, 'top')]);
      expect((await outboxRows(db)).map((r) => r.escalation_number)).toEqual([1]);
      await pushApplied(app, office, [
        mutation(3, 'editConcern', { id, patch: { details: 'Still dark', priority: 'top' } }),
        setPriority(4, 'high', 'top'),
        mutation(5, 'editConcern', { id, patch: { priority: 'top' } }),
        mutation(6, 'editConcern', { id, patch: { summary: 'Three streetlights out' } }),
      ]);
      expect((await outboxRows(db)).map((r) => [r.concern_id, r.escalation_number])).toEqual([
        [id, 1],
        [id, 2],
      ]);
      expect((await escalationRows(db)).map((r) => r.id)).toEqual([`${id}:1`, `${id}:2`]);
    });

    it('queues nothing for a change the server rejects', async () => {
      await pushApplied(app, office, [logTop(1, 1, { priority: 'normal' })]);
      const res = await push(app, office.desk, { clientId: office.clientId, mutations: [setPriority(2, 'top', 'high'), logTop(3, 1)] });
      expect(res.json<{ results: { status: string; code?: string }[] }>().results.map((r) => r.code)).toEqual(['priority-moved', 'exists']);
      expect(await outboxRows(db)).toEqual([]);
      expect(await escalationRows(db)).toEqual([]);
    });

    it('queues an escalation with no addresses when the office has no settings yet (the worker then says so)', async () => {
      await db.query('delete from office_settings');
      await pushApplied(app, office, [logTop(1, 1)]);
      expect((await outboxRows(db)).map((r) => r.to_addresses)).toEqual([[]]);
    });

    it('wakes the delivery workers once the change commits', async () => {
      const payloads: string[] = [];
      const unlisten = await db.listen(ESCALATION_CHANNEL, (payload) => payloads.push(payload));
      try {
        await pushApplied(app, office, [logTop(1, 1)]);
        const deadline = Date.now() + 5000;
        while (payloads.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        expect(payloads).toEqual([office.officeId]);
      } finally {
        await unlisten();
      }
    });
  });
}
