import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/src/db/db';
import { checksum, loadMigrations, migrate } from '../../../server/src/db/migrate';
import type { Migration } from '../../../server/src/db/migrate';
import { describeEachDatabase } from '../../helpers/databases';

const first: Migration = { version: 1, name: '001_notes', sql: 'create table notes (id integer primary key, body text not null);' };
const second: Migration = { version: 2, name: '002_tags', sql: 'create table tags (note_id integer not null references notes (id), tag text not null);' };
// Slow on purpose: it holds the migration transaction open while other runners arrive.
const third: Migration = {
  version: 3,
  name: '003_slow_index',
  sql: "select pg_sleep(0.2); create index tags_tag_idx on tags (tag); insert into notes values (1, 'seeded once');",
};

async function recorded(db: Db): Promise<{ version: number; name: string; checksum: string; applied_at: Date }[]> {
  const { rows } = await db.query<{ version: number; name: string; checksum: string; applied_at: Date }>(
    'select version, name, checksum, applied_at from schema_migrations order by version',
  );
  return rows;
}

async function tableExists(db: Db, name: string): Promise<boolean> {
  const { rows } = await db.query<{ found: boolean }>('select to_regclass($1) is not null as found', [name]);
  return rows[0]?.found === true;
}

describeEachDatabase('migrations', (getDb, target) => {
  it('applies the migrations in server/migrations once, records them, and a second run does nothing', async () => {
    const db = getDb();
    const migrations = await loadMigrations();
    expect((await migrate(db, migrations)).map((m) => m.name)).toEqual(migrations.map((m) => m.name));
    const before = await recorded(db);
    expect(before.map((row) => [row.version, row.name, row.checksum])).toEqual(migrations.map((m) => [m.version, m.name, checksum(m.sql)]));
    expect(await migrate(db, migrations)).toEqual([]);
    expect(await recorded(db)).toEqual(before);
  });

  it('applies only the new migrations, in order, after the recorded ones', async () => {
    const db = getDb();
    await migrate(db, [first]);
    expect((await migrate(db, [third, first, second])).map((m) => m.version)).toEqual([2, 3]);
    expect((await recorded(db)).map((row) => row.version)).toEqual([1, 2, 3]);
  });

  it('rolls back the whole run when a migration fails, and names it', async () => {
    const db = getDb();
    const broken: Migration = { version: 2, name: '002_broken', sql: 'create table oops (id integer primary key); select no_such_function();' };
    await expect(migrate(db, [first, broken])).rejects.toThrow(/Migration 002_broken failed: .*no_such_function/);
    expect(await tableExists(db, 'notes')).toBe(false);
    expect(await tableExists(db, 'oops')).toBe(false);
    expect(await tableExists(db, 'schema_migrations')).toBe(false);
  });

  it('refuses to start when an applied migration was edited afterwards', async () => {
    const db = getDb();
    await migrate(db, [first]);
    await expect(migrate(db, [{ ...first, sql: `${first.sql}\n-- edited` }])).rejects.toThrow(/001_notes was changed after it was applied/);
  });

  it('accepts an applied migration whose only change is Windows line endings', async () => {
    const db = getDb();
    await migrate(db, [{ ...first, sql: 'create table notes (\n  id integer primary key\n);\n' }]);
    expect(await migrate(db, [{ ...first, sql: 'create table notes (\r\n  id integer primary key\r\n);\r\n' }])).toEqual([]);
  });

  it('refuses to start on a database migrated by a newer server', async () => {
    const db = getDb();
    await migrate(db, [first, second]);
    await expect(migrate(db, [first])).rejects.toThrow(/has migration 002_tags, which this server does not know/);
  });

  it('applies each migration exactly once when three servers start at the same moment', async () => {
    const db = getDb();
    // On PostgreSQL these are separate connections, as separate processes would have; PGlite has one.
    const runners = [db, await target.connect(), await target.connect()];
    const results = await Promise.all(runners.map((runner) => migrate(runner, [first, second, third])));
    expect(results.map((applied) => applied.length).sort()).toEqual([0, 0, 3]);
    expect((await recorded(db)).map((row) => row.version)).toEqual([1, 2, 3]);
    const { rows } = await db.query<{ count: number }>('select count(*)::int as count from notes');
    expect(rows[0]?.count).toBe(1);
  });
});

