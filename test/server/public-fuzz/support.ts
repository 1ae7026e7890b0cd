/**
 * What the public endpoints' fuzz tests share: hostile input (script and markup payloads, path traversal,
 * numbers as ids, percent-encoded invalid UTF-8, raw invalid UTF-8 bodies, oversized text, deep and duplicated
 * query parameters), a request that fails the test instead of hanging, the checks every answer must pass (never
 * a 5xx; any HTML escapes what was sent), and a snapshot of every table so a test can prove a refused request
 * stored nothing:
 *
 *   const before = await snapshotTables(db);
 *   const res = await answer(app, { method: 'POST', url, payload });   // fails the test after HANG_MS
 *   expectNo5xx(res, 'POST suggest');
 *   expectEscaped(res, baseline, sent);
 *   expect(await snapshotTables(db)).toEqual(before);
 */
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Queryable } from '../../../server/src/db/db';

/** Runs per property: bounded so each property takes a few seconds; FUZZ_RUNS changes it. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

/** An answer slower than this counts as a hang (app.inject never times out on its own). */
export const HANG_MS = 5_000;

/** Payloads that break out of HTML, attributes, XML, templates, headers and paths when not escaped. */
export const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</textarea><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '<iframe src=javascript:alert(1)>',
  'javascript:alert(1)',
  ']]><!--',
  '&lt;script&gt;',
  '{{7*7}}${7*7}',
  '\u0000',
  '\uD800',
  '\uFFFE',
  '\u202E',
  '\r\nSet-Cookie: x=1',
  "' or 1=1 --",
  '../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
] as const;

/** One field's hostile value: a payload, any text, or lone surrogates and control characters. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PAYLOADS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(20_000)) },
);

/** Several hostile values joined, as one field. */
export const hostileLine: fc.Arbitrary<string> = fc.array(hostileText, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));

/** Byte sequences that are not UTF-8: lone continuation bytes, overlong forms, surrogates, truncated sequences. */
export const INVALID_UTF8 = ['ff', 'c328', 'a0a1', 'e28228', 'f0288cbc', 'c0af', 'eda080', 'f8a1a1a1a1', 'e2'] as const;

/**
 * Percent-encodes text as its UTF-8 bytes. Unlike encodeURIComponent it never throws: a lone surrogate goes out
 * as the replacement character's bytes, as a browser would send it.
 */
export function percentEncode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9_.~-]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Invalid UTF-8 bytes percent-encoded, as they appear in a URL. */
export const percentInvalidUtf8: fc.Arbitrary<string> = fc.constantFrom(...INVALID_UTF8).map((hex) => hex.replace(/../g, '%$&').toUpperCase());

/** A path segment for an office slug or an id: traversal, numbers, payloads, invalid UTF-8, very long. */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('..', '.', '%2e%2e', '%2E%2E%2F%2E%2E', '..%5c..%5c', '%00', '%ZZ', '%', 'a'.repeat(300), '0', '-1', '1e308', 'NaN', '00000000-0000-0000-0000-000000000000'),
  percentInvalidUtf8,
  fc.integer().map(String),
  fc.uuid(),
  fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 30 })).map(percentEncode),
);

/** A query string: duplicated keys, bracketed "deep" keys, invalid UTF-8, hostile values; may be empty. */
export function hostileQuery(keys: readonly string[]): fc.Arbitrary<string> {
  const key = fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...keys).map((k) => `${k}[a][b][c]`), fc.constantFrom('__proto__', 'constructor[prototype]', 'a'.repeat(200)));
  const value = fc.oneof(hostileText.map(percentEncode), percentInvalidUtf8, fc.constant(''), fc.constant('%'));
  return fc.array(fc.tuple(key, value), { maxLength: 6 }).map((pairs) => pairs.map(([k, v]) => `${percentEncode(k)}=${v}`).join('&'));
}

/** Content types a client might send (and some no client should). */
export const CONTENT_TYPES = [
  'application/x-www-form-urlencoded',
  'application/x-www-form-urlencoded; charset=iso-8859-1',
  'application/json',
  'multipart/form-data; boundary=x',
  'text/plain',
  'application/xml',
  'application/octet-stream',
  'x/<script>',
  '',
] as const;

/** A body: random bytes (invalid UTF-8 among them), a hostile form, JSON, or an oversized one. */
export const hostileBody: fc.Arbitrary<Buffer> = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
  fc.constantFrom(...INVALID_UTF8).map((hex) => Buffer.concat([Buffer.from('summary=Broken+bytes&details='), Buffer.from(hex, 'hex')])),
  fc.dictionary(fc.string({ maxLength: 12 }), hostileText, { maxKeys: 6 }).map((fields) => Buffer.from(new URLSearchParams(fields).toString())),
  fc.jsonValue({ maxDepth: 4 }).map((value) => Buffer.from(JSON.stringify(value) ?? 'null')),
  fc.constant(Buffer.from(`a=${'x'.repeat(2 * 1024 * 1024)}`)),
  fc.constant(Buffer.from(`${'a[b]'.repeat(2000)}=1`)),
);

/** app.inject, failing the test when no answer comes within HANG_MS. */
export async function answer(app: FastifyInstance, options: InjectOptions): Promise<LightMyRequestResponse> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`No answer within ${HANG_MS} ms: ${options.method ?? 'GET'} ${String(options.url).slice(0, 200)}`)), HANG_MS);
  });
  try {
    return await Promise.race([app.inject(options), hang]);
  } finally {
    clearTimeout(timer);
  }
}

