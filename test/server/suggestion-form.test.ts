/**
 * The suggestion form on PGlite and PostgreSQL: only admins turn it on (a 404 until then), it offers the
 * office's categories under the office's framing rules with no script, a submission becomes a web-form concern
 * with a reference shown on the thank-you page, mistakes come back by field with the person's text kept and
 * escaped, and the status lookup shows the status in plain words and nothing personal.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { SuggestionFormResponseSchema } from '@shared/api/suggestion-form';
import type { Concern } from '@shared/domain/concern';
import { buildApp } from '../../server/src/app';
import type { Db } from '../../server/src/db/db';
import { describeEachDatabase } from '../helpers/databases';
import { createStaff, useFastPasswords } from '../helpers/staff';
import { createTestOffice, type TestOffice } from './escalations/support';
import { encodeForm, postForm, referenceOn, saveForm, tokenFor, writtenRows, type FormInput } from './intake/form-support';
import { projectRow, publish, publishedSettings, writeRows } from './public-page/support';

useFastPasswords();

const SCRIPT = '<script>alert(1)</script>';
const CITIZEN = { name: 'Maria Lopez', email: 'maria.lopez@example.org', phone: '555 014 2368' };

describeEachDatabase('the suggestion form', (getDb) => {
  let db: Db;
  let app: FastifyInstance;
  let office: TestOffice;
  const get = (url: string) => app.inject({ method: 'GET', url });
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const send = async (input: FormInput, query?: string) => postForm(app, 'town-hall', encodeForm({ token: await tokenFor(db, office.officeId), ...input }), { query });

  beforeEach(async () => {
    db = getDb();
    office = await createTestOffice(db);
    app = buildApp({ db });
  });
  afterEach(async () => {
    await app.close();
  });

  it('is a 404 until an admin turns it on, and only admins may', async () => {
    expect((await get('/public/town-hall/suggest')).statusCode).toBe(404);
    const first = SuggestionFormResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/admin/suggestion-form', headers: as(office.admin.token) })).json()).settings;
    expect(first).toMatchObject({ isEnabled: false, hasDefaultCategories: true, formPath: '/public/town-hall/suggest', statusPath: '/public/town-hall/status' });
    expect((await get('/public/town-hall/suggest')).statusCode).toBe(404);
    expect((await get('/public/town-hall/status')).statusCode).toBe(404);

    const counter = await createStaff(db, { officeId: office.officeId, role: 'counter' });
    const refused = await app.inject({ method: 'PUT', url: '/api/admin/suggestion-form', headers: as(counter.token), payload: { isEnabled: true, categories: [] } });
    expect(refused.statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/admin/suggestion-form' })).statusCode).toBe(401);
    const bad = await app.inject({ method: 'PUT', url: '/api/admin/suggestion-form', headers: as(office.admin.token), payload: { isEnabled: 'yes', categories: ['A', 'a'] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ issues: { path: string }[] }>().issues.map((i) => i.path)).toEqual(expect.arrayContaining(['isEnabled', 'categories']));

    await saveForm(app, office);
    expect((await get('/public/town-hall/suggest')).statusCode).toBe(200);
    await saveForm(app, office, { isEnabled: false });
    expect((await get('/public/town-hall/suggest')).statusCode).toBe(404);
  });

  it("serves the form with the office's categories, no script, framed only by the listed websites", async () => {
    await publish(app, office, publishedSettings('town-hall', { embedOrigins: ['https://town.example'] }));
    await saveForm(app, office, { categories: ['Streetlights', 'Noise'] });
    const res = await get('/public/town-hall/suggest');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain('frame-ancestors https://town.example');
    expect(csp).not.toContain('script-src');
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.body).not.toContain('<script');
    expect(res.body).toContain('<option value="Streetlights">Streetlights</option><option value="Noise">Noise</option>');
    expect(res.body).toMatch(/<label for="f-summary">/);
    expect(res.body).toMatch(/name="form_token" value="v1\./);
    expect(res.body).toContain('class="banner"');
    expect((await get('/public/town-hall/suggest?embed=1')).body).not.toContain('class="banner"');
    expect((await get('/public/town-hall/suggest?embed=1')).body).toContain('action="/public/town-hall/suggest?embed=1"');

    const script = await get('/public/town-hall/suggest/embed.js');
    expect(script.statusCode).toBe(200);
    expect(script.body).toContain("new URL('../suggest?embed=1', script.src)");
  });

  it('takes a submission as a web-form concern and shows its reference, whose status page shows nothing personal', async () => {
    await saveForm(app, office);
    const before = await writtenRows(db);
    const res = await send({
      summary: 'The lamp outside the library is out',
      details: 'Since Monday; Maria Lopez of 12 Oak Lane saw it first.',
      category: 'Streetlights',
      address: '12 Oak Lane',
      area: 'Old Town',
      ...CITIZEN,
      consentToContact: 'yes',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain('Thank you, we have your suggestion');
    const reference = referenceOn(res.body);
    expect(res.body).toContain(`/public/town-hall/status?ref=${reference}`);
    const after = await writtenRows(db);
    expect(after.concerns).toBe((before.concerns ?? 0) + 1);
    expect(after.intake_submissions).toBe((before.intake_submissions ?? 0) + 1);

    const { rows } = await db.query<{ row: Concern }>('select row from concerns where office_id = $1', [office.officeId]);
    expect(rows[0]?.row).toMatchObject({
      channel: 'web-form',
      createdBy: 'Web form',
      category: 'Streetlights',
      location: { address: '12 Oak Lane', area: 'Old Town' },
      contact: { ...CITIZEN, consentToContact: true, consentToUpdates: false, preferredReply: 'email', anonymous: false },
      priority: 'normal',
      status: 'new',
    });

    for (const typed of [reference, reference.toLowerCase().replace('-', ' ')]) {
      const status = await get(`/public/town-hall/status?ref=${encodeURIComponent(typed)}`);
      expect(status.statusCode).toBe(200);
      expect(status.body).toContain('Received: it is waiting to be read.');
      expect(status.body).toContain('Streetlights');
      for (const secret of [...Object.values(CITIZEN), 'Oak Lane', 'Old Town', 'The lamp outside', 'Since Monday', 'Web form']) {
        expect(status.body).not.toContain(secret);
      }
    }
  });

  it('answers another office’s reference exactly as a made-up one', async () => {
    await saveForm(app, office);
    const other = await createStaff(db, { role: 'admin', officeName: 'Elmford Library' });
    const otherOffice = { ...office, officeId: other.officeId, admin: other };
    await publish(app, otherOffice, publishedSettings('elmford'));
    await saveForm(app, otherOffice);
    const theirs = referenceOn((await postForm(app, 'elmford', encodeForm({ token: await tokenFor(db, other.officeId), summary: 'Longer opening hours' }))).body);
    const foreign = await get(`/public/town-hall/status?ref=${theirs}`);
    const madeUp = await get('/public/town-hall/status?ref=ABCDE-12345');
    expect(foreign.statusCode).toBe(404);
    expect(madeUp.statusCode).toBe(404);
    expect(foreign.body.replaceAll(theirs, 'X')).toBe(madeUp.body.replaceAll('ABCDE-12345', 'X'));
    expect(foreign.body).toContain(`We have no suggestion with the reference ${theirs}.`);
    expect((await get(`/public/elmford/status?ref=${theirs}`)).statusCode).toBe(200);
  });

  it('shows each mistake beside its field and in a focused summary, keeps what was typed, and stores nothing', async () => {
    await saveForm(app, office);
    const before = await writtenRows(db);
    const res = await send({ summary: '  ', email: 'maria.at.example', area: 'x'.repeat(121), category: 'Not offered', name: 'Maria', consentToUpdates: 'yes', details: 'Kept text' });
    expect(res.statusCode).toBe(400);
    const body = res.body;
    expect(body).toMatch(/<title>Error: /);
    expect(body).toMatch(/<div class="error-summary" role="alert"[^>]*autofocus>/);
    for (const [field, message] of [
      ['summary', 'Write your suggestion in a sentence or two'],
      ['email', 'Enter an email address like name@example.org'],
      ['area', 'The area can be at most 120 characters'],
      ['category', 'Choose one of the topics in the list'],
    ] as const) {
      expect(body).toContain(`<li><a href="#f-${field}">${message}</a></li>`);
      expect(body).toMatch(new RegExp(`id="f-${field}-error"><span class="visually-hidden">Error: </span>${message}`));
      expect(body).toMatch(new RegExp(`id="f-${field}" name="[a-z_]+" aria-describedby="[^"]*f-${field}-error" aria-invalid="true"`));
    }
    expect(body).toContain('>Kept text</textarea>');
    expect(body).toContain('value="Maria"');
    expect(body).toMatch(/id="f-consent-newsletter" name="consent_newsletter" value="yes" checked/);
    expect(await writtenRows(db)).toEqual(before);

    const noWay = await send({ summary: 'Call me back', consentToContact: 'yes' });
    expect(noWay.statusCode).toBe(400);
    expect(noWay.body).toContain('Give an email address or phone number so we can contact you');
    const newsletter = await send({ summary: 'Send me news', name: 'Maria', consentToUpdates: 'yes' });
    expect(newsletter.body).toContain('Give your email address to get the newsletter');
    expect(await writtenRows(db)).toEqual(before);
  });

  it('escapes script in every value it shows back: fields, the office name, categories and a typed reference', async () => {
    await saveForm(app, office, { categories: [`Parks ${SCRIPT}`] });
    await db.query('update offices set name = $1 where id = $2', [`Town ${SCRIPT} Hall`, office.officeId]);
    const input: FormInput = { token: await tokenFor(db, office.officeId), email: 'not an email' };
    for (const field of ['summary', 'details', 'address', 'area', 'name', 'phone'] as const) input[field] = `${field} ${SCRIPT}"'>`;
    const res = await postForm(app, 'town-hall', encodeForm(input));
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toMatch(/<script/i);
    expect(res.body).toContain('summary &lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&gt;');
    expect(res.body).toContain('Town &lt;script&gt;');
    expect(res.body).toContain('Parks &lt;script&gt;');
    const status = await get(`/public/town-hall/status?ref=${encodeURIComponent(`"><script>x`)}`);
    expect(status.statusCode).toBe(404);
    expect(status.body).not.toMatch(/<script/i);
    expect(status.body).toContain('&quot;&gt;&lt;script&gt;x');
  });

  it('shows the status of a combined submission and the public project it led to, only once the status list is published', async () => {
    await saveForm(app, office);
    const reference = referenceOn((await send({ summary: 'The lamps on Elm Street are out', name: 'Maria Lopez' })).body);
    const { rows } = await db.query<{ id: string; row: Concern }>('select id, row from concerns where office_id = $1', [office.officeId]);
    const own = rows[0];
    if (own === undefined) throw new Error('no concern');
    const survivor = { ...own.row, id: '0195939c-2f60-7000-8000-00000000c0de', status: 'in-progress' as const, firstResponseAt: '2026-11-03T09:00:00.000Z' };
    const project = projectRow({ title: 'New lamps for Elm Street', publicSummary: 'We are replacing 14 lamps.' });
    await writeRows(db, office.officeId, { concerns: [survivor, { ...own.row, status: 'closed', mergedInto: survivor.id }], projects: [project], links: [{ projectId: project.id, concernId: survivor.id }] });

    const hidden = await get(`/public/town-hall/status?ref=${reference}`);
    expect(hidden.body).toContain('In progress: staff are working on it.');
    expect(hidden.body).toContain('Someone else suggested something very similar');
    expect(hidden.body).toContain('<time datetime="2026-11-03">3 November 2026</time>');
    expect(hidden.body).not.toContain('New lamps for Elm Street');

    await publish(app, office, publishedSettings('town-hall'));
    const shown = await get(`/public/town-hall/status?ref=${reference}`);
    expect(shown.body).toContain('New lamps for Elm Street');
    expect(shown.body).toContain('We are replacing 14 lamps.');
    expect(shown.body).toContain('In progress, 40% done');
    expect(shown.body).not.toContain('Maria Lopez');
    expect(shown.body).not.toContain('Fay Moss');
  });
});
