import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import type { ThemeSignature } from '@shared/domain/meeting';
import { createMemoryStore } from '@shared/sync/memory-store';
import { MEETING_TABLES } from '@shared/sync/mutators/meeting';
import type { PushResponse } from '@shared/sync/protocol';
import { applyChanges } from '@shared/sync/store';
import { createOffice, createStaff, migrated, mutation, officeRows, pullPage, push, type TestStaff } from './support';

const lights: ThemeSignature = { terms: [{ term: 'streetlight', weight: 0.8 }, { term: 'dark', weight: 0.2 }] };
const bins: ThemeSignature = { terms: [{ term: 'bin', weight: 1 }] };
const COUNTER_REFUSAL = "Only a facilitator, a go-to person or an admin can change the meeting's themes, agenda or decisions, so this change was not saved.";

/** The meeting's records over real pushes and pulls: a facilitator's work reaches the office's desks, and only them. */
export function meetingSuite(getDb: () => Db): void {
  describe('the meeting\'s records', () => {
    let db: Db;
    let app: FastifyInstance;
    let fay: TestStaff;
    let gina: TestStaff;

    beforeEach(async () => {
      db = await migrated(getDb());
      app = buildApp({ db });
      const office = await createOffice(db, 'Office A');
      fay = await createStaff(db, office, { role: 'facilitator', displayName: 'Fay Moss' });
      gina = await createStaff(db, office, { role: 'goto', displayName: 'Gina Go-to' });
    });
    afterEach(async () => {
      await app.close();
    });

    /** Fay's meeting: two corrections (one undone), two pins (one moved), a decision and an action done. */
    async function faysMeeting(clientId = randomUUID()): Promise<void> {
      const first = [
        mutation(1, 'correctTheme', { kind: 'rename', signature: lights, label: 'Street lights out' }),
        mutation(2, 'correctTheme', { kind: 'hide', signature: bins }),
        mutation(3, 'pinToAgenda', { period: '2026-11', subject: { kind: 'theme', signature: lights, label: 'Street lights out' } }),
        mutation(4, 'pinToAgenda', { period: '2026-11', subject: { kind: 'figure', figure: 'places' } }),
        mutation(5, 'recordDecision', { period: '2026-11', kind: 'decision', signature: lights, themeLabel: 'Street lights out', text: 'Ask for a survey' }),
        mutation(6, 'recordDecision', { period: '2026-11', kind: 'action', signature: lights, themeLabel: 'Street lights out', text: 'Call the contractor', owner: 'Gina Go-to', due: '2026-12-15' }),
      ];
      const res = await push(app, fay, { clientId, mutations: first });
      expect(res.json<PushResponse>().results.map((r) => r.status)).toEqual(first.map(() => 'applied'));
      const rows = await officeRows(db, fay.officeId);
      const hide = Object.values(rows.theme_corrections).find((c) => c.kind === 'hide')!;
      const places = Object.values(rows.meeting_agenda).find((a) => a.subject.kind === 'figure')!;
      const action = Object.values(rows.meeting_decisions).find((d) => d.kind === 'action')!;
      const second = [
        mutation(7, 'withdrawCorrection', { id: hide.id }),
        mutation(8, 'moveAgendaItem', { id: places.id, position: 0 }),
        mutation(9, 'editDecision', { id: action.id, due: '2026-12-20' }),
        mutation(10, 'completeDecision', { id: action.id, done: true }),
      ];
      const more = await push(app, fay, { clientId, mutations: second });
      expect(more.json<PushResponse>().results.map((r) => r.status)).toEqual(second.map(() => 'applied'));
    }

    it('sends a facilitator\'s corrections, agenda and decisions to another desk of the office, exactly as the server keeps them', async () => {
      await faysMeeting();
      const server = await officeRows(db, fay.officeId);
      expect(Object.values(server.theme_corrections).map((c) => [c.kind, c.by, c.withdrawnBy])).toEqual(
        expect.arrayContaining([['rename', 'Fay Moss', null], ['hide', 'Fay Moss', 'Fay Moss']]),
      );
      expect(Object.values(server.meeting_decisions).find((d) => d.kind === 'action')).toMatchObject({ due: '2026-12-20', doneBy: 'Fay Moss' });

      const desk = createMemoryStore();
      const page = await pullPage(app, gina, { clientId: randomUUID() });
      await applyChanges(desk, page.changes);
      const snapshot = desk.snapshot();
      for (const table of MEETING_TABLES) expect(snapshot[table], table).toEqual(server[table]);
      expect(Object.keys(snapshot.meeting_agenda)).toHaveLength(2);
    });

    it('lets a go-to person at another desk undo a facilitator\'s correction, and the facilitator\'s desk pulls the undo', async () => {
      await faysMeeting();
      const fayDesk = randomUUID();
      const before = await pullPage(app, fay, { clientId: fayDesk });
      const rename = Object.values((await officeRows(db, fay.officeId)).theme_corrections).find((c) => c.kind === 'rename')!;
      const res = await push(app, gina, { clientId: randomUUID(), mutations: [mutation(1, 'withdrawCorrection', { id: rename.id })] });
      expect(res.json<PushResponse>().results).toEqual([{ id: 1, status: 'applied' }]);
      const after = await pullPage(app, fay, { clientId: fayDesk, cursor: before.cursor });
      expect(after.changes).toEqual([{ table: 'theme_corrections', id: rename.id, row: { ...rename, withdrawnAt: expect.any(String), withdrawnBy: 'Gina Go-to' } }]);
    });

    it('refuses counter staff every meeting change, saying who may, and writes nothing', async () => {
      await faysMeeting();
      const cal = await createStaff(db, fay.officeId, { role: 'counter', displayName: 'Cal Counter' });
      const rows = await officeRows(db, fay.officeId);
      const [correction] = Object.keys(rows.theme_corrections);
      const [item] = Object.keys(rows.meeting_agenda);
      const [decision] = Object.keys(rows.meeting_decisions);
      const attempts = [
        mutation(1, 'correctTheme', { kind: 'hide', signature: lights }),
        mutation(2, 'withdrawCorrection', { id: correction }),
        mutation(3, 'pinToAgenda', { period: '2026-11', subject: { kind: 'figure', figure: 'channels' } }),
        mutation(4, 'moveAgendaItem', { id: item, position: 9 }),
        mutation(5, 'unpinFromAgenda', { id: item }),
        mutation(6, 'recordDecision', { period: '2026-11', kind: 'decision', signature: lights, themeLabel: 'Lights', text: 'Nothing' }),
        mutation(7, 'editDecision', { id: decision, text: 'Changed' }),
        mutation(8, 'completeDecision', { id: decision, done: true }),
        mutation(9, 'withdrawDecision', { id: decision }),
      ];
      const before = await officeRows(db, fay.officeId);
      const res = await push(app, cal, { clientId: randomUUID(), mutations: attempts });
      expect(res.json<PushResponse>().results).toEqual(attempts.map((m) => ({ id: m.id, status: 'rejected', code: 'forbidden', reason: COUNTER_REFUSAL })));
      expect(await officeRows(db, fay.officeId)).toEqual(before);
    });

    it('keeps one office\'s meeting from another office: never pulled there, and its ids unknown there', async () => {
      await faysMeeting();
      const other = await createOffice(db, 'Office B');
      const bea = await createStaff(db, other, { role: 'admin', displayName: 'Bea' });
      const page = await pullPage(app, bea, { clientId: randomUUID() });
      expect(page.changes.filter((c) => (MEETING_TABLES as readonly string[]).includes(c.table))).toEqual([]);

      const rows = await officeRows(db, fay.officeId);
      const [correction] = Object.keys(rows.theme_corrections);
      const [item] = Object.keys(rows.meeting_agenda);
      const [decision] = Object.keys(rows.meeting_decisions);
      const res = await push(app, bea, {
        clientId: randomUUID(),
        mutations: [
          mutation(1, 'withdrawCorrection', { id: correction }),
          mutation(2, 'moveAgendaItem', { id: item, position: -1 }),
          mutation(3, 'editDecision', { id: decision, text: 'Hijacked' }),
          mutation(4, 'withdrawDecision', { id: decision }),
        ],
      });
      expect(res.json<PushResponse>().results.map((r) => r.status === 'rejected' && r.code)).toEqual(['not-found', 'not-found', 'not-found', 'not-found']);
      expect(await officeRows(db, fay.officeId)).toEqual(rows);
      const theirs = await officeRows(db, other);
      for (const table of MEETING_TABLES) expect(theirs[table], table).toEqual({});
    });

    it('rejects a change to a withdrawn decision with the reason, and keeps the row', async () => {
      await faysMeeting();
      const decision = Object.values((await officeRows(db, fay.officeId)).meeting_decisions).find((d) => d.kind === 'decision')!;
      const clientId = randomUUID();
      await push(app, gina, { clientId, mutations: [mutation(1, 'withdrawDecision', { id: decision.id })] });
      const res = await push(app, fay, { clientId: randomUUID(), mutations: [mutation(1, 'editDecision', { id: decision.id, text: 'Too late' })] });
      expect(res.json<PushResponse>().results).toEqual([
        { id: 1, status: 'rejected', code: 'withdrawn', reason: 'Gina Go-to withdrew this decision, so it was not changed.' },
      ]);
      expect((await officeRows(db, fay.officeId)).meeting_decisions[decision.id]?.text).toBe('Ask for a survey');
    });
  });
}
