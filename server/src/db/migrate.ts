/**
 * Numbered SQL migrations: server/migrations/NNN_name.sql, applied in order at start. All pending ones run
 * in one transaction, so a failing migration leaves the database as it was. Each applied one is recorded in
 * schema_migrations with a checksum of its text: an applied migration that was edited afterwards, or one
 * the database has but this code lacks (a newer server ran here), stops the start instead of guessing.
 *
 * Several PostgreSQL processes may start at once: the first statement takes a transaction-scoped advisory
 * lock, so the others wait, then find the work done. PGlite runs the same SQL (it has advisory locks too).
 * Migrations must be transactional (no CREATE INDEX CONCURRENTLY) and run on PostgreSQL 15 and PGlite.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db, Tx } from './db';

/** One migration file. */
export interface Migration {
  readonly version: number;
  /** The file name without .sql, e.g. '001_offices_and_staff'. */
  readonly name: string;
  readonly sql: string;
}

/** server/migrations/. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Arbitrary, fixed: every process must use the same key for the lock to mean anything. */
const MIGRATION_LOCK_KEY = 7_301_733_001;
const FILE_NAME = /^(\d{3})_[a-z0-9_]+\.sql$/;

/** Reads and orders the migration files; throws on a misnamed .sql file or a repeated number. */
export async function loadMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const match = FILE_NAME.exec(file);
    if (match === null) throw new Error(`Migration file ${file} must be named NNN_lower_case_name.sql`);
    const version = Number(match[1]);
    if (migrations.some((m) => m.version === version)) throw new Error(`Two migrations are numbered ${match[1]}`);
    migrations.push({ version, name: file.slice(0, -'.sql'.length), sql: await readFile(join(dir, file), 'utf8') });
  }
  return migrations;
}

/** Hash of a migration's text; line endings are normalized so a Windows checkout matches. */
export function checksum(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

interface AppliedRow {
  version: number;
  name: string;
  checksum: string;
}

function checkApplied(applied: readonly AppliedRow[], migrations: readonly Migration[]): void {
  for (const row of applied) {
    const migration = migrations.find((m) => m.version === row.version);
    if (migration === undefined) {
      throw new Error(`The database has migration ${row.name}, which this server does not know: it was run by a newer version`);
    }
    if (checksum(migration.sql) !== row.checksum) {
      throw new Error(`Migration ${row.name} was changed after it was applied: add a new migration instead`);
    }
  }
}

async function applyOne(tx: Tx, migration: Migration): Promise<void> {
  try {
    await tx.exec(migration.sql);
  } catch (error) {
    throw new Error(`Migration ${migration.name} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  await tx.query('insert into schema_migrations (version, name, checksum) values ($1, $2, $3)', [
    migration.version,
    migration.name,
    checksum(migration.sql),
  ]);
}

/** Applies the migrations the database has not had yet, in order; returns those it applied. */
export async function migrate(db: Db, migrations: readonly Migration[]): Promise<Migration[]> {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  return db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await tx.exec(`create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      checksum text not null,
      applied_at timestamptz not null default now()
    )`);
    const { rows } = await tx.query<AppliedRow>('select version, name, checksum from schema_migrations order by version');
    checkApplied(rows, ordered);
    const pending = ordered.filter((m) => !rows.some((row) => row.version === m.version));
    for (const migration of pending) await applyOne(tx, migration);
    return pending;
  });
}
