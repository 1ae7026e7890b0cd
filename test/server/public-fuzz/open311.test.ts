/**
 * Open311 GeoReport v2 (issue 9) under hostile requests, on both databases:
 *
 * - any method, resource, format, query, content type and body under an office's endpoint, without a key: never
 *   a 5xx, every error in the spec's format (a list of {code, description}, the HTTP status as code; XML that
 *   parses strictly), and nothing stored;
 * - POST requests with a good key and hostile fields, as a form or as JSON (numbers as ids, arrays, objects,
 *   repeated fields, coordinates out of range, markup, control characters): a created request whose ids are
 *   strings, or a 4xx in the spec's format with nothing stored; a created request reads back the same in JSON
 *   and XML, and no public read shows the citizen's email, phone or names;
 * - the per-address limits of posts and reads (429 with Retry-After in the spec's format; another address
 *   still gets through).
 */
import fc from 'fast-check';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Open311CreatedSchema, Open311ErrorsSchema, Open311RequestsSchema } from '@shared/open311/schemas';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { describeEachDatabase } from '../../helpers/databases';
import { useFastPasswords } from '../../helpers/staff';
import { openEndpoint, xmlAsJson, type Open311Office } from '../open311/support';
import { parseXml } from '../public-page/support';
import { answer, CONTENT_TYPES, expectNo5xx, expectRateLimited, hostileBody, hostileQuery, hostileSegment, hostileText, percentEncode, RUNS, snapshotTables } from './support';

useFastPasswords();

const SLOW_MS = 90_000;
/** The one table a request with a good key may change when it is refused: the key's last-used time. */
const KEY_TABLE = 'open311_api_keys';

/** The answer is a success, or an error list in the spec's format whose codes are the HTTP status. */
function expectSpecAnswer(res: LightMyRequestResponse, what: string): void {
  expectNo5xx(res, what);
  const type = String(res.headers['content-type'] ?? '');
  if (res.raw.req.method === 'HEAD') return;
  if (res.statusCode < 400) {
    if (type.includes('xml')) expect(() => parseXml(res.body), what).not.toThrow();
    return;
  }
  // A URL Fastify's router cannot take (undecodable, or a segment past 100 characters: 414) is refused before any
  // route runs, in Fastify's words: a clear 4xx, not in the spec's format (reported to the lead as a nicety).
  if (type.includes('json') && /"code":"FST_ERR_(BAD_URL|MAX_PARAM_LENGTH)"/.test(res.body)) return;
  const errors = Open311ErrorsSchema.parse(type.includes('xml') ? xmlAsJson(res.body) : JSON.parse(res.body));
  for (const error of errors) expect(error.code, what).toBe(res.statusCode);
}

const resource = fc.oneof(
  fc.constantFrom('services', 'requests', 'services/streetlights', 'requests/1', 'discovery', 'services/', 'requests/'),
  hostileSegment.map((s) => `requests/${s}`),
  hostileSegment.map((s) => `services/${s}`),
  hostileSegment,
);

