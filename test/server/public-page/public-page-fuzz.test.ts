/**
 * Fuzzing every public endpoint of the status list (fast-check): random and hostile paths, query strings,
 * headers and office addresses never get a 5xx, an error is a 4xx page that says what happened in words, and
 * hostile text in every public field of a project is escaped everywhere it appears: never a tag on the page,
 * always well-formed XML in the feeds and valid JSON in the JSON feed. On both databases.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { PROJECT_LIMITS, PROJECT_STATUSES } from '@shared/domain/project';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { describeEachDatabase } from '../../helpers/databases';
import { useFastPasswords } from '../../helpers/staff';
import { createTestOffice, type TestOffice } from '../escalations/support';
import { parseXml, projectRow, publish, publishedSettings, writeRows } from './support';

useFastPasswords();

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const PAYLOADS = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", ']]><!--', '&amp;&lt;', '&#x3C;script&#x3E;',
  '\u0000', '\u0008', '\uFFFE', '\uD800', '\u2028', '{{7*7}}', '${7*7}', 'javascript:alert(1)', '</description></item>', '<![CDATA[x]]>',
  '%3Cscript%3E', '../../etc/passwd', '\r\nSet-Cookie: x=1',
];
const hostileText = fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));
const hostileLine = fc.array(hostileText, { maxLength: 6 }).map((parts) => parts.join(' '));
const segment = fc.oneof(
  fc.constantFrom('town-hall', 'feed.json', 'feed.rss', 'feed.atom', 'logo', 'embed.js', '', '..', '.', '%00', '%2e%2e', '%ZZ', 'a'.repeat(120), '00000000-0000-0000-0000-000000000000'),
  fc.string({ maxLength: 20 }).map(encodeURIComponent),
  fc.uuid(),
);
// Only what an HTTP client can send at all: visible ASCII and spaces in header values.
const headerValue = fc.oneof(fc.constantFrom('*', '"x"', 'W/"x"', 'https', 'http', 'evil.example', '[::1]:80', 'a b', ''), fc.string({ maxLength: 60 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')));

const PAGE_TAGS = new Set('html head meta title link style body a header div p main h1 h2 h3 h4 nav ul ol li section article span label progress dl dt dd time footer br strong'.split(' '));
const PAGE_ATTRIBUTES = new Set('lang charset name content rel type title href class id tabindex aria-label aria-labelledby for max value datetime target'.split(' '));

/**
 * Every tag or attribute in markup that the page itself never writes. Exact for this page: its text is escaped,
 * so each "<" starts one of its tags, and its attribute values are quoted with their quotes escaped.
 */
function foreignMarkup(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z:-]+(?:="[^"]*")?)*)\s*\/?>|<(?![!/]?[a-zA-Z])/g)) {
    const [whole, , name, attributes] = tag;
    if (name === undefined) {
      if (!whole.startsWith('<!doctype')) found.push(`stray ${whole}`);
      continue;
    }
    if (!PAGE_TAGS.has(name.toLowerCase())) found.push(`<${name}>`);
    for (const attribute of (attributes ?? '').matchAll(/\s+([a-zA-Z:-]+)(?:="[^"]*")?/g)) {
      if (!PAGE_ATTRIBUTES.has(attribute[1] ?? '')) found.push(`${name} ${attribute[1]}`);
    }
  }
  return found;
}

