import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { claimDue, msUntilNextDue } from '../../../server/src/escalations/claims';
import { ESCALATION_OUTBOX } from '../../../server/src/escalations/outbox-rows';
import type { DatabaseTarget } from '../../helpers/databases';
import { freePort } from '../../helpers/postgres';
import { startSmtpSink, type SmtpSink } from '../../helpers/smtp-sink-process';
import {
  concernId,
  createTestOffice,
  expectMessages,
  logTop,
  mutation,
  outboxRows,
  pushApplied,
  saveSettings,
  settingsFor,
  waitForEscalation,
  type TestOffice,
} from './support';
import { workerPool } from './workers';

const SLOW_MS = 60_000;

/** The message's text as a reader sees it: quoted-printable soft line breaks and escapes undone. */
function readable(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Exactly one message arrives, and no second. */
const expectOneMessage = (smtp: SmtpSink): Promise<void> => expectMessages(smtp, 1);

const CITIZEN = { name: 'Dana Citizen', phone: '555 014 2368', email: 'dana@example.net', preferredReply: 'phone', consentToContact: true, anonymous: false } as const;

/** The delivery worker against a real SMTP server process: one email per escalation, whatever fails. */
export function deliverySuite(getDb: () => Db, target: DatabaseTarget): void {
  describe('delivering escalations', { timeout: 30_000 }, () => {
    let db: Db;
    let app: FastifyInstance;
    let office: TestOffice;
    let sinks: SmtpSink[];
    const workers = workerPool();

    const sink = async (options: Parameters<typeof startSmtpSink>[0] = {}) => {
      const started = await startSmtpSink(options);
      sinks.push(started);
      return started;
    };

    beforeEach(async () => {
      db = getDb();
      office = await createTestOffice(db);
      app = buildApp({ db });
      sinks = [];
    });
    afterEach(async () => {
      await workers.stopAll();
      await app.close();
      await Promise.all(sinks.map((s) => s.kill()));
    });

    it('emails the priority addresses once and records "sent", which desks receive', async () => {
      const smtp = await sink();
      await saveSettings(db, office, settingsFor(smtp.port));
      await workers.start(db);
      await pushApplied(app, office, [logTop(1, 1)]);
      const [message] = await smtp.waitForMessages(1);
      expect(message).toMatchObject({ from: 'notebook@town.example', to: ['urgent@town.example', 'mayor@town.example'] });
      expect(message?.messageId).toBe(`<escalation-${concernId(1)}-1@notebook.town.example>`);
      const row = await waitForEscalation(db, 1, (r) => r.state === 'sent');
      expect(row).toMatchObject({ attempts: 1, lastError: null, to: ['urgent@town.example', 'mayor@town.example'], failedAt: null, nextAttemptAt: null });
      expect(Date.parse(row.sentAt ?? '')).toBeGreaterThanOrEqual(Date.parse(row.queuedAt));
      await (await workers.start(db)).idle();
      await expectOneMessage(smtp);
    });

    it("carries the concern, a link to it and the citizen's contact details only when the office allows them", async () => {
      const smtp = await sink();
      await saveSettings(db, office, settingsFor(smtp.port));
      await workers.start(db);
      const concern = { summary: 'Flooded underpass on Mill Lane', details: 'Water up to the knees.', channel: 'walk-in', contact: CITIZEN } as const;
      await pushApplied(app, office, [logTop(1, 1, { ...concern, location: { address: '12 Mill Lane', area: 'Riverside' } })]);
      const [withheld] = await smtp.waitForMessages(1);
      const text = readable(withheld?.raw ?? '');
      expect(text).toMatch(/^Subject: Top priority: Flooded underpass on Mill Lane\r?$/m);
      for (const part of ['Water up to the knees.', 'Channel: Walk-in', 'Location: 12 Mill Lane, Riverside', 'by Ben at the front desk']) expect(text).toContain(part);
      expect(text).toContain(`http://notebook.town.example/#/concern/${concernId(1)}`);
      for (const detail of [CITIZEN.name, CITIZEN.phone, CITIZEN.email]) expect(text).not.toContain(detail);

      await saveSettings(db, office, settingsFor(smtp.port, { includeContactDetails: true }));
      await pushApplied(app, office, [logTop(2, 2, concern)]);
      const shown = readable((await smtp.waitForMessages(2))[1]?.raw ?? '');
      for (const detail of [CITIZEN.name, CITIZEN.phone, CITIZEN.email]) expect(shown).toContain(detail);
    });

    it('retries after a 4xx answer, with the reason on the concern, and sends once the mail server takes it', async () => {
      const smtp = await sink();
      await smtp.setMode('tempfail');
      await saveSettings(db, office, settingsFor(smtp.port));
      await workers.start(db, { backoff: () => 300 });
      await pushApplied(app, office, [logTop(1, 1)]);
      const retrying = await waitForEscalation(db, 1, (r) => r.attempts >= 2 && r.state === 'queued');
      expect(retrying.lastError).toMatch(/asked to try again later \(code 451\).*Try again later: local problem/);
      expect(retrying.nextAttemptAt).not.toBeNull();
      await smtp.setMode('accept');
      const sent = await waitForEscalation(db, 1, (r) => r.state === 'sent');
      expect(sent.attempts).toBeGreaterThanOrEqual(3);
      await expectOneMessage(smtp);
    });

    it('marks the escalation failed with the reason after a 5xx answer, without retrying', async () => {
      const smtp = await sink();
      await smtp.setMode('permfail');
      await saveSettings(db, office, settingsFor(smtp.port));
      const worker = await workers.start(db);
      await pushApplied(app, office, [logTop(1, 1)]);
      const failed = await waitForEscalation(db, 1, (r) => r.state === 'failed');
      expect(failed).toMatchObject({ attempts: 1, sentAt: null, nextAttemptAt: null });
      expect(failed.lastError).toMatch(/refused the email with code 550.*no such user/);
      await worker.idle();
      expect(smtp.connections()).toBe(1);
      expect(smtp.messages).toEqual([]);
      expect(await msUntilNextDue(db, ESCALATION_OUTBOX)).toBeUndefined(); // nothing left to wake up for
    });

    it('keeps trying while the mail server is down and sends once it is back', async () => {
      const port = await freePort();
      // Room for the sink's process to start (a second or two) before the attempts run out.
      await saveSettings(db, office, settingsFor(port, { maxAttempts: 20 }));
      await workers.start(db, { backoff: () => 500 });
      await pushApplied(app, office, [logTop(1, 1)]);
      const waiting = await waitForEscalation(db, 1, (r) => r.attempts >= 2 && r.state !== 'sending');
      expect(waiting).toMatchObject({ state: 'queued' });
      expect(waiting.lastError).toBe('Could not connect to the mail server (connection refused).');
      const smtp = await sink({ port });
      await waitForEscalation(db, 1, (r) => r.state === 'sent');
      await expectOneMessage(smtp);
    });

    it('counts a mail server that never answers as a timeout and tries again', async () => {
      const smtp = await sink();
      await smtp.setMode('hang');
      await saveSettings(db, office, settingsFor(smtp.port));
      await workers.start(db);
      await pushApplied(app, office, [logTop(1, 1)]);
      const timedOut = await waitForEscalation(db, 1, (r) => r.attempts >= 2 && r.state === 'queued');
      expect(timedOut.lastError).toMatch(/did not answer in time|took too long/);
      await smtp.setMode('accept');
      await waitForEscalation(db, 1, (r) => r.state === 'sent');
      await expectOneMessage(smtp);
    }, SLOW_MS);

    it("gives up after the office's number of attempts, keeping the last reason", async () => {
      const smtp = await sink();
      await smtp.setMode('tempfail');
      await saveSettings(db, office, settingsFor(smtp.port, { maxAttempts: 3 }));
      const worker = await workers.start(db);
      await pushApplied(app, office, [logTop(1, 1)]);
      const failed = await waitForEscalation(db, 1, (r) => r.state === 'failed');
      expect(failed).toMatchObject({ attempts: 3, sentAt: null });
      expect(failed.lastError).toMatch(/code 451/);
      await worker.idle();
      expect(smtp.connections()).toBe(3);
    });

    it('signs in to the mail server with the stored password, and fails plainly when it is refused', async () => {
      const smtp = await sink({ user: 'notebook', password: 'mail secret 1234' });
      await saveSettings(db, office, settingsFor(smtp.port, { smtp: { host: '127.0.0.1', port: smtp.port, tls: 'none', user: 'notebook', password: 'mail secret 1234' } }));
      await workers.start(db);
      await pushApplied(app, office, [logTop(1, 1)]);
      expect((await smtp.waitForMessages(1))[0]?.user).toBe('notebook');

      await saveSettings(db, office, settingsFor(smtp.port, { smtp: { host: '127.0.0.1', port: smtp.port, tls: 'none', user: 'notebook', password: 'wrong' } }));
      await pushApplied(app, office, [logTop(2, 2)]);
      const failed = await waitForEscalation(db, 2, (r) => r.state === 'failed');
      expect(failed.lastError).toMatch(/refused the user name or password/);
      await expectOneMessage(smtp);
    });

    it('never sends in the clear when STARTTLS is required and the server does not offer it', async () => {
      const smtp = await sink();
      await saveSettings(db, office, settingsFor(smtp.port, { smtp: { host: '127.0.0.1', port: smtp.port, tls: 'starttls', user: 'notebook', password: 'mail secret 1234' } }));
      await workers.start(db);
      await pushApplied(app, office, [logTop(1, 1)]);
      const failed = await waitForEscalation(db, 1, (r) => r.state === 'failed');
      expect(failed).toMatchObject({ attempts: 1 });
      expect(failed.lastError).toMatch(/does not offer an encrypted connection \(STARTTLS\)/);
      expect(smtp.messages).toEqual([]);
    });

    it('says on the concern when no priority address is set, or when the concern was deleted first', async () => {
      await pushApplied(app, office, [logTop(1, 1)]);
      const smtp = await sink();
      await workers.start(db);
      const unset = await waitForEscalation(db, 1, (r) => r.state === 'failed');
      expect(unset.lastError).toBe('No priority address is set: an admin can set one in the office settings. No email was sent.');
      await workers.stopAll();

      await saveSettings(db, office, settingsFor(smtp.port));
      await pushApplied(app, office, [logTop(2, 2), mutation(3, 'deleteConcern', { id: concernId(2) })]);
      await workers.start(db);
      const deleted = await waitForEscalation(db, 2, (r) => r.state === 'failed');
      expect(deleted.lastError).toMatch(/deleted before its email went out/);
      expect(smtp.messages).toEqual([]);
    });

    it('sends each of many escalations exactly once with two workers (two server processes) claiming at once', async () => {
      const smtp = await sink();
      await saveSettings(db, office, settingsFor(smtp.port));
      await pushApplied(app, office, [1, 2, 3, 4, 5, 6, 7, 8].map((n) => logTop(n, n)));
      const other = await target.connect();
      await Promise.all([workers.start(db, { workerId: 'one' }), workers.start(other, { workerId: 'two' })]);
      const messages = await smtp.waitForMessages(8);
      for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) await waitForEscalation(db, n, (r) => r.state === 'sent');
      expect(new Set(messages.map((m) => m.messageId)).size).toBe(8);
      expect((await outboxRows(db)).map((r) => r.attempts)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
      await new Promise((r) => setTimeout(r, 300));
      expect(smtp.messages).toHaveLength(8);
    });

    it('when stopped, finishes the email in flight and hands back the claims it had not started', async () => {
      const smtp = await sink();
      await smtp.setMode('hold');
      await saveSettings(db, office, settingsFor(smtp.port));
      await pushApplied(app, office, [logTop(1, 1), logTop(2, 2)]);
      const worker = await workers.start(db);
      await smtp.waitForHolding();
      const stopping = worker.stop();
      await smtp.release();
      await stopping;
      const rows = await outboxRows(db);
      expect(rows.map((r) => [r.concern_id, r.state, r.attempts, r.lease_owner])).toEqual([
        [concernId(1), 'sent', 1, null],
        [concernId(2), 'queued', 0, null],
      ]);
      await expectOneMessage(smtp);
    });

    it('takes over an escalation whose sender died mid-delivery once its lease runs out, and sends it once', async () => {
      const smtp = await sink();
      await saveSettings(db, office, settingsFor(smtp.port));
      await pushApplied(app, office, [logTop(1, 1)]);
      // A process claimed it (so it is 'sending') and died before doing anything else.
      expect(await claimDue(db, ESCALATION_OUTBOX, 'a process that died', 5, 800)).toHaveLength(1);
      await waitForEscalation(db, 1, (r) => r.state === 'sending');
      await workers.start(db);
      const sent = await waitForEscalation(db, 1, (r) => r.state === 'sent');
      expect(sent.attempts).toBe(2);
      await expectOneMessage(smtp);
    });
  });
}
