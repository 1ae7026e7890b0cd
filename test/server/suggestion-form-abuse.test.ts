/**
 * The suggestion form's protections on PGlite and PostgreSQL, none of them a third party's: the honeypot (a
 * bot is thanked and nothing is stored), the signed form token (too fast, too old, forged, another office's,
 * missing), rate limits per address and per office (429 with Retry-After; another address still gets through),
 * the body limit (413), urlencoded only (415), a repeated field (400); nothing stored on any refusal.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { buildApp } from '../../server/src/app';
import type { Db } from '../../server/src/db/db';
import { signFormToken } from '../../server/src/public-form/form-token';
import { describeEachDatabase } from '../helpers/databases';
import { createStaff, useFastPasswords } from '../helpers/staff';
import { createTestOffice, type TestOffice } from './escalations/support';
import { encodeForm, postForm, referenceOn, saveForm, tokenFor, writtenRows } from './intake/form-support';

useFastPasswords();

describeEachDatabase('the suggestion form against abuse', (getDb) => {
  let db: Db;
  let app: FastifyInstance;
  let office: TestOffice;
  let before: Record<string, number>;
  const post = (body: string, remoteAddress?: string) => postForm(app, 'town-hall', body, { remoteAddress });
  const good = async (changes: Record<string, string> = {}) => encodeForm({ token: await tokenFor(db, office.officeId), summary: 'More benches in Elm Park', ...changes });

  beforeEach(async () => {
    db = getDb();
    office = await createTestOffice(db);
    app = buildApp({ db });
    await saveForm(app, office);
    before = await writtenRows(db);
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await app.close();
  });

  it('thanks a bot that filled the honeypot with a reference that finds nothing, and stores nothing', async () => {
    const res = await post(await good({ honeypot: 'https://spam.example' }));
    expect(res.statusCode).toBe(200);
    const reference = referenceOn(res.body);
    expect(await writtenRows(db)).toEqual(before);
    expect((await app.inject({ method: 'GET', url: `/public/town-hall/status?ref=${reference}` })).statusCode).toBe(404);
  });

  it('refuses a token that is too fresh, too old, forged, of another office or missing, and shows the form again with a new one', async () => {
    const other = await createStaff(db, { role: 'admin', officeName: 'Elmford Library' });
    const fresh = await signFormToken(db, office.officeId);
    const valid = await tokenFor(db, office.officeId);
    const forged = `${valid.slice(0, -4)}${valid.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    const backdated = valid.replace(/^v1\.([^.]+)\.(\d+)\./, (_m, id: string, at: string) => `v1.${id}.${Number(at) - 60_000}.`);
    const cases: [string, string | undefined, RegExp][] = [
      ['too fast', fresh, /That was very quick/],
      ['expired', await tokenFor(db, office.officeId, 7 * 60 * 60), /open for a long time/],
      ['forged signature', forged, /open for a long time/],
      ['changed time', backdated, /open for a long time/],
      ['another office', await tokenFor(db, other.officeId), /open for a long time/],
      ['missing', undefined, /open for a long time/],
    ];
    for (const [i, [name, token, message]] of cases.entries()) {
      // One address each: six refusals from one address would meet its rate limit first.
      const res = await post(encodeForm({ token, summary: 'Kept summary' }), `198.51.100.${i + 10}`);
      expect(res.statusCode, name).toBe(400);
      expect(res.body, name).toMatch(message);
      expect(res.body, name).toContain('value="Kept summary"');
      const shown = /name="form_token" value="([^"]+)"/.exec(res.body)?.[1];
      expect(shown, name).toMatch(/^v1\./);
      expect(shown, name).not.toBe(token);
    }
    expect(await writtenRows(db)).toEqual(before);
  });

  it('limits submissions per address with 429 and Retry-After, while another address still gets through', async () => {
    for (let i = 0; i < 5; i += 1) expect((await post(await good(), '203.0.113.5')).statusCode).toBe(200);
    const limited = await post(await good(), '203.0.113.5');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(limited.body).toContain('Too many requests came from your connection');
    expect((await post(await good(), '203.0.113.6')).statusCode).toBe(200);
    expect((await writtenRows(db)).intake_submissions).toBe((before.intake_submissions ?? 0) + 6);
  });

  it('limits submissions per office across addresses, as SUGGESTION_FORM_RATE sets', async () => {
    vi.stubEnv('SUGGESTION_FORM_RATE', '100,3');
    const limitedApp = buildApp({ db });
    try {
      for (let i = 0; i < 3; i += 1) expect((await postForm(limitedApp, 'town-hall', await good(), { remoteAddress: `192.0.2.${i + 1}` })).statusCode).toBe(200);
      const res = await postForm(limitedApp, 'town-hall', await good(), { remoteAddress: '192.0.2.99' });
      expect(res.statusCode).toBe(429);
      expect(res.headers['retry-after']).toBeDefined();
    } finally {
      await limitedApp.close();
    }
  });

  it('limits status lookups per address', async () => {
    const lookup = (ip: string) => app.inject({ method: 'GET', url: '/public/town-hall/status?ref=ABCDE-12345', remoteAddress: ip });
    for (let i = 0; i < 30; i += 1) expect((await lookup('203.0.113.9')).statusCode).toBe(404);
    expect((await lookup('203.0.113.9')).statusCode).toBe(429);
    expect((await lookup('203.0.113.10')).statusCode).toBe(404);
  });

  it('refuses an oversized body (413), other content types (415) and a repeated field (400), storing nothing', async () => {
    const huge = await post(await good({ details: 'x'.repeat(70 * 1024) }));
    expect(huge.statusCode).toBe(413);
    expect(huge.body).toContain('longer than the form allows');
    for (const type of ['application/json', 'multipart/form-data; boundary=x', 'text/plain', 'application/xml']) {
      const res = await app.inject({ method: 'POST', url: '/public/town-hall/suggest', headers: { 'content-type': type }, payload: '{"summary":"x"}' });
      expect(res.statusCode, type).toBe(415);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    }
    const twice = await post(`${await good()}&summary=second`);
    expect(twice.statusCode).toBe(400);
    expect(twice.body).toContain('could not be read as this form');
    const arrayRef = await app.inject({ method: 'GET', url: '/public/town-hall/status?ref=a&ref=b' });
    expect(arrayRef.statusCode).toBe(400);
    expect(await writtenRows(db)).toEqual(before);
  });

  it('answers 404 for a form that is off, an unknown office and a malformed slug, without reading the body', async () => {
    await saveForm(app, office, { isEnabled: false });
    for (const slug of ['town-hall', 'nowhere', '..%2F..%2Fetc', 'UPPER']) {
      expect((await postForm(app, slug, await good())).statusCode, slug).toBe(404);
    }
    expect(await writtenRows(db)).toEqual(before);
  });
});