describeEachDatabase('the public status list under fuzzing', (getDb) => {
  let db: Db;
  let app: FastifyInstance;
  let office: TestOffice;

  beforeEach(async () => {
    db = getDb();
    office = await createTestOffice(db);
    app = buildApp({ db });
    await publish(app, office, publishedSettings('town-hall', { embedOrigins: ['https://town.example'] }));
  });
  afterEach(async () => {
    await app.close();
  });

  it('answers any path, query and headers without a 5xx, and any error in words', async () => {
    await writeRows(db, office.officeId, { projects: [projectRow()] });
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 20 }), { maxKeys: 3 }),
        fc.record({ host: headerValue, 'if-none-match': headerValue, 'x-forwarded-proto': headerValue, accept: headerValue }, { requiredKeys: [] }),
        fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS'),
        async (segments, query, headers, method) => {
          const search = new URLSearchParams(query).toString();
          const url = `/public/${segments.join('/')}${search === '' ? '' : `?${search}`}`;
          const res = await app.inject({ method: method as 'GET', url, headers });
          expect(res.statusCode, `${method} ${url}`).toBeLessThan(500);
          if (res.statusCode >= 400 && method !== 'HEAD') {
            // Under /public/ the page's own words; a path that resolves elsewhere (/public/%2e%2e is /) the app's JSON 404.
            expect(res.body, `${method} ${url}`).toMatch(/There is no public page at this address|not one the public page understands|"error":"Not found"|"message":"'[^"]*' is not a valid url component"/);
          }
          if (String(res.headers['content-type']).startsWith('text/html')) {
            expect(res.body).not.toMatch(/<script/i);
            expect(String(res.headers['content-security-policy'])).toContain("default-src 'none'");
          }
        },
      ),
      { numRuns: RUNS * 3 },
    );
  });

  it('escapes hostile text in every public field on the page and in every feed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          title: hostileLine.map((s) => s.trim().slice(0, PROJECT_LIMITS.title) || 'x'),
          publicSummary: hostileLine.map((s) => s.trim().slice(0, PROJECT_LIMITS.publicSummary)),
          milestone: hostileLine.map((s) => s.trim().slice(0, PROJECT_LIMITS.milestoneTitle) || 'm'),
          status: fc.constantFrom(...PROJECT_STATUSES),
          introduction: hostileLine.map((s) => s.slice(0, 1000)),
          displayName: hostileLine.map((s) => s.replace(/\p{Cc}/gu, '').slice(0, 120)),
        }),
        async (fields) => {
          const row = projectRow({ title: fields.title, publicSummary: fields.publicSummary, status: fields.status, milestones: [{ id: projectRow().id, title: fields.milestone, due: '', doneAt: null }] });
          await db.query('delete from projects where office_id = $1', [office.officeId]);
          await writeRows(db, office.officeId, { projects: [row] });
          const saved = await app.inject({
            method: 'PUT',
            url: '/api/admin/public-page',
            headers: { authorization: `Bearer ${office.admin.token}` },
            payload: publishedSettings('town-hall', { introduction: fields.introduction, displayName: fields.displayName }),
          });
          // Control characters in the introduction are refused by field, in words; anything else is taken.
          if (/[^\P{Cc}\t\n\r]/u.test(fields.introduction.trim())) {
            expect(saved.statusCode).toBe(400);
            expect(saved.json<{ issues: { path: string }[] }>().issues.map((i) => i.path)).toEqual(['introduction']);
          } else {
            expect(saved.statusCode, saved.body).toBe(200);
          }
          const page = await app.inject({ method: 'GET', url: '/public/town-hall/' });
          expect(page.statusCode).toBe(200);
          // The only tags are the page's own: no script, no handler attribute, no injected image or svg.
          expect(foreignMarkup(page.body)).toEqual([]);
          for (const format of ['rss', 'atom'] as const) {
            const feed = await app.inject({ method: 'GET', url: `/public/town-hall/feed.${format}` });
            expect(feed.statusCode).toBe(200);
            expect(() => parseXml(feed.body)).not.toThrow();
          }
          const json = await app.inject({ method: 'GET', url: '/public/town-hall/feed.json' });
          const items = (JSON.parse(json.body) as { items: { content_html: string }[] }).items;
          for (const item of items) expect(foreignMarkup(item.content_html)).toEqual([]);
          const script = await app.inject({ method: 'GET', url: '/public/town-hall/embed.js' });
          expect(script.body.match(/<\/script/gi)).toBeNull();
        },
      ),
      { numRuns: RUNS },
    );
  });
});
