/**
 * What the auth suites share: a fresh app on a migrated database per test (on PGlite and on PostgreSQL), a
 * short way to call it, and snapshots of the tables that must not change.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach } from 'vitest';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { describeEachDatabase } from '../../helpers/databases';
import type { DatabaseTarget } from '../../helpers/databases';
import { migrateForTests, useFastPasswords } from '../../helpers/staff';

/** What a suite's tests get. */
export interface AuthContext {
  db(): Db;
  app(): FastifyInstance;
  readonly target: DatabaseTarget;
}

/** Like describeEachDatabase, with the schema migrated and an app built before each test. */
export function describeAuth(name: string, body: (context: AuthContext) => void): void {
  useFastPasswords();
  describeEachDatabase(name, (getDb, target) => {
    let app: FastifyInstance | undefined;
    beforeEach(async () => {
      await migrateForTests(getDb());
      app = buildApp({ db: getDb() });
    });
    afterEach(async () => {
      await app?.close();
      app = undefined;
    });
    body({
      db: getDb,
      app: () => {
        if (app === undefined) throw new Error('No app: use app() inside tests');
        return app;
      },
      target,
    });
  });
}

/** A request to send. */
export interface Call {
  readonly body?: unknown;
  readonly token?: string;
  readonly headers?: Record<string, string>;
  readonly remoteAddress?: string;
}

/** Sends a JSON request (a bearer token when given). */
export function call(app: FastifyInstance, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, options: Call = {}): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }), ...options.headers };
  return app.inject({
    method,
    url,
    headers,
    ...(options.body === undefined ? {} : { payload: options.body as object }),
    ...(options.remoteAddress === undefined ? {} : { remoteAddress: options.remoteAddress }),
  });
}

/** The rows of the tables sign-in and admin work on, to compare before and after. */
export async function snapshotAuthTables(db: Db): Promise<unknown> {
  const tables: Record<string, unknown> = {};
  for (const table of ['offices', 'staff', 'sessions', 'setup_codes']) {
    tables[table] = (await db.query(`select * from ${table} order by id`)).rows;
  }
  return tables;
}

/** The Set-Cookie header of a response, as one string. */
export function setCookieOf(response: LightMyRequestResponse): string {
  const header = response.headers['set-cookie'];
  return Array.isArray(header) ? header.join('\n') : (header ?? '');
}
