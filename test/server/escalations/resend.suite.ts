import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ResendEscalationResponseSchema } from '@shared/api/escalations';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { claimDue, markFailedAttempt } from '../../../server/src/escalations/claims';
import { ESCALATION_CHANNEL } from '../../../server/src/escalations/queue';
import { ESCALATION_OUTBOX } from '../../../server/src/escalations/outbox-rows';
import { startSmtpSink, type SmtpSink } from '../../helpers/smtp-sink-process';
import { createStaff, type TestStaff } from '../../helpers/staff';
import { call } from '../auth/support';
import {
  concernId,
  createTestOffice,
  escalationRows,
  expectMessages,
  logTop,
  outboxRows,
  pushApplied,
  saveSettings,
  settingsFor,
  waitForEscalation,
  type TestOffice,
} from './support';
import { workerPool } from './workers';

const resendUrl = (n: number, number: number | string = 1) => `/api/escalations/${concernId(n)}/${number}/resend`;

/** Makes every escalation queued so far failed, as the worker records it after a 5xx answer. */
async function failAll(db: Db): Promise<void> {
  for (const row of await claimDue(db, ESCALATION_OUTBOX, 'a worker', 100, 60_000)) {
    await markFailedAttempt(db, ESCALATION_OUTBOX, row, row.to_addresses, 'The mail server refused the email with code 550.', undefined);
  }
}

/** POST /api/escalations/:concernId/:number/resend: a failed priority email queued again. */
export function resendSuite(getDb: () => Db): void {
  describe('resending a failed priority email', { timeout: 30_000 }, () => {
    let db: Db;
    let app: FastifyInstance;
    let office: TestOffice;
    let smtp: SmtpSink;
    const workers = workerPool();
    const resend = (staff: Pick<TestStaff, 'token'> | undefined, n: number, number: number | string = 1) =>
      call(app, 'POST', resendUrl(n, number), staff === undefined ? {} : { token: staff.token, body: {} });

    beforeEach(async () => {
      db = getDb();
      office = await createTestOffice(db);
      smtp = await startSmtpSink();
      await saveSettings(db, office, settingsFor(smtp.port));
      app = buildApp({ db });
    });
    afterEach(async () => {
      await workers.stopAll();
      await app.close();
      await smtp.kill();
    });

    it('queues it again with attempts from zero, mirrored to desks, and the woken worker sends exactly one email', async () => {
      await smtp.setMode('permfail');
      const worker = await workers.start(db, { pollMs: 60_000 });
      await pushApplied(app, office, [logTop(1, 1)]);
      await waitForEscalation(db, 1, (r) => r.state === 'failed');
      await worker.idle();
      await smtp.setMode('accept');

      const res = await resend(office.desk, 1);
      expect(res.statusCode, res.body).toBe(200);
      const { escalation } = ResendEscalationResponseSchema.parse(res.json());
      expect(escalation).toMatchObject({ id: `${concernId(1)}:1`, state: 'queued', attempts: 0, lastError: null, failedAt: null });
      // The pollMs above is a minute: only the notification can bring the worker back this soon.
      const sent = await waitForEscalation(db, 1, (r) => r.state === 'sent');
      expect(sent.attempts).toBe(1);
      await expectMessages(smtp, 1);
      expect(smtp.messages[0]?.messageId).toBe(`<escalation-${concernId(1)}-1@notebook.town.example>`);
    });

    it('answers 409 not-failed for an escalation that is queued or already sent, changing nothing', async () => {
      await pushApplied(app, office, [logTop(1, 1)]);
      const queued = await resend(office.desk, 1);
      expect(queued.statusCode).toBe(409);
      expect(queued.json()).toMatchObject({ error: 'not-failed', message: expect.stringMatching(/only a failed priority email/i) });
      await workers.start(db);
      await waitForEscalation(db, 1, (r) => r.state === 'sent');
      const before = await outboxRows(db);
      expect((await resend(office.admin, 1)).json()).toMatchObject({ error: 'not-failed' });
      expect(await outboxRows(db)).toEqual(before);
      await expectMessages(smtp, 1);
    });

    it("answers 404 for an unknown escalation, one of another office, or a number that is not one", async () => {
      await pushApplied(app, office, [logTop(1, 1)]);
      await failAll(db);
      const stranger = await createStaff(db, { role: 'admin', officeName: 'Other Town' });
      for (const [staff, n, number] of [
        [office.desk, 2, 1],
        [office.desk, 1, 2],
        [office.desk, 1, 'one'],
        [office.desk, 1, '1.5'],
        [office.desk, 1, '99999999999999'],
        [stranger, 1, 1],
      ] as const) {
        const res = await resend(staff, n, number);
        expect(res.statusCode, `${n}/${number}`).toBe(404);
        expect(res.json()).toMatchObject({ error: 'not-found' });
      }
      expect((await escalationRows(db)).map((r) => r.state)).toEqual(['failed']);
    });

    it('is for go-to people and admins: counter staff and facilitators get 403, no session 401', async () => {
      await pushApplied(app, office, [logTop(1, 1), logTop(2, 2)]);
      await failAll(db);
      for (const role of ['counter', 'facilitator'] as const) {
        const someone = await createStaff(db, { officeId: office.officeId, role });
        const res = await resend(someone, 1);
        expect(res.statusCode, role).toBe(403);
        expect(res.json()).toMatchObject({ error: 'forbidden' });
      }
      expect((await resend(undefined, 1)).statusCode).toBe(401);
      expect((await escalationRows(db)).map((r) => r.state)).toEqual(['failed', 'failed']);

      const woken: string[] = [];
      const unlisten = await db.listen(ESCALATION_CHANNEL, (payload) => woken.push(payload));
      try {
        expect((await resend(office.desk, 1)).statusCode).toBe(200);
        expect((await resend(office.admin, 2)).statusCode).toBe(200);
        const deadline = Date.now() + 5000;
        while (woken.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        expect(woken).toEqual([office.officeId, office.officeId]);
      } finally {
        await unlisten();
      }
      expect((await escalationRows(db)).map((r) => [r.state, r.attempts])).toEqual([
        ['queued', 0],
        ['queued', 0],
      ]);
    });
  });
}
