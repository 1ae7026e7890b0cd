import { expect, it } from 'vitest';
import { buildApp } from '../../../server/src/app';
import { createSetupCode } from '../../../server/src/auth/first-run';
import { SIGN_IN_LIMITS } from '../../../server/src/auth/sign-in-limits';
import { createStaff, TEST_PASSWORD } from '../../helpers/staff';
import { call, describeAuth } from './support';

const WINDOW = SIGN_IN_LIMITS.email.windowSeconds;

describeAuth('sign-in rate limits', ({ app, db, target }) => {
  const signIn = (email: string, password: string, remoteAddress = '203.0.113.7') =>
    call(app(), 'POST', '/api/sessions', { body: { email, password }, remoteAddress });

  it('refuses an email after 10 failures in 15 minutes, even with the right password, with Retry-After', async () => {
    const ana = await createStaff(db());
    const ben = await createStaff(db(), { officeId: ana.officeId });
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.email.maxFailures; attempt += 1) {
      expect((await signIn(ana.email, 'a wrong password', `198.51.100.${attempt}`)).statusCode).toBe(401);
    }
    const limited = await signIn(ana.email, TEST_PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({ error: 'too-many-attempts', message: 'Too many attempts that did not work. Try again in 15 minutes.' });
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(WINDOW - 60);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW);
    expect((await signIn(ben.email, TEST_PASSWORD)).statusCode).toBe(201);

    // Once the failures are older than the window, the email may try again.
    await db().query(`update sign_in_failures set failed_at = now() - interval '16 minutes'`);
    expect((await signIn(ana.email, TEST_PASSWORD)).statusCode).toBe(201);
  });

  it('refuses an address after 30 failures in 15 minutes, whatever the email, and leaves other addresses be', async () => {
    const ana = await createStaff(db());
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.address.maxFailures; attempt += 1) {
      expect((await signIn(`guess-${attempt}@town.example`, 'a wrong password')).statusCode).toBe(401);
    }
    expect((await signIn(ana.email, TEST_PASSWORD)).statusCode).toBe(429);
    expect((await signIn(ana.email, TEST_PASSWORD, '192.0.2.1')).statusCode).toBe(201);
  });

  it("forgets an email's failures when it signs in", async () => {
    const ana = await createStaff(db());
    for (let round = 0; round < 2; round += 1) {
      for (let attempt = 0; attempt < SIGN_IN_LIMITS.email.maxFailures - 1; attempt += 1) {
        expect((await signIn(ana.email, 'a wrong password', `198.51.100.${round}`)).statusCode).toBe(401);
      }
      expect((await signIn(ana.email, TEST_PASSWORD, '192.0.2.1')).statusCode).toBe(201);
    }
  });

  it('counts failures across server processes sharing the database', async () => {
    const ana = await createStaff(db());
    const other = buildApp({ db: await target.connect() });
    try {
      for (let attempt = 0; attempt < SIGN_IN_LIMITS.email.maxFailures; attempt += 1) {
        const server = attempt % 2 === 0 ? app() : other;
        const response = await call(server, 'POST', '/api/sessions', { body: { email: ana.email, password: 'a wrong password' } });
        expect(response.statusCode).toBe(401);
      }
      const response = await call(other, 'POST', '/api/sessions', { body: { email: ana.email, password: TEST_PASSWORD } });
      expect(response.statusCode).toBe(429);
    } finally {
      await other.close();
    }
  });

  it('limits setup code guesses per address', async () => {
    const code = await createSetupCode(db());
    const body = { officeName: 'Town Hall', email: 'ana@town.example', displayName: 'Ana', password: 'a long enough passphrase' };
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.setup.maxFailures; attempt += 1) {
      const guess = `0000-0000-${String(attempt).padStart(4, '0')}`;
      expect((await call(app(), 'POST', '/api/setup', { body: { ...body, code: guess } })).statusCode).toBe(403);
    }
    const limited = await call(app(), 'POST', '/api/setup', { body: { ...body, code } });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await call(app(), 'POST', '/api/setup', { body: { ...body, code }, remoteAddress: '192.0.2.9' })).statusCode).toBe(201);
  });
});
