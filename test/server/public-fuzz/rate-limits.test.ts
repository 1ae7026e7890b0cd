/**
 * The suggestion form's rate limits as shipped (SUGGESTION_FORM_RATE unset), on both databases: one address gets
 * its burst of submissions and status lookups, the next is a 429 with Retry-After that stores nothing, and another
 * address still gets through; a client cannot slip past by claiming other addresses in X-Forwarded-For, which the
 * server does not trust unless told to (TRUST_PROXY); and many addresses together meet the per-office limit.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { formRateLimitsFrom } from '../../../server/src/public-form/rate-limits';
import { describeEachDatabase } from '../../helpers/databases';
import { useFastPasswords } from '../../helpers/staff';
import { createTestOffice, type TestOffice } from '../escalations/support';
import { encodeForm, saveForm, tokenFor } from '../intake/form-support';
import { answer, expectRateLimited, snapshotTables } from './support';

useFastPasswords();

const SHIPPED = formRateLimitsFrom({});
/** Addresses a client might claim to forward for. */
const spoofed = fc.sample(fc.ipV4(), { numRuns: 400, seed: 9 });

describeEachDatabase('the suggestion form’s rate limits as shipped', (getDb) => {
  let db: Db;
  let app: FastifyInstance;
  let office: TestOffice;
  const good = async () => encodeForm({ token: await tokenFor(db, office.officeId), summary: 'More benches in Elm Park' });
  const post = (body: string, remoteAddress: string, i: number) => ({
    method: 'POST' as const,
    url: '/public/town-hall/suggest',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': spoofed[i % spoofed.length] ?? '', 'x-real-ip': spoofed[(i + 1) % spoofed.length] ?? '' },
    payload: body,
    remoteAddress,
  });

  beforeEach(async () => {
    vi.stubEnv('SUGGESTION_FORM_RATE', '');
    db = getDb();
    office = await createTestOffice(db);
    app = buildApp({ db });
    await saveForm(app, office);
    // The buckets refill with time (the office's at 2 a second): on a busy machine the 120 requests of a test
    // could take long enough to earn one back. The clock stands still while a test runs, so what is measured is
    // the count alone; refilling is tested on its own clock in test/server/public-form.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
  });
  afterEach(async () => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
    await app.close();
  });

  it('lets one address send its burst whatever it claims to forward for, then answers 429 and stores nothing', async () => {
    const burst = SHIPPED.submitPerAddress.burst;
    const bodies = await Promise.all(Array.from({ length: burst + 2 }, good));
    const limited = await expectRateLimited(app, (address, i) => post(bodies[i] ?? '', address, i), burst, { limited: '203.0.113.40', other: '203.0.113.41' });
    expect(limited.headers['content-type']).toBe('text/html; charset=utf-8');
    // The refused submission carried a good token: the limit, not the form, refused it, and nothing was kept.
    const before = await snapshotTables(db);
    const again = await answer(app, post(await good(), '203.0.113.40', 7));
    expect(again.statusCode).toBe(429);
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('limits status lookups per address whatever it claims to forward for', async () => {
    const lookup = (remoteAddress: string, i: number) => ({
      method: 'GET' as const,
      url: '/public/town-hall/status?ref=ABCDE-12345',
      headers: { 'x-forwarded-for': spoofed[i % spoofed.length] ?? '' },
      remoteAddress,
    });
    await expectRateLimited(app, lookup, SHIPPED.lookupPerAddress.burst, { limited: '203.0.113.42', other: '203.0.113.43' });
  });

  it('holds the office to its per-office limit across many addresses', async () => {
    const perOffice = SHIPPED.submitPerOffice.burst;
    // Bodies without a token: refused by the form after the limiter counted them, so the test stays fast.
    for (let i = 0; i < perOffice; i += 1) {
      const res = await answer(app, post('summary=x', `198.18.${Math.floor(i / 250)}.${i % 250}`, i));
      expect(res.statusCode, res.body.slice(0, 200)).toBe(400);
    }
    const limited = await answer(app, post(await good(), '198.18.200.1', 0));
    expect(limited.statusCode).toBe(429);
    expect(String(limited.headers['retry-after'])).toMatch(/^[1-9][0-9]*$/);
  });
});
