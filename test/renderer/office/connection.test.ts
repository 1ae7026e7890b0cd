/**
 * The desk's office connection against the real server over real HTTP (in-memory PGlite, the desktop's
 * bearer-token way; the browser's cookie way is covered by test/e2e/sync.e2e.ts): signing in uploads what the
 * desk logged alone, a desk stays with its office, a new person at the desk gets a client id of their own,
 * and signing out or losing the session is said in plain words.
 */
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { openPglite } from '../../../server/src/db/pglite';
import { countPending, createConcern, readOfficeRecord, readSyncState, type NotebookDb } from '../../../renderer/src/db';
import { createOfficeConnection, type OfficeConnection } from '../../../renderer/src/office/connection';
import { OfficeApiError } from '../../../renderer/src/office/office-api';
import type { OfficeAccess, Platform, TokenKeeping } from '../../../renderer/src/platform/platform';
import { freshDb } from '../../helpers/fake-db';
import { ctx, fields, testId } from '../../helpers/concerns';
import { createStaff, migrateForTests, useFastPasswords, type TestStaff } from '../../helpers/staff';

useFastPasswords();

/** A desktop platform whose office store lives in memory (main's safeStorage side is tested in test/electron). */
function desktopPlatform(saved: Partial<OfficeAccess> = {}, keeping: TokenKeeping = 'encrypted') {
  const store = { address: saved.address, token: saved.token, reloads: 0 };
  const platform: Platform = {
    kind: 'desktop',
    appInfo: () => Promise.resolve({ name: 'Civic Notebook', version: 'test', os: 'linux' }),
    openExternal: () => Promise.resolve(),
    notify: () => Promise.resolve(),
    requestPersistentStorage: () => Promise.resolve(true),
    onCommand: () => () => undefined,
    onOpenConcern: () => () => undefined,
    reportStatus: () => undefined,
    exports: { saveFile: () => Promise.resolve({ outcome: 'cancelled' }), printToPdf: () => Promise.resolve({ outcome: 'cancelled' }) },
    office: {
      addressMode: 'chosen',
      load: () => Promise.resolve({ address: store.address, token: store.token, tokenKeeping: keeping }),
      setAddress(address) {
        if (address !== store.address) store.token = undefined;
        store.address = address;
        return Promise.resolve();
      },
      saveToken(token) {
        store.token = token;
        return Promise.resolve(keeping);
      },
    },
    reload: () => {
      store.reloads += 1;
    },
  };
  return { platform, store };
}

let db: Db;
let app: FastifyInstance;
let address: string;
let desk: NotebookDb;
const connections: OfficeConnection[] = [];
const fast = { periodMs: 200, backoff: { baseMs: 50, maxMs: 200 } };

const connect = (platform: Platform) => {
  const connection = createOfficeConnection({ db: desk, platform, engine: fast });
  connections.push(connection);
  return connection;
};

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 500; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`not reached: ${what}`);
}

/** Waits until the connection's engine has sent everything and synced. */
async function untilSynced(office: OfficeConnection, what: string): Promise<void> {
  try {
    await until(() => office.sync.get().state === 'synced' && office.sync.get().pending === 0, what);
  } catch (error) {
    throw new Error(`${String(error)}; sync is ${JSON.stringify(office.sync.get())}, connection ${JSON.stringify(office.state.get())}`, {
      cause: error,
    });
  }
}

let minute = 0;
const logHere = (summary: string) => {
  minute += 1;
  const at = new Date(Date.UTC(2026, 10, 23, 9, minute));
  return createConcern(desk, testId(at.getTime()), fields({ summary }), ctx(at));
};
const serverSummaries = async (officeId: string) =>
  (await db.query<{ summary: string }>(`select row->>'summary' as summary from concerns where office_id = $1 order by 1`, [officeId])).rows.map(
    (r) => r.summary,
  );

beforeEach(async () => {
  db = await openPglite({});
  await migrateForTests(db);
  app = buildApp({ db });
  await app.listen({ host: '127.0.0.1', port: 0 });
  address = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  desk = freshDb();
}, 60_000);

afterEach(async () => {
  await Promise.all(connections.splice(0).map((c) => c.stop()));
  await app.close();
  await db.close();
});

