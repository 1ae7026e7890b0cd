import { expect, it } from 'vitest';
import { MeResponseSchema, SessionResponseSchema } from '../../../shared/api/auth';
import { SESSION_TTL_MS } from '../../../server/src/auth/sessions';
import { hashToken } from '../../../server/src/auth/tokens';
import { createOffice, createSession, createStaff, TEST_PASSWORD } from '../../helpers/staff';
import { call, describeAuth, setCookieOf } from './support';

const WRONG = { error: 'wrong-credentials', message: 'Email or password is not right.' };

describeAuth('signing in and out', ({ app, db }) => {
  it('signs in with email and password, answers who is signed in, and never shows a hash', async () => {
    const ana = await createStaff(db(), { role: 'goto', email: 'ana@town.example', displayName: 'Ana', officeName: 'Town Hall' });
    const response = await call(app(), 'POST', '/api/sessions', {
      body: { email: ' ANA@town.example ', password: TEST_PASSWORD, deviceLabel: 'Desk 2' },
    });
    expect(response.statusCode).toBe(201);
    const session = SessionResponseSchema.parse(response.json());
    expect(session.staff).toEqual({
      id: ana.id,
      email: 'ana@town.example',
      displayName: 'Ana',
      role: 'goto',
      officeId: ana.officeId,
      officeName: 'Town Hall',
      mustChangePassword: false,
    });
    expect(Date.parse(session.expiresAt) - Date.now()).toBeGreaterThan(SESSION_TTL_MS - 60_000);
    expect(response.body).not.toContain('scrypt$');
    expect(response.body).not.toContain(hashToken(session.token));

    const me = await call(app(), 'GET', '/api/me', { token: session.token });
    expect(me.statusCode).toBe(200);
    expect(MeResponseSchema.parse(me.json())).toMatchObject({ staff: session.staff, session: { deviceLabel: 'Desk 2' } });
  });

  it('sets an HttpOnly, SameSite=Strict session cookie for the whole site, Secure over https', async () => {
    const ana = await createStaff(db());
    const body = { email: ana.email, password: TEST_PASSWORD };
    const plain = await call(app(), 'POST', '/api/sessions', { body });
    const attributes = setCookieOf(plain).split('; ');
    expect(attributes[0]).toBe(`cn_session=${plain.json<{ token: string }>().token}`);
    expect(attributes.slice(1).sort()).toEqual(['HttpOnly', `Max-Age=${SESSION_TTL_MS / 1000}`, 'Path=/', 'SameSite=Strict'].sort());

    const secure = await call(app(), 'POST', '/api/sessions', { body, headers: { 'x-forwarded-proto': 'https' } });
    expect(setCookieOf(secure).split('; ')).toContain('Secure');
  });

  it('accepts the cookie instead of a bearer token, and signing out ends the session and clears the cookie', async () => {
    const ana = await createStaff(db());
    const cookie = { cookie: `other=1; cn_session=${ana.token}` };
    expect((await call(app(), 'GET', '/api/me', { headers: cookie })).statusCode).toBe(200);
    const out = await call(app(), 'DELETE', '/api/sessions/current', { headers: cookie });
    expect(out.statusCode).toBe(204);
    expect(setCookieOf(out)).toMatch(/^cn_session=; Path=\/; Max-Age=0; HttpOnly; SameSite=Strict$/);
    const after = await call(app(), 'GET', '/api/me', { headers: cookie });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toEqual({ error: 'unauthorized', message: 'Your session has ended. Sign in again.' });
    expect((await call(app(), 'GET', '/api/me', { token: ana.token })).statusCode).toBe(401);
  });

  it('gives the same answer for an unknown email and for a wrong password', async () => {
    const ana = await createStaff(db());
    const wrongPassword = await call(app(), 'POST', '/api/sessions', { body: { email: ana.email, password: 'not the password' } });
    const unknownEmail = await call(app(), 'POST', '/api/sessions', { body: { email: 'nobody@town.example', password: TEST_PASSWORD } });
    for (const response of [wrongPassword, unknownEmail]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual(WRONG);
      expect(response.headers['set-cookie']).toBeUndefined();
    }
  });

  it('answers 401 to a missing, malformed, unknown, expired or revoked token, and to a turned-off person', async () => {
    const ana = await createStaff(db());
    const expired = await createSession(db(), ana.id, { expiresInMs: 60_000 });
    await db().query(`update sessions set created_at = now() - interval '2 days', expires_at = now() - interval '1 second' where id = $1`, [
      expired.sessionId,
    ]);
    const revoked = await createSession(db(), ana.id);
    await db().query('update sessions set revoked_at = now() where id = $1', [revoked.sessionId]);
    const ben = await createStaff(db(), { officeId: ana.officeId });
    await db().query('update staff set disabled_at = now() where id = $1', [ben.id]);

    const signIn = { error: 'unauthorized', message: 'Sign in to continue.' };
    const ended = { error: 'unauthorized', message: 'Your session has ended. Sign in again.' };
    const cases: [Record<string, string>, unknown][] = [
      [{}, signIn],
      [{ authorization: 'Basic abc' }, signIn],
      [{ authorization: `Bearer ${'x'.repeat(43)}` }, ended],
      [expired.headers, ended],
      [revoked.headers, ended],
      [ben.headers, ended],
    ];
    for (const [headers, body] of cases) {
      const response = await call(app(), 'GET', '/api/me', { headers });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual(body);
    }
    expect((await call(app(), 'GET', '/api/me', { token: ana.token })).statusCode).toBe(200);
  });

  it('tells a turned-off person with the right password that their account is off', async () => {
    const ana = await createStaff(db(), { isDisabled: true });
    const response = await call(app(), 'POST', '/api/sessions', { body: { email: ana.email, password: TEST_PASSWORD } });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: 'account-disabled' });
    const wrong = await call(app(), 'POST', '/api/sessions', { body: { email: ana.email, password: 'not the password' } });
    expect(wrong.json()).toEqual(WRONG);
  });

  it('asks which office when the email and password fit accounts in two offices, and signs in to the one chosen', async () => {
    const north = await createOffice(db(), 'North Office');
    const south = await createOffice(db(), 'South Office');
    const west = await createOffice(db(), 'West Office');
    await createStaff(db(), { officeId: north, email: 'ana@town.example' });
    const southAna = await createStaff(db(), { officeId: south, email: 'ana@town.example', role: 'admin' });
    await createStaff(db(), { officeId: west, email: 'ana@town.example', password: 'another long password' });

    const ask = await call(app(), 'POST', '/api/sessions', { body: { email: 'ana@town.example', password: TEST_PASSWORD } });
    expect(ask.statusCode).toBe(409);
    expect(ask.json()).toEqual({
      error: 'choose-office',
      message: 'This email is used in more than one office: choose the office to sign in to.',
      offices: [
        { id: north, name: 'North Office' },
        { id: south, name: 'South Office' },
      ],
    });
    const chosen = await call(app(), 'POST', '/api/sessions', { body: { email: 'ana@town.example', password: TEST_PASSWORD, officeId: south } });
    expect(chosen.statusCode).toBe(201);
    expect(chosen.json()).toMatchObject({ staff: { id: southAna.id, role: 'admin', officeName: 'South Office' } });

    const onlyWest = await call(app(), 'POST', '/api/sessions', { body: { email: 'ana@town.example', password: 'another long password' } });
    expect(onlyWest.json()).toMatchObject({ staff: { officeId: west } });
    const wrongOffice = await call(app(), 'POST', '/api/sessions', {
      body: { email: 'ana@town.example', password: 'another long password', officeId: north },
    });
    expect(wrongOffice.json()).toEqual(WRONG);
  });

  it('slides the expiry forward on use, at most once a minute, renewing the cookie', async () => {
    const ana = await createStaff(db());
    await db().query(`update sessions set last_seen_at = now() - interval '2 minutes', expires_at = now() + interval '1 hour' where id = $1`, [
      ana.sessionId,
    ]);
    const cookie = { cookie: `cn_session=${ana.token}` };
    const first = await call(app(), 'GET', '/api/me', { headers: cookie });
    expect(setCookieOf(first)).toBe(`cn_session=${ana.token}; Path=/; Max-Age=${SESSION_TTL_MS / 1000}; HttpOnly; SameSite=Strict`);
    const read = async () =>
      (await db().query<{ last_seen_at: Date; expires_at: Date }>('select last_seen_at, expires_at from sessions where id = $1', [ana.sessionId])).rows[0];
    const slid = await read();
    expect((slid?.expires_at.getTime() ?? 0) - Date.now()).toBeGreaterThan(SESSION_TTL_MS - 60_000);

    const second = await call(app(), 'GET', '/api/me', { headers: cookie });
    expect(second.headers['set-cookie']).toBeUndefined();
    expect(await read()).toEqual(slid);
  });

  it('changes one\'s own password after checking the current one, signing out the other devices', async () => {
    const ana = await createStaff(db());
    await db().query('update staff set password_is_temporary = true where id = $1', [ana.id]);
    const laptop = await createSession(db(), ana.id);
    const wrong = await call(app(), 'PUT', '/api/me/password', { token: ana.token, body: { currentPassword: 'not it at all', newPassword: 'my own new passphrase' } });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toEqual({ error: 'wrong-password', message: 'Your current password is not right.' });

    const changed = await call(app(), 'PUT', '/api/me/password', { token: ana.token, body: { currentPassword: TEST_PASSWORD, newPassword: 'my own new passphrase' } });
    expect(changed.statusCode).toBe(204);
    expect((await call(app(), 'GET', '/api/me', { token: laptop.token })).statusCode).toBe(401);
    expect((await call(app(), 'GET', '/api/me', { token: ana.token })).json()).toMatchObject({ staff: { mustChangePassword: false } });
    const old = await call(app(), 'POST', '/api/sessions', { body: { email: ana.email, password: TEST_PASSWORD } });
    expect(old.statusCode).toBe(401);
    const fresh = await call(app(), 'POST', '/api/sessions', { body: { email: ana.email, password: 'my own new passphrase' } });
    expect(fresh.statusCode).toBe(201);
  });

  it('answers a database failure with a plain 500 that carries no details', async () => {
    const ana = await createStaff(db());
    await db().close();
    for (const response of [
      await call(app(), 'POST', '/api/sessions', { body: { email: ana.email, password: TEST_PASSWORD } }),
      await call(app(), 'GET', '/api/me', { token: ana.token }),
    ]) {
      expect(response.statusCode).toBe(500);
      expect(response.json()).toEqual({ error: 'Something went wrong on the server' });
    }
  });
});