describeEachDatabase('migration 001: offices and staff', (getDb) => {
  async function office(db: Db, name = 'Town hall'): Promise<string> {
    const { rows } = await db.query<{ id: string }>('insert into offices (name) values ($1) returning id', [name]);
    return rows[0]?.id ?? '';
  }

  async function addStaff(db: Db, officeId: string, email: string, role = 'counter'): Promise<string> {
    const { rows } = await db.query<{ id: string }>(
      "insert into staff (office_id, email, display_name, role, password_hash) values ($1, $2, 'Ana', $3, 'scrypt$x') returning id",
      [officeId, email, role],
    );
    return rows[0]?.id ?? '';
  }

  it('generates ids and timestamps, and keeps an email unique within an office only', async () => {
    const db = getDb();
    await migrate(db, await loadMigrations());
    const [hall, library] = [await office(db), await office(db, 'Library')];
    expect(hall).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await addStaff(db, hall, 'ana@example.org');
    await expect(addStaff(db, hall, 'ana@example.org')).rejects.toThrow(/unique/);
    await addStaff(db, library, 'ana@example.org');
    const { rows } = await db.query<{ created_at: unknown }>('select created_at from staff limit 1');
    expect(rows[0]?.created_at).toBeInstanceOf(Date);
  });

  it('refuses an email that is not lower-cased, an unknown role and an empty office name', async () => {
    const db = getDb();
    await migrate(db, await loadMigrations());
    const hall = await office(db);
    await expect(addStaff(db, hall, 'Ana@Example.org')).rejects.toThrow(/check constraint/);
    await expect(addStaff(db, hall, 'bo@example.org', 'mayor')).rejects.toThrow(/check constraint/);
    for (const role of ['counter', 'goto', 'facilitator', 'admin']) await addStaff(db, hall, `${role}@example.org`, role);
    await expect(office(db, '  ')).rejects.toThrow(/check constraint/);
  });

  it('keeps session token hashes unique, sessions after their staff, and setup codes one row each', async () => {
    const db = getDb();
    await migrate(db, await loadMigrations());
    const staffId = await addStaff(db, await office(db), 'ana@example.org');
    const session = (hash: string): Promise<unknown> =>
      db.query("insert into sessions (staff_id, token_hash, device_label, expires_at) values ($1, $2, 'Front desk', now() + interval '30 days')", [staffId, hash]);
    await session('hash-1');
    await expect(session('hash-1')).rejects.toThrow(/unique/);
    await expect(db.query("insert into sessions (staff_id, token_hash, expires_at) values ($1, 'hash-2', now() - interval '1 day')", [staffId])).rejects.toThrow(
      /check constraint/,
    );
    await db.query("insert into setup_codes (code_hash) values ('code-1')");
    await expect(db.query("insert into setup_codes (code_hash) values ('code-1')")).rejects.toThrow(/unique/);
    await db.query('delete from staff where id = $1', [staffId]);
    expect((await db.query('select id from sessions')).rows).toEqual([]);
  });
});

describe('loadMigrations', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  async function folder(files: Record<string, string>): Promise<string> {
    dir = await mkdtemp(join(tmpdir(), 'civic-migrations-'));
    for (const [name, sql] of Object.entries(files)) await writeFile(join(dir, name), sql);
    return dir;
  }

  it('reads NNN_name.sql files in numeric order and ignores other files', async () => {
    const migrations = await loadMigrations(await folder({ '010_later.sql': 'b', '002_first.sql': 'a', 'README.md': 'notes' }));
    expect(migrations).toEqual([
      { version: 2, name: '002_first', sql: 'a' },
      { version: 10, name: '010_later', sql: 'b' },
    ]);
  });

  it.each([['1_short.sql'], ['002-dashes.sql'], ['003_Upper.sql']])('refuses the misnamed file %s', async (name) => {
    await expect(loadMigrations(await folder({ [name]: 'x' }))).rejects.toThrow(/must be named NNN_lower_case_name.sql/);
  });

  it('refuses two migrations with the same number', async () => {
    await expect(loadMigrations(await folder({ '004_a.sql': 'x', '004_b.sql': 'y' }))).rejects.toThrow(/Two migrations are numbered 004/);
  });
});