describe('office connection (desktop, bearer token)', { timeout: 60_000 }, () => {
  let ana: TestStaff;
  beforeEach(async () => {
    ana = await createStaff(db, { role: 'admin', officeName: 'Riverside' });
  });

  it('works alone until someone signs in, then uploads everything logged so far', async () => {
    const { platform, store } = desktopPlatform({ address });
    const office = connect(platform);
    await office.start();
    expect(office.state.get()).toMatchObject({ phase: 'signed-out', address });
    await logHere('Logged before the desk had a server');
    await logHere('And another');
    await until(() => office.sync.get().pending === 2, 'two pending');
    expect(office.sync.get().state).toBe('local-only');

    const staff = await office.signIn({ email: ana.email, password: ana.password });
    expect(staff.officeId).toBe(ana.officeId);
    expect(store.token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(office.state.get()).toMatchObject({ phase: 'signed-in', tokenKeeping: 'encrypted', account: { staffId: ana.id, isSignedIn: true } });
    await until(() => office.sync.get().state === 'synced' && office.sync.get().pending === 0, 'synced');
    expect(await serverSummaries(ana.officeId)).toEqual(['And another', 'Logged before the desk had a server']);

    // The next start signs in by itself with the kept token.
    await office.stop();
    const again = connect(platform);
    await again.start();
    expect(again.state.get().phase).toBe('signed-in');
  });

  it('refuses an account of another office, keeps the desk as it was and leaves no session behind', async () => {
    const { platform } = desktopPlatform({ address });
    const office = connect(platform);
    await office.start();
    await office.signIn({ email: ana.email, password: ana.password });
    await office.signOut();
    const other = await createStaff(db, { officeName: 'Hillside' });
    const liveBefore = await db.query(`select 1 from sessions where staff_id = $1 and revoked_at is null`, [other.id]);

    const refused = office.signIn({ email: other.email, password: other.password });
    await expect(refused).rejects.toThrow(/keeps the notebook of Riverside.*Hillside/);
    await expect(refused).rejects.toMatchObject({ code: 'other-office' });
    expect(office.state.get()).toMatchObject({ phase: 'signed-out', account: { officeName: 'Riverside' } });
    expect((await readOfficeRecord(desk))?.officeId).toBe(ana.officeId);
    const liveAfter = await db.query(`select 1 from sessions where staff_id = $1 and revoked_at is null`, [other.id]);
    expect(liveAfter.rows.length).toBe(liveBefore.rows.length);
  });

  it('gives the desk a new client id when a colleague signs in, sending the unsent changes under them', async () => {
    const ben = await createStaff(db, { officeId: ana.officeId, email: 'ben@riverside.example' });
    const { platform } = desktopPlatform({ address });
    const office = connect(platform);
    await office.start();
    await office.signIn({ email: ana.email, password: ana.password });
    await logHere('Sent by Ana');
    await until(() => office.sync.get().pending === 0 && office.sync.get().state === 'synced', 'Ana synced');
    const anaClient = (await readSyncState(desk)).clientId;
    await office.signOut();
    await logHere('Logged between sign-ins');
    await logHere('Also between');

    await office.signIn({ email: ben.email, password: ben.password });
    const benClient = (await readSyncState(desk)).clientId;
    expect(benClient).not.toBe(anaClient);
    await until(async () => (await countPending(desk)) === 0 && office.sync.get().state === 'synced', 'Ben synced');
    expect(await serverSummaries(ana.officeId)).toEqual(['Also between', 'Logged between sign-ins', 'Sent by Ana']);
    const owners = await db.query<{ client_id: string; staff_id: string }>('select client_id, staff_id from sync_clients order by created_at');
    expect(owners.rows).toEqual([
      expect.objectContaining({ client_id: anaClient, staff_id: ana.id }),
      expect.objectContaining({ client_id: benClient, staff_id: ben.id }),
    ]);
  });

  it('says when a desktop without an encrypted store lost its sign-in at restart', async () => {
    const { platform, store } = desktopPlatform({ address }, 'memory-only');
    const office = connect(platform);
    await office.start();
    await office.signIn({ email: ana.email, password: ana.password });
    expect(office.state.get().tokenKeeping).toBe('memory-only');
    await office.stop();
    store.token = undefined; // what a restart does to a token kept only in memory

    const restarted = connect(platform);
    await restarted.start();
    expect(restarted.state.get()).toMatchObject({ phase: 'signed-out', notice: expect.stringContaining('Sign in again') });
    expect((await readOfficeRecord(desk))?.isSignedIn).toBe(false);
  });

  it('signs out on the desk even when the server cannot be told', async () => {
    const { platform, store } = desktopPlatform({ address });
    const office = connect(platform);
    await office.start();
    await office.signIn({ email: ana.email, password: ana.password });
    await app.close();
    expect(await office.signOut()).toEqual({ serverReached: false });
    expect(store.token).toBeUndefined();
    expect(office.state.get().phase).toBe('signed-out');
  });

  it('tells staff in plain words when an admin signed this device out', async () => {
    const { platform } = desktopPlatform({ address });
    const office = connect(platform);
    await office.start();
    await office.signIn({ email: ana.email, password: ana.password });
    await until(() => office.sync.get().state === 'synced', 'synced');
    await db.query('update sessions set revoked_at = now() where staff_id = $1', [ana.id]);
    await logHere('After the session ended');
    await until(() => office.state.get().phase === 'signed-out', 'signed out');
    expect(office.state.get().notice).toMatch(/sign in/i);
    await until(() => office.sync.get().pending === 1, 'the unsent change counted');
    expect(office.sync.get().state).toBe('local-only');
    expect((await readOfficeRecord(desk))?.isSignedIn).toBe(false);

    // Signing in again sends what waited, under the same client id (same person).
    const clientId = (await readSyncState(desk)).clientId;
    await office.signIn({ email: ana.email, password: ana.password });
    await untilSynced(office, 'synced again');
    expect((await readSyncState(desk)).clientId).toBe(clientId);
    expect(await serverSummaries(ana.officeId)).toContain('After the session ended');
  });

  it('gives a clear error for a wrong password and an unreachable server', async () => {
    const { platform } = desktopPlatform({ address });
    const office = connect(platform);
    await office.start();
    const wrong = office.signIn({ email: ana.email, password: 'not the password at all' });
    await expect(wrong).rejects.toBeInstanceOf(OfficeApiError);
    await expect(wrong).rejects.toMatchObject({ status: 401 });
    await app.close();
    await expect(office.signIn({ email: ana.email, password: ana.password })).rejects.toMatchObject({
      code: 'offline',
      message: expect.stringContaining('cannot be reached'),
    });
    expect(office.state.get().phase).toBe('signed-out');
  });

  it('points the desktop at a server and reloads; with none saved it asks for the address', async () => {
    const { platform, store } = desktopPlatform();
    const office = connect(platform);
    await office.start();
    expect(office.state.get().phase).toBe('no-server');
    await office.setAddress(address);
    expect(store).toMatchObject({ address, reloads: 1 });
  });
});
