/**
 * Sending the monthly newsletter (server/src/newsletter, POST /api/newsletters/:month/send): who may, what is
 * refused before anything is written, who receives it, and exactly one copy per recipient per issue through a
 * real SMTP server process under temporary refusals, double and concurrent presses, and new consents later.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NewsletterDeliveriesResponseSchema, SendNewsletterResponseSchema } from '@shared/api/newsletter';
import { PullResponseSchema } from '@shared/sync/protocol';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { createSqlStore } from '../../../server/src/sync/sql-store';
import type { DatabaseTarget } from '../../helpers/databases';
import { startSmtpSink, type SmtpSink } from '../../helpers/smtp-sink-process';
import { createStaff } from '../../helpers/staff';
import { concernId, logTop, mutation, push, pushApplied } from '../escalations/support';
import { pullPage } from '../sync/support';
import { workerPool } from '../escalations/workers';
import {
  MONTH,
  allSent,
  createNewsletterOffice,
  deliveryRows,
  expectMessageCount,
  getDeliveries,
  headerOf,
  issueContent,
  logContacts,
  pressSend,
  recipientsOf,
  saveIssue,
  subscriber,
  waitForDeliveries,
  type NewsletterOffice,
} from './support';

const SLOW_MS = 60_000;

/** Five consenting citizens (two of them one person writing their address differently), and people who must not get it. */
const CONSENTING = ['ana@example.net', 'bo@example.net', 'cy@example.net', 'di@example.net'];
const CITIZENS = [
  subscriber('ana@example.net'),
  subscriber('  Ana@Example.NET '),
  subscriber('bo@example.net'),
  subscriber('cy@example.net'),
  subscriber('di@example.net'),
  subscriber('no-consent@example.net', { consentToUpdates: false }),
  subscriber('never-asked@example.net', { consentToUpdates: undefined }),
  subscriber('', { name: '', anonymous: true, consentToContact: false, preferredReply: 'none', consentToUpdates: false }),
  subscriber('', { name: 'Phone only', phone: '555 0100', preferredReply: 'phone', consentToUpdates: false }),
];

