import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { createSqlStore } from '../../../server/src/sync/sql-store';
import { unsubscribeKey } from '@shared/domain/newsletter';
import type { PushResponse } from '@shared/sync/protocol';
import { createOffice, createStaff, migrated, mutation, officeRows, push, type TestStaff } from './support';

const content = { subject: 'What you told us in November', intro: 'Thank you.', sections: [{ id: 'themes', kind: 'themes', heading: 'What you told us', body: '- Lights' }], closing: 'Bye.' };
const COUNTER_REFUSAL = 'Only a facilitator, a go-to person or an admin can change the newsletter, so this change was not saved.';

/** The newsletter's mutators over real pushes: who may save an issue, unsubscribes kept by key only, a sent issue final. */
export function newsletterSuite(getDb: () => Db): void {
  describe("the newsletter's records", () => {
    let db: Db;
    let app: FastifyInstance;
    let fay: TestStaff;
    let ben: TestStaff;

    beforeEach(async () => {
      db = await migrated(getDb());
      app = buildApp({ db });
      const office = await createOffice(db, 'Office N');
      fay = await createStaff(db, office, { role: 'facilitator', displayName: 'Fay Moss' });
      ben = await createStaff(db, office, { role: 'counter', displayName: 'Ben Cole' });
    });
    afterEach(async () => {
      await app.close();
    });

    it('keeps a facilitator\'s issue and refuses counter staff in words naming who may', async () => {
      const saved = await push(app, fay, { clientId: randomUUID(), mutations: [mutation(1, 'saveNewsletter', { month: '2026-11', ...content })] });
      expect(saved.json<PushResponse>().results.map((r) => r.status)).toEqual(['applied']);
      const attempt = mutation(1, 'saveNewsletter', { month: '2026-11', ...content, subject: 'Counter edit' });
      const refused = await push(app, ben, { clientId: randomUUID(), mutations: [attempt] });
      expect(refused.json<PushResponse>().results).toEqual([{ id: 1, status: 'rejected', code: 'forbidden', reason: COUNTER_REFUSAL }]);
      const rows = await officeRows(db, fay.officeId);
      expect(rows.newsletters['2026-11']).toMatchObject({ ...content, createdBy: 'Fay Moss', sentAt: null });
    });

    it('lets counter staff take someone off the newsletter, keeping only the key of the address', async () => {
      const res = await push(app, ben, { clientId: randomUUID(), mutations: [mutation(1, 'recordUnsubscribe', { email: ' Maria.Lopez@Example.org ' })] });
      expect(res.json<PushResponse>().results.map((r) => r.status)).toEqual(['applied']);
      const rows = await officeRows(db, ben.officeId);
      expect(Object.values(rows.newsletter_unsubscribes)).toEqual([
        expect.objectContaining({ id: unsubscribeKey('maria.lopez@example.org'), source: 'staff', by: 'Ben Cole', month: null }),
      ]);
      expect(JSON.stringify(rows.newsletter_unsubscribes)).not.toMatch(/maria/i);
    });

    it('refuses a save of an issue the server already sent, saying when it went out', async () => {
      await push(app, fay, { clientId: randomUUID(), mutations: [mutation(1, 'saveNewsletter', { month: '2026-11', ...content })] });
      // The server's send stamps the issue through its store, as here.
      await db.transaction(async (tx) => {
        const store = createSqlStore(tx, fay.officeId);
        const issue = await store.get('newsletters', '2026-11');
        expect(issue).toBeDefined();
        if (issue !== undefined) await store.put('newsletters', { ...issue, sentAt: '2026-12-03T10:00:00.000Z', sentBy: 'Fay Moss' });
      });
      const late = await push(app, fay, { clientId: randomUUID(), mutations: [mutation(1, 'saveNewsletter', { month: '2026-11', ...content, subject: 'Late' })] });
      expect(late.json<PushResponse>().results).toEqual([{ id: 1, status: 'rejected', code: 'newsletter-sent', reason: "This issue went out on 3 December; start next month's." }]);
    });
  });
}
