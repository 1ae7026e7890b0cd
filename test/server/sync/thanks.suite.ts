import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import type { Contact } from '@shared/domain/concern';
import { contributorKey, projectThanksId } from '@shared/domain/project';
import type { PushResponse } from '@shared/sync/protocol';
import { concernId, createOffice, createStaff, fields, migrated, mutation, officeRows, pullPage, push, type TestStaff } from './support';

const P1 = '0195f1a0-0000-7000-8000-0000000000a1';
const ana: Contact = { name: 'Ana Silva', phone: '', email: 'ana@example.org', preferredReply: 'email', consentToContact: true, anonymous: false };
const ANA = contributorKey(ana) as string;

/** Thank-yous over real pushes and pulls: anyone may record one, and nobody is thanked twice for a project. */
export function thanksSuite(getDb: () => Db): void {
  describe('thank-yous', () => {
    let db: Db;
    let app: FastifyInstance;
    let gina: TestStaff;
    let carl: TestStaff;
    let other: TestStaff;

    beforeEach(async () => {
      db = await migrated(getDb());
      app = buildApp({ db });
      const office = await createOffice(db, 'Office A');
      gina = await createStaff(db, office, { role: 'goto', displayName: 'Gina Go-to' });
      carl = await createStaff(db, office, { role: 'counter', displayName: 'Carl Counter' });
      other = await createStaff(db, await createOffice(db, 'Office B'), { role: 'admin', displayName: 'Olga Other' });
      const setup = [
        mutation(1, 'logConcern', { id: concernId(0), fields: fields({ contact: ana }) }),
        mutation(2, 'logConcern', { id: concernId(1), fields: fields({ contact: { ...ana, email: 'ANA@example.org' } }) }),
        mutation(3, 'createProject', { id: P1, fields: { title: 'Fix the lights', status: 'in-progress' }, concernIds: [concernId(0), concernId(1)] }),
      ];
      const res = await push(app, gina, { clientId: randomUUID(), mutations: setup });
      expect(res.json<PushResponse>().results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    });
    afterEach(async () => {
      await app.close();
    });

    const thank = (concern: number, method: string) => ({ projectId: P1, concernId: concernId(concern), contributorKey: ANA, method, note: '' });

    it('lets counter staff record a thank-you, stamped with their name, and it reaches other desks by pull', async () => {
      const res = await push(app, carl, { clientId: randomUUID(), mutations: [mutation(1, 'recordThanks', thank(0, 'letter'))] });
      expect(res.json<PushResponse>().results).toEqual([{ id: 1, status: 'applied' }]);
      const page = await pullPage(app, gina, { clientId: randomUUID() });
      const rows = page.changes.filter((c) => c.table === 'project_thanks');
      expect(rows.map((c) => [c.id, c.row?.by, c.row?.method])).toEqual([[projectThanksId(P1, ANA), 'Carl Counter', 'letter']]);
    });

    it('refuses a second desk thanking the same person, through another of their concerns, naming the first', async () => {
      await push(app, carl, { clientId: randomUUID(), mutations: [mutation(1, 'recordThanks', thank(0, 'letter'))] });
      const before = await officeRows(db, gina.officeId);
      const res = await push(app, gina, { clientId: randomUUID(), mutations: [mutation(1, 'recordThanks', thank(1, 'email'))] });
      const [result] = res.json<PushResponse>().results;
      expect(result).toMatchObject({ id: 1, status: 'rejected', code: 'exists' });
      expect(result?.status === 'rejected' ? result.reason : '').toMatch(/^Already thanked by Carl Counter on \d{1,2} [A-Z][a-z]+( \d{4})?, by letter\.$/);
      expect(await officeRows(db, gina.officeId)).toEqual(before);
    });

    it('refuses another office thanking for this office’s project, without telling it anything', async () => {
      const res = await push(app, other, { clientId: randomUUID(), mutations: [mutation(1, 'recordThanks', thank(0, 'email'))] });
      expect(res.json<PushResponse>().results).toEqual([
        { id: 1, status: 'rejected', code: 'not-found', reason: 'This project is not in the notebook (it may not have reached this desk), so the thank-you was not recorded.' },
      ]);
      expect((await officeRows(db, gina.officeId)).project_thanks).toEqual({});
    });
  });
}
