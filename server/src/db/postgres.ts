/**
 * PostgreSQL through a pg.Pool, for offices that run several server processes or their own database
 * server. Each transaction runs on one checked-out connection; LISTEN runs on a dedicated one
 * (postgres-listener.ts). Several processes may share one database: migrations take an advisory lock.
 */
import { Pool, TypeOverrides } from 'pg';
import type { ClientConfig, PoolClient, QueryConfig } from 'pg';
import type { Db, QueryResult, Tx, Unlisten } from './db';
import {
  abortedCommitError,
  assertChannel,
  assertOutsideTransaction,
  closedError,
  finishedTxError,
  runInTransactionScope,
} from './guards';
import { createListener } from './postgres-listener';
import type { Listener } from './postgres-listener';
import { TEXT_ARRAY_OID, TEXT_ARRAY_OIDS, TEXT_VALUE_OIDS, asText } from './type-parsers';

/** How to reach PostgreSQL. */
export interface PostgresOptions {
  /** postgres://user:password@host:port/database */
  readonly url: string;
  /** Connection trouble that no caller is waiting for (an idle connection dropped, the listener reconnecting). */
  readonly onError?: (error: Error) => void;
  readonly maxConnections?: number;
}

const NOTIFY_SQL = 'select pg_notify($1, $2)';

function typeOverrides(): TypeOverrides {
  const overrides = new TypeOverrides();
  for (const oid of TEXT_VALUE_OIDS) overrides.setTypeParser(oid, 'text', asText);
  // Not overridden, so this is pg's own text[] parser. @types/pg types its argument as a number, which it is not.
  const textArray = overrides.getTypeParser(TEXT_ARRAY_OID, 'text') as unknown as (value: string) => string[];
  for (const oid of TEXT_ARRAY_OIDS) overrides.setTypeParser(oid, 'text', textArray);
  return overrides;
}

/**
 * pg sends a query without parameters as a "simple query", which may hold several statements; PGlite's
 * query() never does. Forcing the extended protocol makes query() one statement on both, so code that
 * works here cannot fail on the embedded database. (pg supports queryMode; its types do not list it yet.)
 */
function oneStatement(text: string, params: readonly unknown[]): QueryConfig {
  const config: QueryConfig & { queryMode: 'extended' } = { text, values: [...params], queryMode: 'extended' };
  return config;
}

/** user@host:port/database, never the password: for messages and logs. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname || (parsed.searchParams.get('host') ?? 'localhost');
    const user = parsed.username === '' ? '' : `${decodeURIComponent(parsed.username)}@`;
    return `${user}${host}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return '(an unparseable DATABASE_URL)';
  }
}

/** Connects (checking that the database answers) and returns the Db. */
export async function openPostgres(options: PostgresOptions): Promise<Db> {
  const onError = options.onError ?? ((error: Error) => console.warn(`PostgreSQL: ${error.message}`));
  const config: ClientConfig = {
    connectionString: options.url,
    types: typeOverrides(),
    connectionTimeoutMillis: 10_000,
    application_name: 'civic-notebook',
  };
  const pool = new Pool({ ...config, max: options.maxConnections ?? 10, idleTimeoutMillis: 30_000 });
  // An idle pooled connection that drops emits 'error' on the pool; unhandled, that would end the process.
  pool.on('error', onError);
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not connect to PostgreSQL at ${describePostgresUrl(options.url)}: ${reason}`, { cause: error });
  }
  return postgresDb(pool, createListener(config, onError));
}

async function runTransaction<T>(owner: Db, client: PoolClient, fn: (tx: Tx) => Promise<T>): Promise<T> {
  let isOpen = true;
  const check = (): void => {
    if (!isOpen) throw finishedTxError();
  };
  const tx: Tx = {
    async query<R>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
      check();
      const { rows } = await client.query(oneStatement(sql, params));
      return { rows: rows as R[] };
    },
    async exec(sql: string): Promise<void> {
      check();
      await client.query(sql);
    },
    async notify(channel: string, payload: string): Promise<void> {
      assertChannel(channel);
      await tx.query(NOTIFY_SQL, [channel, payload]);
    },
  };
  let isBroken = false;
  // The pool listens for errors only on idle connections. One that drops while checked out here (the database
  // restarts, an admin ends the session) emits 'error' with no listener, which would end the whole process;
  // its queries fail by themselves, so the error only has to mark the connection as not to be reused.
  const onLost = (): void => {
    isBroken = true;
  };
  client.on('error', onLost);
  try {
    await client.query('BEGIN');
    const result = await runInTransactionScope(owner, () => fn(tx));
    isOpen = false;
    // COMMIT of a transaction aborted by a failed statement (one fn caught) quietly rolls back instead.
    const commit = await client.query('COMMIT');
    if (commit.command === 'ROLLBACK') throw abortedCommitError();
    return result;
  } catch (error) {
    isOpen = false;
    await client.query('ROLLBACK').catch(() => {
      isBroken = true;
    });
    throw error;
  } finally {
    // A connection that dropped, or whose ROLLBACK failed (it may still be inside the transaction), is
    // destroyed, never reused.
    client.removeListener('error', onLost);
    client.release(isBroken);
  }
}

function postgresDb(pool: Pool, listener: Listener): Db {
  let closing: Promise<void> | undefined;
  const ensureOpen = (): void => {
    if (closing !== undefined) throw closedError();
  };
  const db: Db = {
    kind: 'postgres',
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      assertOutsideTransaction(db, 'query');
      ensureOpen();
      const { rows } = await pool.query(oneStatement(sql, params));
      return { rows: rows as T[] };
    },
    async exec(sql: string): Promise<void> {
      assertOutsideTransaction(db, 'exec');
      ensureOpen();
      await pool.query(sql);
    },
    async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      assertOutsideTransaction(db, 'transaction');
      ensureOpen();
      return runTransaction(db, await pool.connect(), fn);
    },
    async listen(channel: string, onPayload: (payload: string) => void): Promise<Unlisten> {
      assertChannel(channel);
      assertOutsideTransaction(db, 'listen');
      ensureOpen();
      return listener.listen(channel, onPayload);
    },
    async notify(channel: string, payload: string): Promise<void> {
      assertChannel(channel);
      assertOutsideTransaction(db, 'notify');
      await db.query(NOTIFY_SQL, [channel, payload]);
    },
    close(): Promise<void> {
      // pool.end() waits for checked-out connections, so transactions under way finish first.
      closing ??= listener.close().then(() => pool.end());
      return closing;
    },
  };
  return db;
}
