/**
 * Every auth endpoint under arbitrary input: JSON (or not) bodies, path ids, query strings, headers, and tokens
 * that are missing, made up, revoked, expired, of too low a role or of another office. The answer is always a
 * 4xx with a message, never a 5xx, and offices, staff, sessions and setup codes are exactly as before.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { createSetupCode } from '../../../server/src/auth/first-run';
import type { Db } from '../../../server/src/db/db';
import { createSession, createStaff, TEST_PASSWORD } from '../../helpers/staff';
import { describeAuth, snapshotAuthTables } from './support';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

const ENDPOINTS: readonly (readonly [Method, string])[] = [
  ['POST', '/api/setup'],
  ['POST', '/api/sessions'],
  ['DELETE', '/api/sessions/current'],
  ['GET', '/api/me'],
  ['PUT', '/api/me/password'],
  ['GET', '/api/admin/staff'],
  ['POST', '/api/admin/staff'],
  ['PATCH', '/api/admin/staff/:id'],
  ['POST', '/api/admin/staff/:id/password'],
  ['GET', '/api/admin/sessions'],
  ['DELETE', '/api/admin/sessions/:id'],
];

const FIELDS = ['email', 'password', 'officeId', 'deviceLabel', 'code', 'officeName', 'displayName', 'role', 'isDisabled', 'currentPassword', 'newPassword'];
const printable = (maxLength: number) => fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength });

/** Who may be calling: every token here must be refused by every endpoint it is sent to. */
interface Callers {
  /** Tokens no endpoint accepts. */
  readonly dead: readonly string[];
  /** Live tokens of staff below admin: refused by admin routes only. */
  readonly lowRole: readonly string[];
  /** A live admin token of another office than `ids`: refused wherever an id is given. */
  readonly otherAdmin: string;
  /** Ids (staff and sessions) of the office the callers must not reach. */
  readonly ids: readonly string[];
  readonly emails: readonly string[];
}

async function people(db: Db): Promise<Callers> {
  const counter = await createStaff(db, { role: 'counter', officeName: 'North' });
  const facilitator = await createStaff(db, { role: 'facilitator', officeId: counter.officeId });
  const goto = await createStaff(db, { role: 'goto', officeId: counter.officeId });
  const gone = await createSession(db, goto.id);
  await db.query('update sessions set revoked_at = now() where id = $1', [gone.sessionId]);
  const old = await createSession(db, counter.id);
  await db.query(`update sessions set created_at = now() - interval '2 days', expires_at = now() - interval '1 day' where id = $1`, [old.sessionId]);
  const off = await createStaff(db, { role: 'admin', officeId: counter.officeId, isDisabled: true });
  const southAdmin = await createStaff(db, { role: 'admin', officeName: 'South' });
  return {
    dead: [gone.token, old.token, off.token, 'x'.repeat(43)],
    lowRole: [counter.token, facilitator.token, goto.token],
    otherAdmin: southAdmin.token,
    ids: [counter.id, goto.id, off.id, counter.sessionId, gone.sessionId, off.sessionId],
    emails: [counter.email, off.email, southAdmin.email],
  };
}

function tokenFor(callers: Callers, method: Method, path: string): fc.Arbitrary<string | undefined> {
  const tokens: fc.WeightedArbitrary<string | undefined>[] = [
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: fc.constantFrom(...callers.dead) },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  ];
  // Live staff below admin: refused by the admin routes, and by a password change whose current password is wrong.
  if (path.startsWith('/api/admin/') || path === '/api/me/password') tokens.push({ weight: 2, arbitrary: fc.constantFrom(...callers.lowRole) });
  // An admin of the other office may call only what names an id in this one.
  if (path.includes(':id') && method !== 'GET') tokens.push({ weight: 4, arbitrary: fc.constant(callers.otherAdmin) });
  return fc.oneof(...tokens);
}

