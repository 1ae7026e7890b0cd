/**
 * The unsubscribe link in each newsletter (GET/POST /newsletter/unsubscribe/:token, no login): a GET shows the
 * confirm page and changes nothing, a POST (the page's button, or a mail program's RFC 8058 one-click POST)
 * records the synced unsubscribe row, and the next month's issue is not sent to that address. Unknown and
 * hostile tokens, methods and bodies are fuzzed: a clear 4xx page, never a 5xx, nothing written.
 */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unsubscribeKey } from '@shared/domain/newsletter';
import { PullResponseSchema } from '@shared/sync/protocol';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { startSmtpSink, type SmtpSink } from '../../helpers/smtp-sink-process';
import { workerPool } from '../escalations/workers';
import { pullPage } from '../sync/support';
import {
  MONTH,
  allSent,
  createNewsletterOffice,
  deliveryRows,
  expectMessageCount,
  issueContent,
  logContacts,
  pathOf,
  pressSend,
  recipientsOf,
  saveIssue,
  subscriber,
  unsubscribeLinkOf,
  waitForDeliveries,
  type NewsletterOffice,
} from './support';

const SLOW_MS = 90_000;
const NEXT_MONTH = '2026-12';

async function unsubscribeRows(db: Db): Promise<unknown[]> {
  return (await db.query<{ row: unknown }>('select row from newsletter_unsubscribes order by id')).rows.map((r) => r.row);
}