export function sendSuite(getDb: () => Db, target: DatabaseTarget): void {
  describe('sending the newsletter', () => {
    let db: Db;
    let app: FastifyInstance;
    let office: NewsletterOffice;
    let sink: SmtpSink;
    const workers = workerPool();

    beforeEach(async () => {
      db = getDb();
      sink = await startSmtpSink();
      office = await createNewsletterOffice(db, sink);
      app = buildApp({ db });
    });
    afterEach(async () => {
      await workers.stopAll();
      await app.close();
      await sink.kill();
    });

    it('lets facilitators and admins send, and refuses counter staff, go-to people and no session', async () => {
      const counter = await createStaff(db, { officeId: office.officeId, role: 'counter' });
      expect((await app.inject({ method: 'POST', url: `/api/newsletters/${MONTH}/send` })).statusCode).toBe(401);
      for (const who of [counter, office.desk]) {
        const res = await pressSend(app, who);
        expect(res.statusCode).toBe(403);
        expect((await getDeliveries(app, who)).statusCode).toBe(403);
      }
      expect((await getDeliveries(app, office.facilitator)).json()).toEqual({ month: MONTH, total: 0, queued: 0, sending: 0, sent: 0, failed: 0, failures: [] });
    });

    it('refuses a bad month, a missing issue, no mail server and nobody to send to, writing nothing', async () => {
      const bad = await pressSend(app, office.admin, '2026-13');
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ error: 'invalid-month', message: 'Give the month as YYYY-MM, like 2026-11.' });
      expect((await pressSend(app, office.admin, '<script>')).statusCode).toBe(400);
      const missing = await pressSend(app, office.admin);
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ error: 'not-found', message: 'There is no newsletter for 2026-11 yet: draft it first.' });

      await saveIssue(app, office);
      const nobody = await pressSend(app, office.facilitator);
      expect(nobody.statusCode).toBe(409);
      expect(nobody.json()).toMatchObject({ error: 'no-recipients' });
      await logContacts(app, office, 1, [subscriber('no-consent@example.net', { consentToUpdates: false })]);
      expect((await pressSend(app, office.facilitator)).json()).toMatchObject({ error: 'no-recipients' });

      await db.query('delete from office_settings');
      await logContacts(app, office, 2, [subscriber('ana@example.net')]);
      const unconfigured = await pressSend(app, office.facilitator);
      expect(unconfigured.statusCode).toBe(409);
      expect(unconfigured.json()).toMatchObject({ error: 'not-configured', message: expect.stringMatching(/mail server is not set up/) });

      // Nothing was frozen, stamped or queued: the desk may still edit the issue.
      expect((await db.query('select * from newsletter_sends')).rows).toEqual([]);
      expect(await deliveryRows(db)).toEqual([]);
      const row = await createSqlStore(db, office.officeId).get('newsletters', MONTH);
      expect(row).toMatchObject({ sentAt: null, sentBy: null });
      await saveIssue(app, office, MONTH, issueContent({ subject: 'Edited after the refusals' }));
    });

    it('refuses an issue whose saved row does not pass its schema, with the reason', async () => {
      await logContacts(app, office, 1, [subscriber('ana@example.net')]);
      await saveIssue(app, office);
      await db.query(`update newsletters set row = json_build_object('id', '${MONTH}', 'month', '${MONTH}', 'subject', '') where id = $1`, [MONTH]);
      const res = await pressSend(app, office.admin);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ error: 'invalid-issue', message: expect.stringMatching(/^The newsletter cannot be sent as it is saved: /) });
      expect(await deliveryRows(db)).toEqual([]);
    });

    it('sends one copy to each consenting address, none to anyone else, and desks receive the issue as sent', async () => {
      await logContacts(app, office, 1, CITIZENS);
      await saveIssue(app, office);
      const res = await pressSend(app, office.facilitator);
      expect(res.statusCode, res.body).toBe(200);
      const sent = SendNewsletterResponseSchema.parse(res.json());
      expect(sent).toMatchObject({ month: MONTH, sentBy: 'Fay Moss', queuedNow: CONSENTING.length, deliveries: { total: CONSENTING.length, queued: CONSENTING.length } });

      await workers.start(db);
      await waitForDeliveries(db, allSent(CONSENTING.length));
      await expectMessageCount(sink, CONSENTING.length);
      expect(recipientsOf(sink.messages)).toEqual(CONSENTING);
      const [message] = sink.messages;
      expect(message?.subject).toBe('What you told us in November');
      expect(message?.from).toBe('notebook@town.example');
      expect(headerOf(message!, 'List-Unsubscribe')).toMatch(/^<http:\/\/notebook\.town\.example\/newsletter\/unsubscribe\/[A-Za-z0-9_-]{43}>$/);
      expect(headerOf(message!, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(message?.messageId).toMatch(/^<newsletter-2026-11-[0-9a-f]{32}@notebook\.town\.example>$/);
      expect(message?.text).toContain('Bins collected (https://town.example/bins) late');
      expect(message?.text).toContain('because you asked for updates when you contacted us');
      expect(new Set(sink.messages.map((m) => m.messageId)).size).toBe(CONSENTING.length);
      expect(new Set(sink.messages.map((m) => headerOf(m, 'List-Unsubscribe'))).size).toBe(CONSENTING.length);

      const counts = NewsletterDeliveriesResponseSchema.parse((await getDeliveries(app, office.admin)).json());
      expect(counts).toEqual({ month: MONTH, total: 4, queued: 0, sending: 0, sent: 4, failed: 0, failures: [] });
      const page = PullResponseSchema.parse(await pullPage(app, office.desk, { clientId: office.clientId }));
      const pulled = page.changes.find((change) => change.table === 'newsletters' && change.id === MONTH);
      expect(pulled?.row).toMatchObject({ sentAt: sent.sentAt, sentBy: 'Fay Moss', subject: 'What you told us in November' });
      // The issue is final: a desk's later save is refused, in plain words.
      const edit = await push(app, office.desk, { clientId: office.clientId, mutations: [mutation(office.nextId++, 'saveNewsletter', { month: MONTH, ...issueContent({ subject: 'Too late' }) })] });
      expect(edit.json()).toMatchObject({ results: [{ status: 'rejected', code: 'newsletter-sent' }] });
    }, SLOW_MS);

    it("links the office's public status list once an admin has published it", async () => {
      await logContacts(app, office, 1, [subscriber('ana@example.net')]);
      await saveIssue(app, office);
      const published = await app.inject({
        method: 'PUT',
        url: '/api/admin/public-page',
        headers: { authorization: `Bearer ${office.admin.token}` },
        payload: { slug: 'town-hall', displayName: '', introduction: '', websiteUrl: '', isPublished: true, embedOrigins: [] },
      });
      expect(published.statusCode, published.body).toBe(200);
      await workers.start(db);
      await pressSend(app, office.admin);
      const [message] = await sink.waitForMessages(1, 30_000);
      expect(message?.text).toContain('See what we are doing about what you told us: http://notebook.town.example/public/town-hall/');
    }, SLOW_MS);

    it('(a) retries while the mail server refuses for now, then each recipient gets exactly one copy', async () => {
      await logContacts(app, office, 1, CITIZENS);
      await saveIssue(app, office);
      await sink.setMode('tempfail');
      await workers.start(db, { backoff: () => 200 });
      expect((await pressSend(app, office.admin)).statusCode).toBe(200);
      // Each copy refused at least twice (a copy may be claimed again at the moment this looks: its reason stays).
      const retrying = await waitForDeliveries(db, (rows) => rows.length === 4 && rows.every((row) => row.attempts >= 2 && row.last_error !== null));
      for (const row of retrying) {
        expect(row.state).not.toBe('sent');
        expect(row.last_error).toMatch(/asked to try again later \(code 451\)/);
      }
      expect(sink.messages).toHaveLength(0);
      await sink.setMode('accept');
      await waitForDeliveries(db, allSent(4));
      await expectMessageCount(sink, 4);
      expect(recipientsOf(sink.messages)).toEqual(CONSENTING);
    }, SLOW_MS);

    it('marks a copy failed with the reason on a 5xx answer, and the status line says why', async () => {
      await logContacts(app, office, 1, [subscriber('ana@example.net')]);
      await saveIssue(app, office);
      await sink.setMode('permfail');
      await workers.start(db);
      await pressSend(app, office.admin);
      const [failed] = await waitForDeliveries(db, (rows) => rows[0]?.state === 'failed');
      expect(failed).toMatchObject({ attempts: 1, sent_at: null });
      const counts = (await getDeliveries(app, office.facilitator)).json();
      expect(counts).toMatchObject({ total: 1, failed: 1, failures: [{ count: 1, reason: expect.stringMatching(/refused the email with code 550/) }] });
      expect(JSON.stringify(counts)).not.toContain('ana@example.net');
    }, SLOW_MS);

    it('(b) queues each recipient once when send is pressed twice, at the same moment, by two people, with two workers', async () => {
      await logContacts(app, office, 1, CITIZENS);
      await saveIssue(app, office);
      const otherDb = await target.connect();
      const otherApp = buildApp({ db: otherDb });
      try {
        await workers.start(db);
        await workers.start(otherDb);
        const presses = await Promise.all([pressSend(app, office.facilitator), pressSend(otherApp, office.admin), pressSend(app, office.admin)]);
        for (const res of presses) expect(res.statusCode, res.body).toBe(200);
        const answers = presses.map((res) => SendNewsletterResponseSchema.parse(res.json()));
        expect(answers.reduce((sum, a) => sum + a.queuedNow, 0)).toBe(4);
        expect(new Set(answers.map((a) => `${a.sentAt} ${a.sentBy}`)).size).toBe(1);
        const again = SendNewsletterResponseSchema.parse((await pressSend(otherApp, office.facilitator)).json());
        expect(again.queuedNow).toBe(0);
        await waitForDeliveries(db, allSent(4));
        await expectMessageCount(sink, 4);
        expect(recipientsOf(sink.messages)).toEqual(CONSENTING);
      } finally {
        await otherApp.close();
        if (otherDb !== db) await otherDb.close();
      }
    }, SLOW_MS);

    it('(d) sends to people who consented since on the next press, nobody a second copy, from the issue as first sent', async () => {
      await logContacts(app, office, 1, CITIZENS);
      await saveIssue(app, office);
      await workers.start(db);
      await pressSend(app, office.facilitator);
      await waitForDeliveries(db, allSent(4));
      await expectMessageCount(sink, 4);

      // A newcomer, and an existing recipient raising another concern with the address written another way.
      await logContacts(app, office, 20, [subscriber('newcomer@example.net'), subscriber('BO@example.net')]);
      // Even if the live row changed somehow, later copies are the issue as it went out.
      await db.query(`update newsletters set row = json_build_object('id', '${MONTH}') where id = $1`, [MONTH]);
      const later = SendNewsletterResponseSchema.parse((await pressSend(app, office.admin)).json());
      expect(later.queuedNow).toBe(1);
      await waitForDeliveries(db, allSent(5));
      await expectMessageCount(sink, 5);
      expect(recipientsOf(sink.messages)).toEqual([...CONSENTING, 'newcomer@example.net'].sort());
      expect(sink.messages.at(-1)?.subject).toBe('What you told us in November');
      expect(sink.messages.at(-1)?.to).toEqual(['newcomer@example.net']);
    }, SLOW_MS);

    it('does not send a queued copy to someone who unsubscribed or withdrew consent before it went out', async () => {
      await logContacts(app, office, 1, [subscriber('ana@example.net'), subscriber('bo@example.net'), subscriber('cy@example.net')]);
      await saveIssue(app, office);
      await pressSend(app, office.admin);
      await pushApplied(app, office, [mutation(office.nextId++, 'recordUnsubscribe', { email: 'ANA@example.net' })]);
      // The consent taken back on the concern (written directly: no mutator patches contact.consentToUpdates yet).
      const store = createSqlStore(db, office.officeId);
      const concern = await store.get('concerns', concernId(2));
      if (concern === undefined) throw new Error('concern 2 is missing');
      await store.put('concerns', { ...concern, contact: { ...concern.contact, consentToUpdates: false } });
      await workers.start(db);
      const rows = await waitForDeliveries(db, (all) => all.length === 3 && all.every((row) => row.state === 'sent' || row.state === 'failed'));
      expect(rows.map((row) => [row.to_addresses[0], row.state])).toEqual([
        ['ana@example.net', 'failed'],
        ['bo@example.net', 'failed'],
        ['cy@example.net', 'sent'],
      ]);
      expect(rows[0]?.last_error).toMatch(/unsubscribed or withdrew their consent/);
      await expectMessageCount(sink, 1);
    }, SLOW_MS);

    it('sends priority emails before newsletter copies queued earlier', async () => {
      const many = Array.from({ length: 12 }, (_, i) => subscriber(`reader${String(i).padStart(2, '0')}@example.net`));
      await logContacts(app, office, 1, many);
      await saveIssue(app, office);
      await pressSend(app, office.admin);
      await pushApplied(app, office, [logTop(office.nextId++, 50)]);
      await workers.start(db, { newsletterGapMs: 100 });
      await waitForDeliveries(db, allSent(12));
      await expectMessageCount(sink, 13);
      // The escalation goes in the first round, before the newsletter's batch.
      expect(sink.messages[0]?.subject).toMatch(/^Top priority: /);
    }, SLOW_MS);
  });
}