/** Bodies that pass validation, so the fuzz also reaches the checks behind it (credentials, roles, offices). */
function wellFormedFor(callers: Callers, path: string): fc.Arbitrary<unknown> {
  const email = fc.oneof(fc.constantFrom(...callers.emails), fc.emailAddress());
  const password = fc.string({ minLength: 12, maxLength: 40 }).filter((text) => text !== TEST_PASSWORD);
  const role = fc.constantFrom('counter', 'goto', 'facilitator', 'admin');
  const name = fc.string({ minLength: 1, maxLength: 20 });
  const code = fc.array(fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ'), { minLength: 12, maxLength: 12 }).map((chars) => chars.join(''));
  const optional = { requiredKeys: [] as never[] };
  switch (path) {
    case '/api/setup':
      return fc.record({ code, officeName: name, email, displayName: name, password });
    case '/api/sessions':
      return fc.record({ email, password, officeId: fc.option(fc.uuid(), { nil: undefined }), deviceLabel: fc.option(name, { nil: undefined }) });
    case '/api/me/password':
      return fc.record({ currentPassword: password, newPassword: password });
    case '/api/admin/staff':
      return fc.record({ email, displayName: name, role, password });
    case '/api/admin/staff/:id':
      return fc.record({ role, displayName: name, isDisabled: fc.boolean() }, optional).filter((patch) => Object.keys(patch).length > 0);
    case '/api/admin/staff/:id/password':
      return fc.record({ password });
    default:
      return fc.constant({});
  }
}

function bodyFor(callers: Callers, path: string): fc.Arbitrary<{ payload?: string; contentType?: string }> {
  const plausible = fc.dictionary(
    fc.constantFrom(...FIELDS, '__proto__', 'constructor'),
    fc.oneof(fc.jsonValue(), fc.constantFrom(...callers.emails, ...callers.ids, 'admin', 'ABCD-ABCD-ABCD'), fc.string({ maxLength: 300 })),
    { maxKeys: 6 },
  );
  const json = (value: unknown) => ({ payload: JSON.stringify(value ?? null), contentType: 'application/json' });
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant({}) },
    { weight: 6, arbitrary: wellFormedFor(callers, path).map(json) },
    { weight: 3, arbitrary: fc.oneof(fc.jsonValue(), plausible).map(json) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((text) => ({ payload: text, contentType: 'application/json' })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.string({ maxLength: 40 }), fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'))
        .map(([payload, contentType]) => ({ payload, contentType })),
    },
    { weight: 1, arbitrary: fc.constant(json({ email: 'a@b.example', password: 'x'.repeat(20_000) })) },
  );
}

function requestFor(callers: Callers) {
  return fc.constantFrom(...ENDPOINTS).chain(([method, path]) =>
    fc.record({
      method: fc.constant(method),
      path: fc.constant(path),
      id: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...callers.ids) }, fc.uuid(), fc.string({ minLength: 1, maxLength: 40 })),
      query: fc.option(printable(30), { nil: undefined }),
      token: tokenFor(callers, method, path),
      asCookie: fc.boolean(),
      body: bodyFor(callers, path),
      extraHeaders: fc.dictionary(fc.constantFrom('x-forwarded-proto', 'x-forwarded-for', 'accept', 'origin', 'cookie', 'authorization'), printable(60), { maxKeys: 2 }),
      remoteAddress: fc.ipV4(),
    }),
  );
}

describeAuth('auth endpoints under hostile input', ({ app, db }) => {
  async function fuzz(callers: Callers, numRuns: number): Promise<void> {
    const before = await snapshotAuthTables(db());
    await fc.assert(
      fc.asyncProperty(requestFor(callers), async (request) => {
        const url = request.path.replace(':id', encodeURIComponent(request.id)) + (request.query === undefined ? '' : `?${encodeURIComponent(request.query)}`);
        const headers: Record<string, string> = { ...request.extraHeaders };
        if (request.token !== undefined) {
          if (request.asCookie) headers.cookie = `cn_session=${request.token}`;
          else headers.authorization = `Bearer ${request.token}`;
        }
        if (request.body.contentType !== undefined) headers['content-type'] = request.body.contentType;
        const response = await app().inject({
          method: request.method,
          url,
          headers,
          remoteAddress: request.remoteAddress,
          ...(request.body.payload === undefined ? {} : { payload: request.body.payload }),
        });
        expect(response.statusCode, `${request.method} ${url}: ${response.body}`).toBeGreaterThanOrEqual(400);
        expect(response.statusCode, `${request.method} ${url}: ${response.body}`).toBeLessThan(500);
        expect(response.json<{ message?: unknown; error?: unknown }>().error).toEqual(expect.any(String));
        expect(await snapshotAuthTables(db())).toEqual(before);
      }),
      { numRuns },
    );
  }

  it('refuses anything but a right request before setup, with a 4xx, changing nothing', async () => {
    await createSetupCode(db());
    const counter = await createStaff(db(), { role: 'counter' });
    const other = await createStaff(db(), { role: 'counter' });
    await fuzz({ dead: ['x'.repeat(43)], lowRole: [counter.token], otherAdmin: other.token, ids: [counter.id, counter.sessionId], emails: [counter.email] }, 150);
  });

  it('refuses anything but a right request once set up, with a 4xx, changing nothing', async () => {
    await fuzz(await people(db()), 400);
  });
});
