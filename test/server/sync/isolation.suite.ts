import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { createSqlStore } from '../../../server/src/sync/sql-store';
import type { PushResponse } from '@shared/sync/protocol';

import { concernId, concernRow, createOffice, createStaff, fields, migrated, mutation, officeRows, pullPage, push, type TestStaff } from './support';

const id = concernId(1);

/** Offices never see or change each other's rows, at the SQL store and over HTTP. */
export function isolationSuite(getDb: () => Db): void {
  describe('sync across offices', () => {
    let db: Db;
    let app: FastifyInstance;
    let ana: TestStaff;
    let bea: TestStaff;

    beforeEach(async () => {
      db = await migrated(getDb());
      app = buildApp({ db });
      ana = await createStaff(db, await createOffice(db, 'Office A'), { displayName: 'Ana', role: 'admin' });
      bea = await createStaff(db, await createOffice(db, 'Office B'), { displayName: 'Bea', role: 'admin' });
      await push(app, ana, { clientId: randomUUID(), mutations: [mutation(1, 'logConcern', { id, fields: fields({ tags: ['elm-st'] }) })] });
    });
    afterEach(async () => {
      await app.close();
    });

    describe('the SQL store', () => {
      it('reads, overwrites and deletes only its own office\'s row of an id both offices use', async () => {
        await db.transaction(async (tx) => {
          const store = createSqlStore(tx, bea.officeId);
          expect(await store.get('concerns', id)).toBeUndefined();
          await store.put('concerns', concernRow(1, 'Office B\'s own'));
          expect((await store.get('concerns', id))?.summary).toBe('Office B\'s own');
        });
        expect((await officeRows(db, ana.officeId)).concerns[id]?.summary).toBe('Streetlight out on Elm St');
        await db.transaction((tx) => createSqlStore(tx, bea.officeId).delete('concerns', id));
        expect((await officeRows(db, ana.officeId)).concerns[id]).toBeDefined();
        expect((await officeRows(db, bea.officeId)).concerns).toEqual({});
      });

      it('logs nothing for a put that changes nothing', async () => {
        const count = async () => (await db.query<{ n: number }>('select count(*)::int as n from sync_log')).rows[0]?.n;
        const row = (await officeRows(db, ana.officeId)).concerns[id]!;
        const before = await count();
        await db.transaction((tx) => createSqlStore(tx, ana.officeId).put('concerns', row));
        expect(await count()).toBe(before);
      });
    });

    it('never sends one office\'s rows to another office\'s device', async () => {
      const page = await pullPage(app, bea, { clientId: randomUUID() });
      expect(page.changes).toEqual([]);
      expect((await pullPage(app, ana, { clientId: randomUUID() })).changes.length).toBeGreaterThan(0);
    });

    it('rejects an edit of another office\'s concern id as missing and leaves that concern as it was', async () => {
      const before = await officeRows(db, ana.officeId);
      const res = await push(app, bea, {
        clientId: randomUUID(),
        mutations: [
          mutation(1, 'editConcern', { id, patch: { summary: 'Hijacked' } }),
          mutation(2, 'setStatus', { id, from: 'new', to: 'closed' }),
          mutation(3, 'deleteConcern', { id }),
          mutation(4, 'removeTags', { id, tags: [{ tag: 'elm-st', addIds: [concernId(7)] }] }),
        ],
      });
      expect(res.json<PushResponse>().results.map((r) => r.status === 'rejected' && r.code)).toEqual(['not-found', 'not-found', 'not-found', 'not-found']);
      expect(await officeRows(db, ana.officeId)).toEqual(before);
      expect(await officeRows(db, bea.officeId)).toEqual({
        concerns: {},
        concern_history: {},
        concern_tags: {},
        concern_tombstones: {},
        concern_escalations: {},
        escalation_fallbacks: {},
        citizen_acknowledgements: {},
        office_profile: {},
        concern_flags: {},
        concern_comments: {},
        concern_responses: {},
        concern_assignees: {},
        office_staff: {},
        theme_corrections: {},
        meeting_agenda: {},
        meeting_decisions: {},
        projects: {},
        project_links: {},
        project_thanks: {},
        newsletters: {},
        newsletter_unsubscribes: {},
      });
    });

    it('keeps a concern logged in another office under the same id apart from the first', async () => {
      const before = await officeRows(db, ana.officeId);
      await push(app, bea, { clientId: randomUUID(), mutations: [mutation(1, 'logConcern', { id, fields: fields({ summary: 'Office B\'s own' }) })] });
      expect(await officeRows(db, ana.officeId)).toEqual(before);
      expect((await officeRows(db, bea.officeId)).concerns[id]?.summary).toBe('Office B\'s own');
    });

    it('refuses a device of another office with 403', async () => {
      const clientId = randomUUID();
      await push(app, ana, { clientId, mutations: [mutation(2, 'logConcern', { id: concernId(2), fields: fields() })].map((m) => ({ ...m, id: 1 })) });
      const res = await push(app, bea, { clientId, mutations: [mutation(2, 'logConcern', { id: concernId(3), fields: fields() })] });
      expect(res.statusCode).toBe(403);
    });
  });
}
