/**
 * The public status list on PGlite and PostgreSQL: the settings are for admins alone (counter staff, go-to
 * people and facilitators refused), bad input is refused by field, the logo is checked by its bytes; the page
 * is a 404 in plain words until published; it shows only public projects, grouped by status, with how many
 * people raised them and no personal data; its headers allow framing only by the listed websites, no script;
 * it answers 304 to a revalidation; the feeds parse (XML well-formed, JSON Feed 1.1 fields) and move an entry's
 * date when its status changes.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { PublicPageResponseSchema } from '@shared/api/public-page';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { describeEachDatabase } from '../../helpers/databases';
import { createStaff, useFastPasswords } from '../../helpers/staff';
import { createTestOffice, type TestOffice } from '../escalations/support';
import { concernId } from '../sync/support';
import { HTML, HUGE_PNG, JPEG, PNG, SVG, WEBP } from './images';
import { concern, parseXml, projectRow, publish, publishedSettings, texts, writeRows } from './support';

useFastPasswords();

const MARIA = { name: 'Maria Lopez', email: 'maria.lopez@example.org', phone: '555 014 2368' };

describeEachDatabase('the public status list', (getDb) => {
  let db: Db;
  let app: FastifyInstance;
  let office: TestOffice;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  beforeEach(async () => {
    db = getDb();
    office = await createTestOffice(db);
    app = buildApp({ db });
  });
  afterEach(async () => {
    await app.close();
  });

  it('lets only admins read and change the settings', async () => {
    const first = await get('/api/admin/public-page', as(office.admin.token));
    expect(first.statusCode, first.body).toBe(200);
    const settings = PublicPageResponseSchema.parse(first.json()).settings;
    expect(settings).toMatchObject({ slug: 'town-hall', isPublished: false, officeName: 'Town Hall', path: '/public/town-hall/', logo: null });

    for (const role of ['counter', 'goto', 'facilitator'] as const) {
      const someone = await createStaff(db, { officeId: office.officeId, role });
      expect((await get('/api/admin/public-page', as(someone.token))).statusCode).toBe(403);
      const put = await app.inject({ method: 'PUT', url: '/api/admin/public-page', headers: as(someone.token), payload: publishedSettings('mine') });
      expect(put.statusCode).toBe(403);
      const logo = await app.inject({ method: 'PUT', url: '/api/admin/public-page/logo', headers: { ...as(someone.token), 'content-type': 'image/png' }, payload: PNG });
      expect(logo.statusCode).toBe(403);
    }
    expect((await get('/api/admin/public-page')).statusCode).toBe(401);
    expect((await get('/public/town-hall/')).statusCode).toBe(404);
  });

  it('refuses bad settings by field and keeps what was saved', async () => {
    await publish(app, office, publishedSettings('elmford', { introduction: 'Kept' }));
    const bad = await app.inject({
      method: 'PUT',
      url: '/api/admin/public-page',
      headers: as(office.admin.token),
      payload: publishedSettings('Not A Slug!', { websiteUrl: 'javascript:alert(1)', embedOrigins: ['https://town.example/path', 'ftp://x'] }),
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json<{ issues: { path: string }[] }>().issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['slug', 'websiteUrl', 'embedOrigins.0', 'embedOrigins.1']));
    const after = PublicPageResponseSchema.parse((await get('/api/admin/public-page', as(office.admin.token))).json()).settings;
    expect(after).toMatchObject({ slug: 'elmford', introduction: 'Kept', isPublished: true });

    const other = await createStaff(db, { role: 'admin', officeName: 'Elmford Library' });
    const taken = await app.inject({ method: 'PUT', url: '/api/admin/public-page', headers: as(other.token), payload: publishedSettings('elmford') });
    expect(taken.statusCode).toBe(409);
    expect(taken.json<{ message: string }>().message).toMatch(/already uses the address "elmford"/);
  });

  it('takes a PNG, JPEG or WebP logo by its bytes, refuses SVG, HTML and oversized files, and serves it safely', async () => {
    await publish(app, office, publishedSettings('town-hall'));
    const upload = (body: Buffer, type = 'image/png') =>
      app.inject({ method: 'PUT', url: '/api/admin/public-page/logo', headers: { ...as(office.admin.token), 'content-type': type }, payload: body });
    for (const [bytes, type] of [[JPEG, 'image/jpeg'], [WEBP, 'image/webp'], [PNG, 'image/png']] as const) {
      const res = await upload(bytes, 'application/octet-stream');
      expect(res.statusCode, res.body).toBe(200);
      expect(PublicPageResponseSchema.parse(res.json()).settings.logo).toMatchObject({ type, bytes: bytes.length });
    }
    const svg = await upload(SVG, 'image/png');
    expect(svg.statusCode).toBe(400);
    expect(svg.json<{ message: string }>().message).toMatch(/SVG images are not accepted/);
    expect((await upload(HTML)).json<{ message: string }>().message).toMatch(/not a PNG, JPEG or WebP/);
    const huge = await upload(HUGE_PNG);
    expect(huge.statusCode).toBe(413);
    expect(huge.json<{ message: string }>().message).toMatch(/at most 256 KB/);
    expect((await upload(Buffer.alloc(0))).statusCode).toBe(400);

    const page = await get('/public/town-hall/');
    const src = /<img src="([^"]+)"/.exec(page.body)?.[1]?.replace(/&amp;/g, '&');
    expect(src).toMatch(/^\/public\/town-hall\/logo\?v=\d+$/);
    const logo = await get(src ?? '');
    expect(logo.statusCode).toBe(200);
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.headers['x-content-type-options']).toBe('nosniff');
    expect(logo.rawPayload.equals(PNG)).toBe(true);

    const removed = await app.inject({ method: 'DELETE', url: '/api/admin/public-page/logo', headers: as(office.admin.token) });
    expect(PublicPageResponseSchema.parse(removed.json()).settings.logo).toBeNull();
    expect((await get('/public/town-hall/logo')).statusCode).toBe(404);
  });

  it('is a 404 page in plain words until published, and for unknown offices', async () => {
    await get('/api/admin/public-page', as(office.admin.token));
    for (const url of ['/public/town-hall/', '/public/town-hall/feed.json', '/public/nowhere/', `/public/${office.officeId}/`, '/public/town-hall/a/b']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('There is no public page at this address.');
    }
    await publish(app, office, publishedSettings('town-hall'));
    expect((await get('/public/town-hall/')).statusCode).toBe(200);
    // The office's id keeps working, whatever the slug becomes.
    expect((await get(`/public/${office.officeId}/`)).statusCode).toBe(200);
    const bare = await get('/public/town-hall');
    expect(bare.statusCode).toBe(301);
    expect(bare.headers.location).toBe('/public/town-hall/');
  });

  it('shows public projects by status, with how many raised them, and never their personal data', async () => {
    const shown = projectRow({
      title: 'Fix the lights on Elm Street',
      publicSummary: `Thanks to ${MARIA.name} (${MARIA.email}, ${MARIA.phone}) of 12 Oak Lane for telling us. Lopez was right.`,
      milestones: [{ id: projectRow().id, title: 'Call maria.lopez@example.org back', due: '2026-12-01', doneAt: null }],
    });
    const planned = projectRow({ title: 'New bins in the park', status: 'planned', progress: null, statusChangedAt: '2026-11-05T09:00:00.000Z' });
    const hidden = projectRow({ title: 'Secret staff project', isPublic: false });
    await writeRows(db, office.officeId, {
      concerns: [
        concern(1, { contact: { ...MARIA, preferredReply: 'email', consentToContact: true, anonymous: false }, raisedCount: 3 }),
        concern(2, { summary: 'My name is Joan Fairweather, bins overflow', raisedCount: 2 }),
        concern(3, { mergedInto: concernId(1) }),
        concern(4, { raisedCount: 50 }),
      ],
      projects: [shown, planned, hidden],
      links: [
        { projectId: shown.id, concernId: concernId(1) },
        { projectId: shown.id, concernId: concernId(3) },
        { projectId: shown.id, concernId: concernId(4), unlinked: true },
        { projectId: planned.id, concernId: concernId(2) },
      ],
    });
    await publish(app, office, publishedSettings('town-hall', { introduction: 'Hello from Joan Fairweather' }));
    const page = await get('/public/town-hall/');
    expect(page.statusCode).toBe(200);
    const body = page.body;
    for (const secret of [MARIA.name, 'Lopez', 'maria', '555 014', '12 Oak Lane', 'Joan', 'Fairweather', 'Secret staff project', 'Internal notes', 'Fay Moss']) {
      expect(body, secret).not.toContain(secret);
    }
    expect(body).toContain('Thanks to [name] ([email], [phone]) of [address] for telling us. [name] was right.');
    // 3 (Maria's, the merged one counted in it) + nothing for the unlinked one; 2 for the planned one.
    expect(body).toContain('Raised by 3 people');
    expect(body).toContain('Raised by 2 people');
    expect(body.indexOf('id="in-progress"')).toBeLessThan(body.indexOf('id="planned"'));
    expect(body).toMatch(/<progress id="progress-[^"]+" max="100" value="40">40%<\/progress>/);
    expect(body).not.toMatch(/<script/i);
  });

  it('allows framing only by the listed websites, runs no script and revalidates with an ETag', async () => {
    await publish(app, office, publishedSettings('town-hall', { embedOrigins: ['https://town.example', 'https://www.town.example'] }));
    const page = await get('/public/town-hall/');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors https://town.example https://www.town.example");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    expect(page.headers['x-frame-options']).toBeUndefined();
    expect(page.headers['cache-control']).toMatch(/max-age=60/);
    const etag = String(page.headers.etag);
    const again = await get('/public/town-hall/', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');

    await publish(app, office, publishedSettings('town-hall'));
    const closed = await get('/public/town-hall/');
    expect(String(closed.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(closed.headers['x-frame-options']).toBe('DENY');
    // The rest of the app keeps its own policy.
    expect(String((await get('/health')).headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('serves well-formed RSS and Atom and a JSON Feed 1.1, each entry dated by its status change', async () => {
    const lights = projectRow({ title: 'Lights <on> "Elm" & co', publicSummary: 'We said </description><script>x</script> & did it' });
    await writeRows(db, office.officeId, { projects: [lights] });
    await publish(app, office, publishedSettings('town-hall', { displayName: 'Elmford & Co' }));
    const headers = { host: 'notebook.town.example', 'x-forwarded-proto': 'https' };

    const rss = await get('/public/town-hall/feed.rss', headers);
    expect(rss.headers['content-type']).toMatch(/^application\/rss\+xml/);
    const rssDoc = parseXml(rss.body);
    expect(rssDoc.documentElement.getAttribute('version')).toBe('2.0');
    expect(texts(rssDoc, 'title')).toContain('In progress: Lights <on> "Elm" & co');
    expect(texts(rssDoc, 'link')[0]).toBe('https://notebook.town.example/public/town-hall/');
    expect(texts(rssDoc, 'pubDate')).toContain('Mon, 02 Nov 2026 09:00:00 GMT');

    const atom = await get('/public/town-hall/feed.atom', headers);
    expect(atom.headers['content-type']).toMatch(/^application\/atom\+xml/);
    const atomDoc = parseXml(atom.body);
    expect(atomDoc.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    expect(texts(atomDoc, 'id')).toEqual([`urn:uuid:${office.officeId}`, `urn:uuid:${lights.id}`]);
    expect(texts(atomDoc, 'content')[0]).toContain('We said </description><script>x</script> & did it'.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));

    const json = await get('/public/town-hall/feed.json', headers);
    expect(json.headers['content-type']).toMatch(/^application\/feed\+json/);
    const feed = json.json<{ version: string; title: string; home_page_url: string; feed_url: string; items: Record<string, unknown>[] }>();
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'You said, we did: Elmford & Co',
      home_page_url: 'https://notebook.town.example/public/town-hall/',
      feed_url: 'https://notebook.town.example/public/town-hall/feed.json',
    });
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({ id: lights.id, date_published: lights.statusChangedAt, url: `https://notebook.town.example/public/town-hall/#project-${lights.id}` });
    expect(String(feed.items[0]?.content_html)).not.toContain('<script>');

    const moved = { ...lights, status: 'done' as const, completedDate: '2026-12-01', statusChangedAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z' };
    await writeRows(db, office.officeId, { projects: [moved] });
    const after = (await get('/public/town-hall/feed.json', headers)).json<{ items: { title: string; date_published: string; date_modified: string }[] }>();
    expect(after.items[0]).toMatchObject({ title: 'Done: Lights <on> "Elm" & co', date_published: moved.statusChangedAt, date_modified: moved.updatedAt });
    expect((await get('/public/town-hall/feed.json', { ...headers, 'if-none-match': String(json.headers.etag) })).statusCode).toBe(200);
  });

  it('serves the embed script, which puts a titled, lazy iframe of the page where it is placed', async () => {
    await publish(app, office, publishedSettings('town-hall', { displayName: '</script><script>alert(1)</script>' }));
    const res = await get('/public/town-hall/embed.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.body).toContain("frame.loading = 'lazy'");
    expect(res.body).toContain("new URL('./?embed=1', script.src)");
    expect(res.body).not.toContain('</script>');
    const embedded = await get('/public/town-hall/?embed=1');
    expect(embedded.body).not.toContain('class="banner"');
  });
});