/** Never a 5xx; an error is a 4xx with a body that says something. */
export function expectNo5xx(res: LightMyRequestResponse, what: string): void {
  expect(res.statusCode, `${what}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
  if (res.statusCode >= 400 && res.raw.req.method !== 'HEAD') expect(res.body.trim().length, `${what}: an empty ${res.statusCode}`).toBeGreaterThan(0);
}

/** A clear refusal: a 4xx (never a 5xx, never a success), with a body. */
export function expect4xx(res: LightMyRequestResponse, what: string): void {
  expectNo5xx(res, what);
  expect(res.statusCode, `${what}: ${res.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
}

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ACTIVE_TAGS = new Set(['script', 'img', 'svg', 'iframe', 'object', 'embed', 'math', 'base']);
/** Attributes a browser follows as addresses: a javascript: address there runs (in a form field's value it is text). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcdoc']);

/**
 * What in a page could run script, as a browser would parse it: active elements by name, event handler
 * attributes, and javascript: addresses in attributes that hold addresses. Quoted attribute values and escaped text are skipped as a browser skips
 * them, so an escaped payload ("&quot;&gt;&lt;img onerror=…") counts for nothing and a payload that broke out of
 * its attribute or text counts.
 */
function activeMarkup(html: string): string[] {
  const found: string[] = [];
  for (const [, name = '', attributes = ''] of html.matchAll(TAG)) {
    if (ACTIVE_TAGS.has(name.toLowerCase())) found.push(`<${name.toLowerCase()}>`);
    for (const [, attribute = '', double, single, bare] of attributes.matchAll(ATTRIBUTE)) {
      if (/^on/i.test(attribute)) found.push(`${name} ${attribute}`);
      // Browsers skip whitespace and control characters in a scheme: 'java\tscript:' still runs.
      // eslint-disable-next-line no-control-regex -- control characters are what is stripped
      const value = (double ?? single ?? bare ?? '').replace(/&#0*58;|&colon;/gi, ':').replace(/[\s\u0000-\u001f]/g, '');
      if (URL_ATTRIBUTES.has(attribute.toLowerCase()) && /^javascript:/i.test(value)) found.push(`${name} ${attribute}=javascript:`);
    }
  }
  return found;
}

/**
 * An HTML answer escapes what was sent: it holds no active markup (see activeMarkup) that the same page without
 * hostile input (`baseline`) does not, and no sent value that holds markup appears unescaped. Answers that are
 * not HTML are not checked here.
 */
export function expectEscaped(res: LightMyRequestResponse, baseline: string, sent: readonly string[]): void {
  if (!String(res.headers['content-type'] ?? '').startsWith('text/html')) return;
  const own = new Set(activeMarkup(baseline));
  expect(activeMarkup(res.body).filter((markup) => !own.has(markup)), res.body.slice(0, 600)).toEqual([]);
  for (const value of sent.map((v) => v.trim())) {
    // Short fragments ('="1') and ones the page itself holds prove nothing either way.
    if (/[<>"]/.test(value) && value.length >= 6 && !baseline.includes(value)) expect(res.body, 'a sent value shown unescaped').not.toContain(value);
  }
}

/** Per table: its row count and a digest of all its rows, so any write shows. */
export type TableSnapshot = Record<string, string>;

/** Snapshots every table of the public schema except `except` (tables a request may legitimately write, with a reason). */
export async function snapshotTables(db: Queryable, except: readonly string[] = []): Promise<TableSnapshot> {
  const { rows: tables } = await db.query<{ name: string }>(
    `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const snapshot: TableSnapshot = {};
  for (const { name } of tables) {
    if (except.includes(name)) continue;
    const quoted = `"${name.replace(/"/g, '""')}"`;
    const { rows } = await db.query<{ n: number; digest: string | null }>(
      `select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as digest from ${quoted} t`,
    );
    snapshot[name] = `${rows[0]?.n ?? 0}:${rows[0]?.digest ?? ''}`;
  }
  return snapshot;
}

/**
 * A per-address limit holds: `allowed` requests from one address pass the limiter (whatever they answer), the
 * next is a 429 with a Retry-After of whole seconds, and another address still gets through at once.
 */
export async function expectRateLimited(
  app: FastifyInstance,
  request: (remoteAddress: string, i: number) => InjectOptions,
  allowed: number,
  addresses: { readonly limited: string; readonly other: string },
): Promise<LightMyRequestResponse> {
  for (let i = 0; i < allowed; i += 1) {
    const res = await answer(app, request(addresses.limited, i));
    expect(res.statusCode, `request ${i + 1} of ${allowed}: ${res.body.slice(0, 200)}`).not.toBe(429);
  }
  const limited = await answer(app, request(addresses.limited, allowed));
  expect(limited.statusCode, limited.body.slice(0, 200)).toBe(429);
  expect(String(limited.headers['retry-after'] ?? '')).toMatch(/^[1-9][0-9]*$/);
  expect(limited.body.trim().length).toBeGreaterThan(0);
  const other = await answer(app, request(addresses.other, allowed + 1));
  expect(other.statusCode, other.body.slice(0, 200)).not.toBe(429);
  return limited;
}
