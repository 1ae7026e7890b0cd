/**
 * A PostgreSQL connection ended while a transaction holds it (a database restart, an administrator's
 * pg_terminate_backend): that transaction fails, the process carries on, and the next one gets a new
 * connection. The pool watches only idle connections, so without the adapter's own watch the dropped
 * connection's 'error' event would be unhandled and end the server.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../../../server/src/db/db';
import { openPostgres } from '../../../server/src/db/postgres';
import { DATABASE_SETUP_TIMEOUT_MS } from '../../helpers/databases';
import { startPostgres, type PostgresCluster } from '../../helpers/postgres';

let cluster: PostgresCluster;
let db: Db;
let admin: Db;

beforeAll(async () => {
  cluster = await startPostgres();
  db = await openPostgres({ url: cluster.url, onError: () => undefined });
  admin = await openPostgres({ url: cluster.url, onError: () => undefined });
}, DATABASE_SETUP_TIMEOUT_MS);
afterAll(async () => {
  await db.close();
  await admin.close();
  await cluster.stop();
});

it('fails only the transaction whose connection was ended under it, and serves the next on a new connection', async () => {
  let ended: number | undefined;
  const failing = db.transaction(async (tx) => {
    const { rows } = await tx.query<{ pid: number }>('select pg_backend_pid() as pid');
    ended = rows[0]?.pid;
    await admin.query('select pg_terminate_backend($1)', [ended]);
    // Between statements, as when a mutator computes: the connection drops while no query is waiting on it.
    await sleep(200);
    await tx.query('select 1');
  });
  await expect(failing).rejects.toThrow();
  const { rows } = await db.transaction((tx) => tx.query<{ pid: number }>('select pg_backend_pid() as pid'));
  expect(rows[0]?.pid).not.toBe(ended);
  expect((await db.query<{ one: number }>('select 1 as one')).rows).toEqual([{ one: 1 }]);
});
