/**
 * Runs one server test suite against both databases the server supports:
 *
 *   describeEachDatabase('transactions', (getDb, target) => {
 *     it('commits', async () => { await getDb().query('select 1'); });
 *   });
 *
 * defines "transactions (pglite)" on an in-memory PGlite and "transactions (postgres)" on a database of a
 * throw-away PostgreSQL cluster (one cluster per test file, started on first use; a database per suite).
 * Before each test the public schema is dropped and recreated, so every test starts from an empty database
 * (run migrations yourself when you need tables). A test may close the Db; the next test gets a new one.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import type { Db, DbKind } from '../../server/src/db/db';
import { openPglite } from '../../server/src/db/pglite';
import { openPostgres } from '../../server/src/db/postgres';
import { startPostgres } from './postgres';
import type { PostgresCluster } from './postgres';

/** What a suite knows about the database it runs on. */
export interface DatabaseTarget {
  readonly kind: DbKind;
  /**
   * Another connection to the suite's database, as a second server process would have; closed after the
   * test. PGlite has a single connection and a single owner, so there it is the suite's Db itself.
   */
  connect(): Promise<Db>;
}

/** Generous: PGlite's first start compiles its WebAssembly, and initdb is slow on a busy machine. */
export const DATABASE_SETUP_TIMEOUT_MS = 120_000;
const KINDS: readonly DbKind[] = ['pglite', 'postgres'];

let cluster: Promise<PostgresCluster> | undefined;
let isStopRegistered = false;

function theCluster(): Promise<PostgresCluster> {
  cluster ??= startPostgres();
  return cluster;
}

async function stopCluster(): Promise<void> {
  const running = cluster;
  cluster = undefined;
  await (await running)?.stop();
}

/** Background trouble (a listener that threw, a dropped connection): tests check behaviour, not logs. */
function ignore(): void {}

/** The same Db, reporting when someone closes it. */
function watchClose(inner: Db, onClose: () => void): Db {
  return {
    kind: inner.kind,
    query: (sql, params) => inner.query(sql, params),
    exec: (sql) => inner.exec(sql),
    transaction: (fn) => inner.transaction(fn),
    listen: (channel, onPayload) => inner.listen(channel, onPayload),
    notify: (channel, payload) => inner.notify(channel, payload),
    close: () => {
      onClose();
      return inner.close();
    },
  };
}

function defineSuite(kind: DbKind, body: (getDb: () => Db, target: DatabaseTarget) => void): void {
  let db: Db | undefined;
  let url: string | undefined;
  let extras: Db[] = [];
  const open = async (): Promise<void> => {
    if (kind === 'pglite') {
      db = watchClose(await openPglite({ onError: ignore }), () => (db = undefined));
      return;
    }
    url ??= await (await theCluster()).createDatabase();
    db = watchClose(await openPostgres({ url, onError: ignore }), () => (db = undefined));
  };
  const getDb = (): Db => {
    if (db === undefined) throw new Error('No database: getDb() is for use inside tests and hooks');
    return db;
  };
  const target: DatabaseTarget = {
    kind,
    async connect() {
      if (kind === 'pglite' || url === undefined) return getDb();
      const other = await openPostgres({ url, onError: ignore });
      extras.push(other);
      return other;
    },
  };
  beforeAll(open, DATABASE_SETUP_TIMEOUT_MS);
  beforeEach(async () => {
    if (db === undefined) await open();
    await getDb().exec('drop schema public cascade; create schema public;');
  }, DATABASE_SETUP_TIMEOUT_MS);
  afterEach(async () => {
    const closing = extras;
    extras = [];
    await Promise.all(closing.map((other) => other.close()));
  });
  afterAll(async () => {
    await db?.close();
  });
  body(getDb, target);
}

/** Defines the suite once per database kind; see the module comment. */
export function describeEachDatabase(name: string, body: (getDb: () => Db, target: DatabaseTarget) => void): void {
  if (!isStopRegistered) {
    isStopRegistered = true;
    afterAll(stopCluster, DATABASE_SETUP_TIMEOUT_MS);
  }
  for (const kind of KINDS) describe(`${name} (${kind})`, () => defineSuite(kind, body));
}
