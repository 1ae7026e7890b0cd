/**
 * The admin screen's error handling against the real office server: the app built on an in-memory PGlite,
 * listening on 127.0.0.1, called through the same OfficeApi client the app uses. Each test works in an office
 * of its own.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../../server/src/app';
import type { Db } from '../../../../server/src/db/db';
import { openPglite } from '../../../../server/src/db/pglite';
import { apiProblem, asSentence } from '../../../../renderer/src/features/admin/api-problem';
import { ADD_STAFF_FIELDS, EDIT_STAFF_FIELDS, RESET_PASSWORD_FIELDS } from '../../../../renderer/src/features/admin/staff-forms';
import { createOfficeApi, type OfficeApi } from '../../../../renderer/src/office/office-api';
import { DATABASE_SETUP_TIMEOUT_MS } from '../../../helpers/databases';
import { createStaff, migrateForTests, useFastPasswords } from '../../../helpers/staff';

let db: Db;
let app: FastifyInstance;
let baseUrl: string;

useFastPasswords();

beforeAll(async () => {
  db = await openPglite();
  await migrateForTests(db);
  app = buildApp({ db });
  await app.listen({ host: '127.0.0.1', port: 0 });
  baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}, DATABASE_SETUP_TIMEOUT_MS);

afterAll(async () => {
  await app.close();
  await db.close();
});

/** An admin of a new office, with the API as their app has it. */
async function anAdmin(displayName = 'Ana Ruiz'): Promise<{ api: OfficeApi; id: string; officeId: string }> {
  const admin = await createStaff(db, { role: 'admin', displayName });
  return { api: createOfficeApi({ baseUrl, token: admin.token }), id: admin.id, officeId: admin.officeId };
}

/** What `call` rejected with, as the form would show it. */
async function problemOf<F extends string>(call: Promise<unknown>, fields: readonly F[]) {
  const error: unknown = await call.then(
    () => expect.fail('the server accepted it'),
    (rejection: unknown) => rejection,
  );
  return apiProblem(error, fields);
}

const NEW_STAFF = { email: 'ben@town.example', displayName: 'Ben Ortiz', role: 'counter', password: 'a long enough passphrase' } as const;

describe('server errors on the admin forms', () => {
  it('puts "email taken" next to the email address', async () => {
    const { api } = await anAdmin();
    await api.addStaff(NEW_STAFF);
    const problem = await problemOf(api.addStaff({ ...NEW_STAFF, displayName: 'Another Ben' }), ADD_STAFF_FIELDS);
    expect(problem).toEqual({
      fields: { email: 'Someone in this office already signs in with that email.' },
      message: undefined,
      isOffline: false,
      canRetry: false,
    });
  });

  it("puts each of the server's issues next to its field, in the server's words", async () => {
    const { api } = await anAdmin();
    const problem = await problemOf(api.addStaff({ email: 'not an address', displayName: 'Ben', role: 'counter', password: 'short' }), ADD_STAFF_FIELDS);
    expect(problem.fields).toEqual({
      email: 'Enter an email address like name@example.org.',
      password: 'Use at least 12 characters for a password.',
    });
    expect(problem.message).toBeUndefined();
  });

  it('shows at the top what the form has no field for', async () => {
    const { api } = await anAdmin();
    // The reset form has only the password: a bad email (sent by a buggy caller) must still be seen.
    const problem = await problemOf(api.addStaff({ ...NEW_STAFF, email: 'nope', password: 'short' }), RESET_PASSWORD_FIELDS);
    expect(problem.fields).toEqual({ password: 'Use at least 12 characters for a password.' });
    expect(problem.message).toBe('Enter an email address like name@example.org.');
  });

  it("shows the server's refusal to leave the office without an admin at the top", async () => {
    const { api, id } = await anAdmin('Ana Ruiz');
    const problem = await problemOf(api.updateStaff(id, { role: 'counter' }), EDIT_STAFF_FIELDS);
    expect(problem).toMatchObject({
      fields: {},
      message: "Ana Ruiz is the office's only admin. Make someone else an admin first, so the office is never left without one.",
      canRetry: false,
    });
  });

  it('says plainly that someone from another office is not there', async () => {
    const { api } = await anAdmin();
    const elsewhere = await createStaff(db, { displayName: 'Elsewhere' });
    const problem = await problemOf(api.resetPassword(elsewhere.id, 'a long enough passphrase'), RESET_PASSWORD_FIELDS);
    expect(problem.message).toBe('There is no such staff member in your office.');
  });

  it('tells a signed-out device apart from a server that cannot be reached', async () => {
    const { api } = await anAdmin();
    const [mine] = await api.listDeviceSessions();
    await api.signOutDevice(mine?.id ?? '');
    const signedOut = await problemOf(api.listStaff(), []);
    expect(signedOut).toMatchObject({ isOffline: false, canRetry: false });
    expect(signedOut.message).toMatch(/sign in/i);
  });

  it('offers to try again when the server cannot be reached, keeping nothing back', async () => {
    const closed = buildApp({ db });
    await closed.listen({ host: '127.0.0.1', port: 0 });
    const port = (closed.server.address() as AddressInfo).port;
    await closed.close();
    const api = createOfficeApi({ baseUrl: `http://127.0.0.1:${port}`, token: 'x'.repeat(43), timeoutMs: 2_000 });
    const problem = await problemOf(api.addStaff(NEW_STAFF), ADD_STAFF_FIELDS);
    expect(problem).toEqual({
      fields: {},
      message: `The office server at http://127.0.0.1:${port} cannot be reached. Check the address and the network, then try again.`,
      isOffline: true,
      canRetry: true,
    });
  });

  it('says something plain about an error that is not from the server', () => {
    expect(apiProblem(new TypeError('x is undefined'), ADD_STAFF_FIELDS)).toEqual({
      fields: {},
      message: 'Something went wrong in the app. Nothing you typed is lost; try again.',
      isOffline: false,
      canRetry: false,
    });
  });
});

describe('asSentence', () => {
  it("ends the schema's messages with a full stop and leaves the server's alone", () => {
    expect(asSentence('Use at least 12 characters for a password')).toBe('Use at least 12 characters for a password.');
    expect(asSentence('This server is already set up.')).toBe('This server is already set up.');
    expect(asSentence('Really?')).toBe('Really?');
  });
});
