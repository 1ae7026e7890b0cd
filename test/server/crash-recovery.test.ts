/**
 * The server killed (SIGKILL) while desks push over real HTTP, then started again on the same data, on the
 * embedded database and on PostgreSQL (SYNC.md, "What the tests must prove", 1). What the server confirmed
 * must be there exactly once; what it never confirmed completes when sent again, without anything applied
 * twice; and a desk running the real sync engine catches up by itself once the server is back.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DbKind } from '../../server/src/db/db';
import { openDb } from '../../server/src/db/open-db';
import { DATABASE_SETUP_TIMEOUT_MS } from '../helpers/databases';
import { startEngineDesk, until, type EngineDesk } from '../helpers/engine-desk';
import { addStaffMember, concernOf, pullEverything, setUpOffice, signIn, type PulledOffice } from '../helpers/http-office';
import { freePort, startPostgres, type PostgresCluster } from '../helpers/postgres';
import { createPushDesk, type PushDesk, type Traffic } from '../helpers/push-desk';
import { setupCodeOf, startServerProcess, type ServerProcess } from '../helpers/server-process';

/** Mutations the server must have confirmed before it is killed, so the kill lands in steady traffic. */
const CONFIRMED_BEFORE_KILL = 100;
const PUSH_DESKS = 4;

