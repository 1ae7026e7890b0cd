/**
 * The public endpoints that predate the suggestion form, under the hostile requests the form's fuzzing also
 * sends: the public page, its feeds, logo and embed script (issue 7) and the newsletter's unsubscribe pages.
 * test/server/public-page/public-page-fuzz.test.ts already fuzzes paths, headers and stored text; here every
 * method carries a body (random bytes, invalid UTF-8, JSON, a 2 MiB form, thousands of bracketed keys) under any
 * content type, with deep, duplicated and invalid-UTF-8 query parameters and traversal in the slug and token.
 * Each answer comes within HANG_MS, is never a 5xx, escapes what was sent, and no table changes. On both databases.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { describeEachDatabase } from '../../helpers/databases';
import { useFastPasswords } from '../../helpers/staff';
import { createTestOffice, type TestOffice } from '../escalations/support';
import { projectRow, publish, publishedSettings, writeRows } from '../public-page/support';
import {
  CONTENT_TYPES,
  RUNS,
  answer,
  expect4xx,
  expectEscaped,
  expectNo5xx,
  expectRateLimited,
  hostileBody,
  hostileQuery,
  hostileSegment,
  snapshotTables,
} from './support';

useFastPasswords();

const SLOW_MS = 60_000;
const PAGE_FILES = ['', 'feed.json', 'feed.rss', 'feed.atom', 'logo', 'embed.js'] as const;
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

describeEachDatabase('public page and unsubscribe pages under hostile requests', (getDb) => {
  let db: Db;
  let app: FastifyInstance;
  let office: TestOffice;

  beforeEach(async () => {
    db = getDb();
    office = await createTestOffice(db);
    app = buildApp({ db });
    await publish(app, office, publishedSettings('town-hall', { embedOrigins: ['https://town.example'] }));
    await writeRows(db, office.officeId, { projects: [projectRow()] });
  });
  afterEach(async () => {
    await app.close();
  });

  it('answers any method, body, content type and query on the page and its files without a 5xx or a write', async () => {
    const baseline = (await answer(app, { method: 'GET', url: '/public/town-hall/' })).body;
    expect(baseline).toContain('Fix the lights on Elm Street');
    const before = await snapshotTables(db);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 2, arbitrary: fc.constant('town-hall') }, { weight: 1, arbitrary: hostileSegment }),
        fc.constantFrom(...PAGE_FILES),
        fc.constantFrom(...METHODS),
        hostileQuery(['embed', 'v', 'ref']),
        fc.option(fc.tuple(hostileBody, fc.constantFrom(...CONTENT_TYPES))),
        async (slug, file, method, query, body) => {
          const url = `/public/${slug}/${file}${query === '' ? '' : `?${query}`}`;
          const res = await answer(app, {
            method,
            url,
            ...(body === null ? {} : { payload: body[0], headers: { 'content-type': body[1] } }),
          });
          expectNo5xx(res, `${method} ${url.slice(0, 200)}`);
          // The page and its files are read-only: nothing but GET and HEAD (and a browser's OPTIONS) succeeds.
          if (!['GET', 'HEAD', 'OPTIONS'].includes(method)) expect4xx(res, `${method} ${url.slice(0, 200)}`);
          expectEscaped(res, baseline, [decodeURIComponentSafe(slug), decodeURIComponentSafe(query)]);
        },
      ),
      { numRuns: RUNS * 2 },
    );
    expect(await snapshotTables(db)).toEqual(before);
  }, SLOW_MS);

  it('refuses any hostile token, method and body on the unsubscribe pages with a 4xx, and writes nothing', async () => {
    const before = await snapshotTables(db);
    let client = 0;
    await fc.assert(
      fc.asyncProperty(
        hostileSegment,
        fc.constantFrom(...METHODS),
        hostileQuery(['token', 'List-Unsubscribe']),
        fc.option(fc.tuple(hostileBody, fc.constantFrom(...CONTENT_TYPES))),
        async (token, method, query, body) => {
          client += 1;
          const url = `/newsletter/unsubscribe/${token}${query === '' ? '' : `?${query}`}`;
          const res = await answer(app, {
            method,
            url,
            // Each request from an address of its own: the per-address limit has its own test below.
            remoteAddress: `198.51.100.${client % 250}`,
            ...(body === null ? {} : { payload: body[0], headers: { 'content-type': body[1] } }),
          });
          // An oversized body is a 413, an unknown token a 404 page, a method with no route the app's 404.
          expect4xx(res, `${method} ${url.slice(0, 200)}`);
          expectEscaped(res, '', [decodeURIComponentSafe(token), decodeURIComponentSafe(query)]);
        },
      ),
      { numRuns: RUNS * 2 },
    );
    expect(await snapshotTables(db)).toEqual(before);
  }, SLOW_MS);

  it('holds the unsubscribe pages to 60 requests a minute per address, and lets another address through', async () => {
    const url = `/newsletter/unsubscribe/${'A'.repeat(43)}`;
    const limited = await expectRateLimited(app, (remoteAddress) => ({ method: 'GET', url, remoteAddress }), 60, {
      limited: '203.0.113.9',
      other: '203.0.113.10',
    });
    expect(limited.headers['content-type']).toBe('text/html; charset=utf-8');
  });
});

/** The text a percent-encoded value stands for, or the value itself when it does not decode (invalid UTF-8). */
function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
