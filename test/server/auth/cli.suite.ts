import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../server/src/cli';
import type { CliOutput } from '../../../server/src/cli';
import type { Db } from '../../../server/src/db/db';
import { lockDataDir } from '../../../server/src/db/data-dir-lock';
import { DATABASE_SETUP_TIMEOUT_MS } from '../../helpers/databases';
import { createOffice, createStaff, useFastPasswords } from '../../helpers/staff';
import { call, describeAuth } from './support';

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function cli(argv: readonly string[], options: { db?: Db; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const output: CliOutput = { out: (line) => out.push(line), err: (line) => err.push(line) };
  const code = await runCli(argv, { ...options, output });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function temporaryPasswordIn(text: string): string {
  return /(?:Temporary password|New temporary password for .*): (\S+)$/m.exec(text)?.[1] ?? '';
}

describeAuth('server:admin commands', ({ app, db }) => {
  it('prints a setup code that creates the first admin, and refuses once there is one', async () => {
    const run = await cli(['setup-code'], { db: db() });
    expect(run.code).toBe(0);
    const code = /^Setup code: (\S+)$/m.exec(run.out)?.[1];
    const body = { code, officeName: 'Town Hall', email: 'ana@town.example', displayName: 'Ana', password: 'a long enough passphrase' };
    expect((await call(app(), 'POST', '/api/setup', { body })).statusCode).toBe(201);

    const again = await cli(['setup-code'], { db: db() });
    expect(again).toEqual({ code: 1, out: '', err: 'This server already has an admin: use add-staff or reset-password instead.' });
  });

  it('adds an office and its staff with a temporary password they can sign in with', async () => {
    const office = await cli(['add-office', '--name', 'Harbour Office'], { db: db() });
    expect(office.code).toBe(0);
    const added = await cli(['add-staff', '--office', 'harbour office', '--email', 'Ben@Town.example', '--name', 'Ben', '--role', 'admin'], { db: db() });
    expect(added.code).toBe(0);
    expect(added.out).toContain('Added Ben <ben@town.example> as admin to "Harbour Office".');
    const password = temporaryPasswordIn(added.out);
    const signIn = await call(app(), 'POST', '/api/sessions', { body: { email: 'ben@town.example', password } });
    expect(signIn.json()).toMatchObject({ staff: { role: 'admin', officeName: 'Harbour Office', mustChangePassword: true } });

    const twice = await cli(['add-staff', '--office', 'Harbour Office', '--email', 'ben@town.example', '--name', 'Ben', '--role', 'counter'], { db: db() });
    expect(twice).toMatchObject({ code: 1, err: 'Someone in this office already signs in with that email.' });
    const nowhere = await cli(['add-staff', '--office', 'Nowhere', '--email', 'cy@town.example', '--name', 'Cy', '--role', 'counter'], { db: db() });
    expect(nowhere.code).toBe(1);
    expect(nowhere.err).toMatch(/^There is no office "Nowhere"\. The offices are: "Harbour Office" \([0-9a-f-]{36}\)\.$/);
  });

  it('refuses a wrong command line with exit code 2 and the usage', async () => {
    const cases: [readonly string[], RegExp][] = [
      [[], /^Usage:/],
      [['make-coffee'], /^Unknown command "make-coffee"/],
      [['list-staff', '--colour', 'red'], /Unknown option '--colour'/],
      [['add-staff', '--office', 'x', '--email', 'cy@town.example', '--name', 'Cy'], /^--role is required/],
      [['add-staff', '--office', 'x', '--email', 'cy@town.example', '--name', 'Cy', '--role', 'boss'], /^--role: Choose one of the roles/],
      [['add-staff', '--office', 'x', '--email', 'not-an-email', '--name', 'Cy', '--role', 'goto'], /^--email: Enter an email address like/],
    ];
    for (const [argv, message] of cases) {
      const run = await cli(argv, { db: db() });
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.err).toMatch(message);
      expect(run.err).toContain('Usage: npm run server:admin -- <command>');
    }
    expect((await cli(['help'], { db: db() })).code).toBe(0);
  });

  it('resets a password, signing the person out, and asks which office when the email is in two', async () => {
    const ana = await createStaff(db(), { email: 'ana@town.example', officeName: 'North' });
    const reset = await cli(['reset-password', '--email', 'ana@town.example'], { db: db() });
    expect(reset.code).toBe(0);
    expect(reset.out).toContain('Their devices have been signed out.');
    expect((await call(app(), 'GET', '/api/me', { token: ana.token })).statusCode).toBe(401);
    const password = temporaryPasswordIn(reset.out);
    expect((await call(app(), 'POST', '/api/sessions', { body: { email: ana.email, password } })).statusCode).toBe(201);

    const south = await createOffice(db(), 'South');
    await createStaff(db(), { email: 'ana@town.example', officeId: south });
    const ambiguous = await cli(['reset-password', '--email', 'ana@town.example'], { db: db() });
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.err).toMatch(/^ana@town\.example is used in several offices: say which with --office\. They are: "North" .*, "South" /);
    expect((await cli(['reset-password', '--email', 'ana@town.example', '--office', 'South'], { db: db() })).code).toBe(0);
    expect((await call(app(), 'POST', '/api/sessions', { body: { email: ana.email, password, officeId: ana.officeId } })).statusCode).toBe(201);
    expect((await cli(['reset-password', '--email', 'nobody@town.example'], { db: db() })).err).toBe('Nobody signs in with nobody@town.example.');
  });

  it('lists the staff of every office or of one', async () => {
    const ana = await createStaff(db(), { email: 'ana@town.example', displayName: 'Ana', role: 'admin', officeName: 'North' });
    await createStaff(db(), { email: 'ben@town.example', displayName: 'Ben', officeId: ana.officeId, isDisabled: true });
    await createOffice(db(), 'South');
    const all = await cli(['list-staff'], { db: db() });
    expect(all.code).toBe(0);
    expect(all.out.split('\n')).toEqual([
      `North (${ana.officeId})`,
      '  ana@town.example  Ana  admin',
      '  ben@town.example  Ben  counter  (turned off)',
      expect.stringMatching(/^South \(/),
      '  nobody yet',
    ]);
    expect((await cli(['list-staff', '--office', ana.officeId], { db: db() })).out.split('\n')).toHaveLength(3);
  });
});

describe('server:admin on the embedded database of DATA_DIR', () => {
  let base: string;
  beforeAll(async () => {
    useFastPasswords();
    base = await mkdtemp(join(tmpdir(), 'civic-cli-'));
  });
  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it(
    'opens and migrates it, and says to stop the server while the server holds it',
    async () => {
      const env = { DATA_DIR: join(base, 'pglite'), DATABASE_URL: '' };
      const added = await cli(['add-office', '--name', 'Town Hall'], { env });
      expect(added).toMatchObject({ code: 0, err: '' });
      expect(added.out).toMatch(/^Added the office "Town Hall"/);

      // What a running server holds: the data directory's lock.
      const lock = await lockDataDir(env.DATA_DIR);
      try {
        const busy = await cli(['list-staff'], { env });
        expect(busy.code).toBe(1);
        expect(busy.err).toMatch(/is in use by another Civic Notebook server .*Stop that server first.*The admin screen in the app works while the server runs\.\)$/);
      } finally {
        await lock.release();
      }
    },
    DATABASE_SETUP_TIMEOUT_MS,
  );
});
