/**
 * The server's one door to its database. Two adapters implement it: PGlite in this process (pglite.ts, the
 * default, no setup) and PostgreSQL through a pool (postgres.ts, when DATABASE_URL is set). Services and
 * routes see only these types, so every query is written once and the same tests run against both.
 *
 * Values come back the same from both adapters (type-parsers.ts): int8 and numeric as strings, date and
 * timestamp-without-zone as their text, timestamptz as Date, json as parsed values, bytea as Buffer.
 */

/** Which engine a Db runs on. */
export type DbKind = 'pglite' | 'postgres';

/** A result row: column name to value. */
export type Row = Record<string, unknown>;

/** What a query returns. */
export interface QueryResult<T> {
  readonly rows: T[];
}

/** Running SQL: on the database itself, or inside a transaction. */
export interface Queryable {
  /** One statement with $1, $2... parameters. */
  query<T = Row>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** A script of several statements without parameters (a migration). */
  exec(sql: string): Promise<void>;
}

/** The handle a transaction's function gets; it stops working once the transaction ends. */
export interface Tx extends Queryable {
  /** Sends a notification when, and only if, this transaction commits. */
  notify(channel: string, payload: string): Promise<void>;
}

/** Stops a listener; resolves once the database no longer delivers to it. */
export type Unlisten = () => Promise<void>;

/** The database. */
export interface Db extends Queryable {
  readonly kind: DbKind;
  /**
   * Runs fn between BEGIN and COMMIT; anything thrown (or a failed statement) rolls it all back and rejects.
   * Inside fn use only tx: calling this Db's query or transaction there is an error, because on PGlite it
   * would wait for the transaction it is part of, and on PostgreSQL it would run outside it.
   */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Calls onPayload for each notification on channel (a lower-case SQL identifier), from any connection. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<Unlisten>;
  /** Sends a notification now. */
  notify(channel: string, payload: string): Promise<void>;
  /** Waits for work already started, then closes; anything called afterwards rejects. Safe to call twice. */
  close(): Promise<void>;
}
