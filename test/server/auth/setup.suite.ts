import { describe, expect, it } from 'vitest';
import { SessionResponseSchema, normalizeSetupCode } from '../../../shared/api/auth';
import { createSetupCode } from '../../../server/src/auth/first-run';
import { hashSetupCode } from '../../../server/src/auth/setup-codes';
import { createStaff } from '../../helpers/staff';
import { call, describeAuth, setCookieOf, snapshotAuthTables } from './support';

const SETUP = {
  officeName: 'Town Hall',
  email: 'Ana@Town.Example',
  displayName: 'Ana Admin',
  password: 'a long enough passphrase',
  deviceLabel: 'Front desk',
};

describe('setup codes', () => {
  it('reads a code typed loosely as the printed one', () => {
    expect(normalizeSetupCode(' 7kq2 m9xd-4ht8 ')).toBe('7KQ2M9XD4HT8');
    expect(normalizeSetupCode('O1IL-0000-0000')).toBe('011100000000');
  });
});

describeAuth('first-run setup', ({ app, db }) => {
  it('says the server needs setup until an admin exists', async () => {
    expect((await call(app(), 'GET', '/api/setup')).json()).toEqual({ needsSetup: true });
    await createStaff(db(), { role: 'counter' });
    expect((await call(app(), 'GET', '/api/setup')).json()).toEqual({ needsSetup: true });
    await createStaff(db(), { role: 'admin' });
    expect((await call(app(), 'GET', '/api/setup')).json()).toEqual({ needsSetup: false });
  });

  it('creates the office and its admin with the printed code, signs the admin in, and works only once', async () => {
    const code = await createSetupCode(db());
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const response = await call(app(), 'POST', '/api/setup', { body: { ...SETUP, code } });
    expect(response.statusCode).toBe(201);
    const session = SessionResponseSchema.parse(response.json());
    expect(session.staff).toMatchObject({ email: 'ana@town.example', displayName: 'Ana Admin', role: 'admin', officeName: 'Town Hall' });
    expect(setCookieOf(response)).toContain(`cn_session=${session.token};`);
    expect(response.body).not.toMatch(/scrypt\$/);

    const me = await call(app(), 'GET', '/api/me', { token: session.token });
    expect(me.json()).toMatchObject({ staff: { id: session.staff.id, officeId: session.staff.officeId }, session: { deviceLabel: 'Front desk' } });
    const used = await db().query<{ used: boolean }>('select used_at is not null as used from setup_codes');
    expect(used.rows).toEqual([{ used: true }]);

    const again = await call(app(), 'POST', '/api/setup', { body: { ...SETUP, email: 'eve@town.example', code } });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toEqual({ error: 'already-set-up', message: expect.stringMatching(/already set up/) });
  });

  it('accepts the code in lower case, without dashes and with O for zero', async () => {
    const code = (await createSetupCode(db())) ?? '';
    const typed = code.replace(/-/g, ' ').toLowerCase().replace(/0/g, 'o');
    expect((await call(app(), 'POST', '/api/setup', { body: { ...SETUP, code: typed } })).statusCode).toBe(201);
  });

  it('refuses a wrong code and changes nothing', async () => {
    await createSetupCode(db());
    const before = await snapshotAuthTables(db());
    const response = await call(app(), 'POST', '/api/setup', { body: { ...SETUP, code: '0000-0000-0000' } });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({ error: 'wrong-setup-code', message: expect.stringMatching(/setup code is not right/) });
    expect(await snapshotAuthTables(db())).toEqual(before);
  });

  it('refuses setup once an admin exists, even with an unused code', async () => {
    await createStaff(db(), { role: 'admin' });
    expect(await createSetupCode(db())).toBeUndefined();
    await db().query('insert into setup_codes (code_hash) values ($1)', [hashSetupCode('ABCDABCDABCD')]);
    const response = await call(app(), 'POST', '/api/setup', { body: { ...SETUP, code: 'ABCD-ABCD-ABCD' } });
    expect(response.statusCode).toBe(409);
    expect((await db().query('select * from offices')).rows).toHaveLength(1);
  });

  it('lets exactly one of two setups at once succeed, with the same code or with two codes', async () => {
    const code = await createSetupCode(db());
    const other = await createSetupCode(db());
    const responses = await Promise.all([
      call(app(), 'POST', '/api/setup', { body: { ...SETUP, code } }),
      call(app(), 'POST', '/api/setup', { body: { ...SETUP, code, email: 'ben@town.example' } }),
      call(app(), 'POST', '/api/setup', { body: { ...SETUP, code: other, email: 'cy@town.example' } }),
    ]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409, 409]);
    expect((await db().query('select * from offices')).rows).toHaveLength(1);
    expect((await db().query('select * from staff')).rows).toHaveLength(1);
  });

  it('says what is wrong with each field', async () => {
    const code = await createSetupCode(db());
    const response = await call(app(), 'POST', '/api/setup', {
      body: { code, officeName: ' ', email: 'not an email', displayName: 'Ana', password: 'short', extra: 1 },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json<{ error: string; issues: { path: string; message: string }[] }>();
    expect(body.error).toBe('invalid');
    expect(body.issues).toEqual(
      expect.arrayContaining([
        { path: 'officeName', message: "Enter the office's name" },
        { path: 'email', message: 'Enter an email address like name@example.org' },
        { path: 'password', message: 'Use at least 12 characters for a password' },
        { path: '', message: expect.stringMatching(/extra/) },
      ]),
    );
    const tooLong = await call(app(), 'POST', '/api/setup', { body: { ...SETUP, code, password: 'x'.repeat(257) } });
    expect(tooLong.json()).toMatchObject({ issues: [{ path: 'password', message: 'A password can be at most 256 characters' }] });
  });
});