export function unsubscribeSuite(getDb: () => Db): void {
  describe('unsubscribing', () => {
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

    /** Sends the month's issue to three subscribers and returns Ana's unsubscribe link path. */
    async function sendToThree(): Promise<string> {
      await logContacts(app, office, 1, [subscriber('ana@example.net'), subscriber('bo@example.net'), subscriber('cy@example.net')]);
      await saveIssue(app, office);
      await workers.start(db);
      expect((await pressSend(app, office.facilitator)).statusCode).toBe(200);
      await waitForDeliveries(db, allSent(3));
      await expectMessageCount(sink, 3);
      const toAna = sink.messages.find((message) => message.to.includes('ana@example.net'));
      if (toAna === undefined) throw new Error('No copy reached Ana');
      const link = unsubscribeLinkOf(toAna);
      // The same link is in the email's text, for people whose mail program has no unsubscribe button.
      expect(toAna.text).toContain(`Unsubscribe: ${link}`);
      return pathOf(link);
    }

    it('shows a confirm page on GET without unsubscribing, unsubscribes on POST, and desks receive the row', async () => {
      const path = await sendToThree();
      for (let i = 0; i < 3; i += 1) {
        const page = await app.inject({ method: 'GET', url: path });
        expect(page.statusCode).toBe(200);
        expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(page.body).toContain('<h1>Stop the monthly newsletter?</h1>');
        expect(page.body).toContain(`<form method="post" action="${path}">`);
        expect(page.body).toContain('<button type="submit">Unsubscribe</button>');
      }
      expect((await app.inject({ method: 'HEAD', url: path })).statusCode).toBe(200);
      expect(await unsubscribeRows(db)).toEqual([]);

      const done = await app.inject({ method: 'POST', url: path, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
      expect(done.statusCode).toBe(200);
      expect(done.body).toContain('<h1>You are unsubscribed</h1>');
      expect(done.body).toContain('Town Hall will not send you the monthly newsletter');
      const rows = await unsubscribeRows(db);
      expect(rows).toEqual([{ id: unsubscribeKey('ana@example.net'), source: 'link', month: MONTH, at: expect.any(String), by: null }]);

      const again = await app.inject({ method: 'POST', url: path });
      expect(again.statusCode).toBe(200);
      expect(again.body).toContain('<h1>You are already unsubscribed</h1>');
      expect((await app.inject({ method: 'GET', url: path })).body).toContain('<h1>You are already unsubscribed</h1>');
      expect(await unsubscribeRows(db)).toEqual(rows);

      const page = PullResponseSchema.parse(await pullPage(app, office.desk, { clientId: office.clientId }));
      expect(page.changes.filter((change) => change.table === 'newsletter_unsubscribes')).toEqual([
        { table: 'newsletter_unsubscribes', id: unsubscribeKey('ana@example.net'), row: rows[0] },
      ]);
    }, SLOW_MS);

    it("takes RFC 8058's one-click POST, and the next month's issue is not sent to that address", async () => {
      const path = await sendToThree();
      const oneClick = await app.inject({
        method: 'POST',
        url: path,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      });
      expect(oneClick.statusCode).toBe(200);
      expect(await unsubscribeRows(db)).toHaveLength(1);

      // Ana raises another concern, consenting again on the form: the unsubscribe still wins.
      await logContacts(app, office, 10, [subscriber('Ana@example.net')]);
      await saveIssue(app, office, NEXT_MONTH, issueContent({ subject: 'What you told us in December' }));
      const sent = await pressSend(app, office.admin, NEXT_MONTH);
      expect(sent.json()).toMatchObject({ queuedNow: 2 });
      await waitForDeliveries(db, allSent(2), { month: NEXT_MONTH });
      await expectMessageCount(sink, 5);
      expect(recipientsOf(sink.messages.slice(3))).toEqual(['bo@example.net', 'cy@example.net']);
      expect((await deliveryRows(db, NEXT_MONTH)).map((row) => row.to_addresses[0])).toEqual(['bo@example.net', 'cy@example.net']);
    }, SLOW_MS);

    it('answers an unknown or malformed token with a 404 page that says what to do', async () => {
      for (const token of [randomBytes(32).toString('base64url'), 'short', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'a'.repeat(43).replace(/a$/, '!')]) {
        for (const method of ['GET', 'POST'] as const) {
          const res = await app.inject({ method, url: `/newsletter/unsubscribe/${token}` });
          expect(res.statusCode).toBe(404);
          expect(res.body).toContain('<h1>This unsubscribe link does not work</h1>');
          expect(res.body).not.toContain('<script>');
        }
      }
    });

    it('limits each client address, with a page and Retry-After', async () => {
      const url = `/newsletter/unsubscribe/${randomBytes(32).toString('base64url')}`;
      for (let i = 0; i < 60; i += 1) expect((await app.inject({ method: 'GET', url, remoteAddress: '192.0.2.7' })).statusCode).toBe(404);
      const limited = await app.inject({ method: 'GET', url, remoteAddress: '192.0.2.7' });
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.body).toContain('<h1>Too many tries</h1>');
      expect((await app.inject({ method: 'GET', url, remoteAddress: '192.0.2.8' })).statusCode).toBe(404);
    });

    it('fuzz: hostile tokens, methods and bodies get a clear 4xx (never a 5xx), echo nothing and write nothing', async () => {
      const path = await sendToThree();
      const realToken = path.split('/').at(-1) ?? '';
      const before = { unsubscribes: await unsubscribeRows(db), deliveries: await deliveryRows(db) };
      const hostile = fc.oneof(
        fc.string({ maxLength: 80 }),
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' or 1=1 --", '../../etc/passwd', '%00', '\u202E', realToken.slice(1), `${realToken}x`),
        fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      );
      let counter = 0;
      await fc.assert(
        fc.asyncProperty(
          hostile,
          fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
          fc.option(fc.string({ maxLength: 6000 })),
          fc.constantFrom('application/json', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain', 'application/xml', 'x/<y>'),
          async (token, method, body, contentType) => {
            counter += 1;
            const res = await app.inject({
              method,
              url: `/newsletter/unsubscribe/${encodeURIComponent(token)}`,
              remoteAddress: `198.51.100.${counter % 250}`,
              ...(body === null ? {} : { payload: body, headers: { 'content-type': contentType } }),
            });
            expect(res.statusCode, `${method} ${token}: ${res.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
            expect(res.statusCode).toBeLessThan(500);
            if (token.length > 3 && /[<>"']/.test(token)) expect(res.body).not.toContain(token);
          },
        ),
        { numRuns: 150 },
      );
      expect(await unsubscribeRows(db)).toEqual(before.unsubscribes);
      expect(await deliveryRows(db)).toEqual(before.deliveries);
    }, SLOW_MS);
  });
}
