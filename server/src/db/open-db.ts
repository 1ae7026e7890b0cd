/**
 * Chooses the database: PostgreSQL when a URL is given (DATABASE_URL), otherwise the embedded PGlite in
 * dataDir (DATA_DIR), so `npm run server` needs no setup and an office can move to PostgreSQL later.
 */
import { resolve } from 'node:path';
import type { Db } from './db';
import { openPglite } from './pglite';
import { describePostgresUrl, openPostgres } from './postgres';

/** Where the database is. */
export interface OpenDbOptions {
  /** A postgres:// URL; when absent or empty, the embedded database is used. */
  readonly databaseUrl?: string | undefined;
  /** The embedded database's data directory (ignored with a databaseUrl). */
  readonly dataDir: string;
  /** Trouble no caller is waiting for: a dropped PostgreSQL connection, a listener that threw. */
  readonly onError?: (error: Error) => void;
}

function usesPostgres(options: OpenDbOptions): options is OpenDbOptions & { databaseUrl: string } {
  return options.databaseUrl !== undefined && options.databaseUrl !== '';
}

/** Opens the database the options point at. */
export function openDb(options: OpenDbOptions): Promise<Db> {
  const onError = options.onError === undefined ? {} : { onError: options.onError };
  if (usesPostgres(options)) return openPostgres({ url: options.databaseUrl, ...onError });
  return openPglite({ dataDir: options.dataDir, ...onError });
}

/** Which database the options point at, for people (never a password). */
export function describeDb(options: OpenDbOptions): string {
  return usesPostgres(options)
    ? `PostgreSQL at ${describePostgresUrl(options.databaseUrl)}`
    : `embedded PGlite in ${resolve(options.dataDir)}`;
}
