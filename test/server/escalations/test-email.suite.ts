import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TestEmailResponseSchema } from '@shared/api/escalations';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { freePort } from '../../helpers/postgres';
import { startSmtpSink, type SmtpSink } from '../../helpers/smtp-sink-process';
import { createStaff } from '../../helpers/staff';
import { call } from '../auth/support';
import { createTestOffice, expectMessages, outboxRows, saveSettings, settingsFor, type TestOffice } from './support';

const URL = '/api/admin/office-settings/test';

/** POST /api/admin/office-settings/test: one message through the saved mail server, at once. */
export function testEmailSuite(getDb: () => Db): void {
  describe('sending a test email', { timeout: 30_000 }, () => {
    let db: Db;
    let app: FastifyInstance;
    let office: TestOffice;
    let smtp: SmtpSink;
    const send = (body: unknown = {}, token = office.admin.token) => call(app, 'POST', URL, { token, body });

    beforeEach(async () => {
      db = getDb();
      office = await createTestOffice(db);
      smtp = await startSmtpSink();
      app = buildApp({ db });
    });
    afterEach(async () => {
      await app.close();
      await smtp.kill();
    });

    it('answers 409 not-configured while no settings are saved, sending nothing', async () => {
      const res = await send();
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ error: 'not-configured', message: expect.stringMatching(/save the mail server settings/i) });
      expect(smtp.connections()).toBe(0);
    });

    it('sends one short message to the priority addresses, or to the address given, from the sender address', async () => {
      await saveSettings(db, office, settingsFor(smtp.port));
      const res = await send();
      expect(res.statusCode, res.body).toBe(200);
      expect(TestEmailResponseSchema.parse(res.json())).toEqual({ sentTo: ['urgent@town.example', 'mayor@town.example'] });
      const [message] = await smtp.waitForMessages(1);
      expect(message).toMatchObject({ from: 'notebook@town.example', to: ['urgent@town.example', 'mayor@town.example'], subject: 'Civic Notebook: test message' });
      expect(message?.text).toMatch(/^This is a test message from Civic Notebook\./);

      expect((await send({ to: 'Ana@Town.example' })).json()).toEqual({ sentTo: ['ana@town.example'] });
      await expectMessages(smtp, 2);
      expect(smtp.messages[1]?.to).toEqual(['ana@town.example']);
      expect(await outboxRows(db)).toEqual([]);
    });

    it('answers 502 smtp-failed with the plain reason when the mail server refuses or cannot be reached', async () => {
      await saveSettings(db, office, settingsFor(smtp.port));
      await smtp.setMode('permfail');
      const refused = await send();
      expect(refused.statusCode).toBe(502);
      expect(refused.json()).toEqual({
        error: 'smtp-failed',
        message: 'The mail server refused the email with code 550 (it said: "550 Mailbox unavailable: no such user here").',
      });

      await saveSettings(db, office, settingsFor(smtp.port, { smtp: { host: '127.0.0.1', port: smtp.port, tls: 'none', user: 'notebook', password: 'wrong password' } }));
      await smtp.setMode('accept');
      expect((await send()).json()).toMatchObject({ error: 'smtp-failed', message: expect.stringMatching(/^The mail server refused the user name or password/) });

      await saveSettings(db, office, settingsFor(await freePort()));
      expect((await send()).json()).toEqual({ error: 'smtp-failed', message: 'Could not connect to the mail server (connection refused).' });
      expect(smtp.messages).toEqual([]);
    });

    it('refuses an address that is not one, and everyone but admins', async () => {
      await saveSettings(db, office, settingsFor(smtp.port));
      const bad = await send({ to: 'not an address' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ error: 'invalid', issues: [{ path: 'to' }] });
      expect((await send({ to: 'a@town.example', cc: 'b@town.example' })).statusCode).toBe(400);
      for (const role of ['counter', 'goto', 'facilitator'] as const) {
        const someone = await createStaff(db, { officeId: office.officeId, role });
        expect((await send({}, someone.token)).statusCode, role).toBe(403);
      }
      expect((await call(app, 'POST', URL, { body: {} })).statusCode).toBe(401);
      expect(smtp.connections()).toBe(0);
    });
  });
}