describeEachDatabase('Open311 under hostile requests', (getDb) => {
  let db: Db;
  let app: FastifyInstance;
  let office: Open311Office;
  let client = 0;
  const nextAddress = () => `198.19.${Math.floor(++client / 250) % 250}.${client % 250}`;

  beforeEach(async () => {
    db = getDb();
    app = buildApp({ db });
    office = await openEndpoint(app, db);
  });
  afterEach(async () => {
    await app.close();
  });

  it('answers any method, resource, query and body without a key in the spec’s format, never a 5xx, storing nothing', async () => {
    const before = await snapshotTables(db);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 3, arbitrary: fc.constant('town-hall') }, { weight: 1, arbitrary: hostileSegment }),
        resource,
        fc.constantFrom('.json', '.xml', '', '.html', '.JSON'),
        fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS'),
        hostileQuery(['service_request_id', 'service_code', 'start_date', 'end_date', 'status', 'api_key', 'jurisdiction_id']),
        fc.option(fc.tuple(hostileBody, fc.constantFrom(...CONTENT_TYPES))),
        async (slug, path, format, method, query, body) => {
          const prefix = path === 'discovery' ? `/open311/${slug}/` : `/open311/${slug}/v2/`;
          const url = `${prefix}${path}${format}${query === '' ? '' : `?${query}`}`;
          const res = await answer(app, { method, url, remoteAddress: nextAddress(), ...(body === null ? {} : { payload: body[0], headers: { 'content-type': body[1] } }) });
          // A slug of ".." takes the address out of /open311/ (clients resolve dot segments): the app's own 404.
          if (!new URL(url, 'http://x').pathname.startsWith('/open311/')) expectNo5xx(res, url);
          else expectSpecAnswer(res, `${method} ${url.slice(0, 200)}`);
        },
      ),
      { numRuns: RUNS * 2 },
    );
    expect(await snapshotTables(db)).toEqual(before);
  }, SLOW_MS);

  it('creates a request from hostile fields with string ids, or refuses it in the spec’s format storing nothing', async () => {
    const code = office.settings.services.find((s) => s.isEnabled)?.code ?? '';
    const field = fc.oneof({ weight: 2, arbitrary: hostileText }, { weight: 1, arbitrary: fc.double().map(String) }, { weight: 1, arbitrary: fc.constant('') });
    /** A plain value most of the time (so some requests are created), a hostile one otherwise. */
    // Plain most of the time: a request is created only when every field passes, so hostile values stay the minority.
    const mostly = (...plain: string[]) => fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...plain) }, { weight: 1, arbitrary: field });
    const jsonValue = fc.oneof({ weight: 4, arbitrary: field }, { weight: 1, arbitrary: fc.oneof(fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 2 }), fc.constant({ nested: '<b>' })) });
    const fields = fc.record(
      {
        service_code: fc.oneof({ weight: 4, arbitrary: fc.constant(code) }, { weight: 1, arbitrary: field }),
        address_string: mostly('12 Elm Street', '<script>alert(1)</script> Elm Street'),
        email: mostly('ana.ferreira@example.org', 'not-an-email'),
        first_name: mostly('Ana'),
        last_name: mostly('Ferreira'),
        phone: mostly('+44 20 7946 0321'),
        description: mostly('The street light outside number 12 is out', '"><img src=x onerror=alert(1)>'),
        media_url: mostly('https://example.org/p.jpg', 'javascript:alert(1)'),
      },
      { requiredKeys: ['service_code', 'address_string'] },
    );
    // Coordinates come as a pair or not at all (the spec's rule), good or out of range.
    const coordinates = fc.oneof(
      { weight: 2, arbitrary: fc.constant({}) },
      { weight: 2, arbitrary: fc.constant({ lat: '51.5', long: '-0.12' }) },
      { weight: 1, arbitrary: fc.record({ lat: mostly('-90', '90.0001', '1e400', 'NaN'), long: mostly('180', '-180.5', '0x10') }, { requiredKeys: [] }) },
    );
    const request = fc.tuple(fields, coordinates).map(([f, c]) => ({ ...f, ...c }) as Record<string, string>);
    let before = await snapshotTables(db, [KEY_TABLE]);
    const seen = { created: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(request, fc.boolean(), fc.oneof({ weight: 3, arbitrary: fc.constant({} as Record<string, unknown>) }, { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('lat', 'email', 'service_code'), jsonValue, { maxKeys: 2 }) }), fc.constantFrom('json', 'xml'), async (values, asJson, odd, format) => {
        const payload = asJson
          ? JSON.stringify({ api_key: office.key, ...values, ...odd })
          : [`api_key=${office.key}`, ...Object.entries(values).map(([k, v]) => `${k}=${percentEncode(v)}`), ...Object.entries(odd).map(([k, v]) => `${k}=${percentEncode(String(v))}`)].join('&');
        const contentType = asJson ? 'application/json' : 'application/x-www-form-urlencoded';
        const res = await answer(app, { method: 'POST', url: `${office.base}requests.${format}`, headers: { 'content-type': contentType }, payload, remoteAddress: nextAddress() });
        const what = `${format} ${payload.slice(0, 300)}: ${res.body.slice(0, 300)}`;
        expectSpecAnswer(res, what);
        const previous = before;
        before = await snapshotTables(db, [KEY_TABLE]);
        if (res.statusCode >= 400) {
          seen.refused += 1;
          expect(before, what).toEqual(previous);
          return;
        }
        seen.created += 1;
        const created = Open311CreatedSchema.parse(format === 'xml' ? xmlAsJson(res.body) : JSON.parse(res.body));
        const id = created[0]?.service_request_id ?? '';
        expect(typeof id).toBe('string');
        const [json, xml] = await Promise.all(['json', 'xml'].map((f) => answer(app, { method: 'GET', url: `${office.base}requests/${percentEncode(id)}.${f}`, remoteAddress: nextAddress() })));
        expect(json?.statusCode, json?.body).toBe(200);
        expect(xmlAsJson(xml?.body ?? '')).toEqual(Open311RequestsSchema.parse(JSON.parse(json?.body ?? '')));
        for (const personal of [values.email, values.phone, values.first_name, values.last_name, odd.email]) {
          // What the citizen also wrote in a public field (the address, the description) is public there.
          const isAlsoPublic = [values.address_string, values.description, values.service_code].some((v) => typeof personal === 'string' && (v ?? '').includes(personal.trim()));
          if (typeof personal === 'string' && personal.trim().length >= 6 && !isAlsoPublic) {
            expect(json?.body).not.toContain(JSON.stringify(personal.trim()).slice(1, -1));
            expect(xml?.body).not.toContain(personal.trim());
          }
        }
      }),
      { numRuns: RUNS * 2 },
    );
    expect(seen.created).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  }, SLOW_MS);

  // Once answered 500: the route decoded Fastify's already decoded wildcard again, so a "%" (sent as %25) threw
  // URIError, and a NUL (%00) in an id reached PostgreSQL, which refuses it in text.
  for (const [label, path] of [['a "%" in a request id', 'requests/%25.json'], ['a "%" in a service code', 'services/%25.json'], ['a NUL in a request id', 'requests/%00.json'], ['a NUL in service_request_id', 'requests.json?service_request_id=%00']] as const) {
    it(`answers ${label} with a 4xx in the spec's format, not a 500`, async () => {
      const res = await answer(app, { method: 'GET', url: `${office.base}${path}`, remoteAddress: nextAddress() });
      expectSpecAnswer(res, path);
    });
  }

  it('limits posts and reads per client address in the spec’s format, and lets another address through', async () => {
    const post = (remoteAddress: string) => ({ method: 'POST' as const, url: `${office.base}requests.json`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'api_key=wrong', remoteAddress });
    const limitedPost = await expectRateLimited(app, post, 60, { limited: '203.0.113.21', other: '203.0.113.22' });
    expect(Open311ErrorsSchema.parse(limitedPost.json())[0]?.code).toBe(429);
    const read = (remoteAddress: string) => ({ method: 'GET' as const, url: `${office.base}services.xml`, remoteAddress });
    const limitedRead = await expectRateLimited(app, read, 300, { limited: '203.0.113.23', other: '203.0.113.24' });
    expect(Open311ErrorsSchema.parse(xmlAsJson(limitedRead.body))[0]?.code).toBe(429);
  }, SLOW_MS);
});
