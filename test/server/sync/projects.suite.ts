import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { projectLinkId } from '@shared/domain/project';
import type { PushResponse } from '@shared/sync/protocol';
import { concernId, createOffice, createStaff, fields, migrated, mutation, officeRows, pullPage, push, type TestStaff } from './support';

const P1 = '0195f1a0-0000-7000-8000-0000000000a1';
const P2 = '0195f1a0-0000-7000-8000-0000000000a2';
const COUNTER_REFUSAL = 'Only a facilitator, a go-to person or an admin can change projects or the concerns linked to them, so this change was not saved.';

/** Projects over real pushes and pulls: who may keep them, and a project made at one desk reaching the others. */
export function projectsSuite(getDb: () => Db): void {
  describe('projects', () => {
    let db: Db;
    let app: FastifyInstance;
    let gina: TestStaff;
    let carl: TestStaff;
    let fay: TestStaff;

    beforeEach(async () => {
      db = await migrated(getDb());
      app = buildApp({ db });
      const office = await createOffice(db, 'Office A');
      gina = await createStaff(db, office, { role: 'goto', displayName: 'Gina Go-to' });
      carl = await createStaff(db, office, { role: 'counter', displayName: 'Carl Counter' });
      fay = await createStaff(db, office, { role: 'facilitator', displayName: 'Fay Moss' });
      const setup = [0, 1, 2].map((n) => mutation(n + 1, 'logConcern', { id: concernId(n), fields: fields({ summary: `Concern ${n}` }) }));
      setup.push(mutation(4, 'createProject', { id: P1, fields: { title: 'Fix the lights' }, concernIds: [concernId(0)] }));
      const res = await push(app, gina, { clientId: randomUUID(), mutations: setup });
      expect(res.json<PushResponse>().results.every((r) => r.status === 'applied')).toBe(true);
    });
    afterEach(async () => {
      await app.close();
    });

    const work = [
      ['createProject', { id: P2, fields: { title: 'Bins' }, concernIds: [concernId(1)] }],
      ['editProject', { id: P1, patch: { owner: 'Gina' } }],
      ['setProjectStatus', { id: P1, status: 'in-progress', on: '2026-12-03' }],
      ['linkConcerns', { projectId: P1, concernIds: [concernId(1), concernId(2)] }],
      ['unlinkConcern', { projectId: P1, concernId: concernId(0) }],
    ] as const;

    it('refuses counter staff every project change, saying who may, and changes no row', async () => {
      const clientId = randomUUID();
      for (const [n, [name, args]] of work.entries()) {
        const before = await officeRows(db, gina.officeId);
        const res = await push(app, carl, { clientId, mutations: [mutation(n + 1, name, args)] });
        expect(res.json<PushResponse>().results, name).toEqual([{ id: n + 1, status: 'rejected', code: 'forbidden', reason: COUNTER_REFUSAL }]);
        expect(await officeRows(db, gina.officeId), `${name} changed no row`).toEqual(before);
      }
    });

    it('lets a facilitator make every project change, and the rows reach another desk by pull', async () => {
      const res = await push(app, fay, { clientId: randomUUID(), mutations: work.map(([name, args], n) => mutation(n + 1, name, args)) });
      expect(res.json<PushResponse>().results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied']);
      const rows = await officeRows(db, gina.officeId);
      expect(rows.projects[P1]).toMatchObject({ owner: 'Gina', status: 'in-progress', completedDate: '', updatedBy: 'Fay Moss' });
      expect(rows.project_links[projectLinkId(P1, concernId(0))]).toMatchObject({ unlinkedBy: 'Fay Moss' });
      const page = await pullPage(app, carl, { clientId: randomUUID() });
      const tables = new Set(page.changes.map((c) => c.table));
      expect([...tables].filter((t) => t.startsWith('project')).sort()).toEqual(['project_links', 'projects']);
      const linkedToP1 = page.changes.filter((c) => c.table === 'project_links' && c.row?.projectId === P1 && c.row.unlinkedAt === null);
      expect(linkedToP1.map((c) => c.id).sort()).toEqual([projectLinkId(P1, concernId(1)), projectLinkId(P1, concernId(2))].sort());
    });

    it('refuses a link to a deleted concern in plain words, and links none of the others', async () => {
      await push(app, gina, { clientId: randomUUID(), mutations: [mutation(1, 'deleteConcern', { id: concernId(2) })] });
      const res = await push(app, fay, { clientId: randomUUID(), mutations: [mutation(1, 'linkConcerns', { projectId: P1, concernIds: [concernId(1), concernId(2)] })] });
      expect(res.json<PushResponse>().results).toEqual([
        { id: 1, status: 'rejected', code: 'deleted', reason: 'One of the concerns could not be linked because someone deleted it, so nothing was linked.' },
      ]);
      expect(Object.keys((await officeRows(db, gina.officeId)).project_links)).toEqual([projectLinkId(P1, concernId(0))]);
    });
  });
}