let base: string;
const running: ServerProcess[] = [];
const engines: EngineDesk[] = [];

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'civic-crash-'));
});
afterEach(async () => {
  for (const desk of engines.splice(0)) await desk.engine.stop();
  for (const server of running.splice(0)) await server.kill('SIGKILL');
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function startServer(env: Record<string, string>): ServerProcess {
  const server = startServerProcess(env);
  running.push(server);
  return server;
}

/** Every mutation the desks made has its concern in the office exactly once, and nothing else is there. */
function expectEachOnce(office: PulledOffice, concernIds: readonly string[]): void {
  expect([...office.concerns.keys()].sort()).toEqual([...concernIds].sort());
  expect([...office.createdEntries.values()].every((count) => count === 1)).toBe(true);
  expect(office.createdEntries.size).toBe(concernIds.length);
}

/** Reads sync_mutations and the progress marks directly: each mutation of each device recorded once, applied. */
async function expectRecordedOnce(databaseUrl: string | undefined, dataDir: string, made: ReadonlyMap<string, number>): Promise<void> {
  const db = await openDb({ databaseUrl, dataDir, onError: () => undefined });
  try {
    const { rows } = await db.query<{ client_id: string; n: number; ids: number; top: number; applied: number }>(
      `select client_id, count(*)::int as n, count(distinct mutation_id)::int as ids, max(mutation_id)::int as top,
              count(*) filter (where status = 'applied')::int as applied
       from sync_mutations group by client_id`,
    );
    const expected = [...made].map(([clientId, count]) => ({ client_id: clientId, n: count, ids: count, top: count, applied: count }));
    expect(rows.sort((a, b) => a.client_id.localeCompare(b.client_id))).toEqual(expected.sort((a, b) => a.client_id.localeCompare(b.client_id)));
    const marks = await db.query(`select client_id, mutation_id from sync_log where op = 'mutation' group by 1, 2 having count(*) > 1`);
    expect(marks.rows).toEqual([]);
  } finally {
    await db.close();
  }
}

describe.each<DbKind>(['pglite', 'postgres'])('a server killed in the middle of pushes (%s)', (kind) => {
  let cluster: PostgresCluster | undefined;
  beforeAll(async () => {
    if (kind === 'postgres') cluster = await startPostgres();
  }, DATABASE_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await cluster?.stop();
  });

  it(
    'keeps every confirmed change exactly once, completes the rest when they are sent again, and its desks resume by themselves',
    async () => {
      const dataDir = join(base, `pglite-${randomUUID()}`);
      const databaseUrl = cluster === undefined ? undefined : await cluster.createDatabase();
      // A fixed port, so the restarted server is where the desks knew it.
      const env = { PORT: String(await freePort()), ...(databaseUrl === undefined ? { DATA_DIR: dataDir } : { DATABASE_URL: databaseUrl }) };
      let server = startServer(env);
      const url = await server.started;
      const admin = await setUpOffice(url, await setupCodeOf(server));
      const staff = [await addStaffMember(url, admin.token), await addStaffMember(url, admin.token)];
      const traffic: Traffic = { inFlight: 0, confirmed: 0 };
      const desks: PushDesk[] = [];
      for (let i = 0; i < PUSH_DESKS; i += 1) {
        desks.push(createPushDesk(url, await signIn(url, staff[i % staff.length] ?? admin, `Desk ${i + 1}`), traffic));
      }
      const engineDesk = await startEngineDesk(url, await signIn(url, staff[0] ?? admin, 'Engine desk'));
      engines.push(engineDesk);
      await engineDesk.log(2);
      await until('the engine desk has sent its first changes', () => engineDesk.isSettled());

      // Kill the server while every push desk has a request under way.
      const pushing = desks.map((desk) => desk.pushUntilFailure());
      await until('the server has confirmed enough mutations', () => traffic.confirmed >= CONFIRMED_BEFORE_KILL && traffic.inFlight > 0, 60_000, 1);
      expect(await server.kill('SIGKILL')).toBeNull();
      await Promise.all(pushing);
      expect(desks.every((desk) => desk.failedPushes === 1)).toBe(true);
      await engineDesk.log(2); // saved while the server is down

      server = startServer(env);
      await engineDesk.log(1); // saved while it starts
      expect(await server.started).toBe(url);
      expect(server.output()).not.toContain('setup code');

      // Before anything is sent again: every confirmed mutation is there, once.
      const confirmed = desks.flatMap((desk) => desk.made.filter((m) => desk.confirmed.get(m.id)?.status === 'applied'));
      expect(confirmed.length).toBeGreaterThanOrEqual(CONFIRMED_BEFORE_KILL);
      const afterRestart = await pullEverything(url, admin.token, randomUUID());
      for (const mutation of confirmed) expect(afterRestart.concerns.has(concernOf(mutation))).toBe(true);
      expect([...afterRestart.createdEntries.values()].every((count) => count === 1)).toBe(true);

      // Sending the unconfirmed ones again completes them: applied now, or found already applied; never twice.
      for (const desk of desks) {
        const results = await desk.resend(url);
        expect(results.map((r) => r.id)).toEqual(desk.made.slice(-results.length).map((m) => m.id));
        for (const result of results) expect(result.status === 'applied' || (result.status === 'duplicate' && result.outcome === 'applied')).toBe(true);
        expect(desk.made.every((m) => desk.confirmed.has(m.id))).toBe(true);
      }

      // The engine desk was never told to sync: its timer and backoff bring it back.
      await engineDesk.log(1);
      const everyConcern = [...desks.flatMap((desk) => desk.made.map(concernOf)), ...engineDesk.logged];
      await until('the engine desk has caught up with the office', async () => {
        if (!(await engineDesk.isSettled())) return false;
        return (await engineDesk.concernIds()).length === everyConcern.length;
      });
      expect(await engineDesk.concernIds()).toEqual([...everyConcern].sort());
      const office = await pullEverything(url, admin.token, randomUUID());
      expectEachOnce(office, everyConcern);

      // The database's own record: each mutation of each device once, all applied.
      const engineClient = await engineDesk.clientId();
      const made = new Map(desks.map((desk) => [desk.clientId, desk.made.length]));
      made.set(engineClient ?? '', engineDesk.logged.length);
      await engineDesk.engine.stop();
      expect(await server.kill('SIGTERM')).toBe(0);
      await expectRecordedOnce(databaseUrl, dataDir, made);
    },
    DATABASE_SETUP_TIMEOUT_MS,
  );
});
