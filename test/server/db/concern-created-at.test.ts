/**
 * Migration 015 and the concerns' created_at column: filled from each stored row when the migration runs,
 * without a sync log entry (desks must not pull every concern again); a row whose JSON the database cannot read
 * keeps no time instead of failing the upgrade; every write through the sync store sets it, and an identical
 * rewrite changes nothing.
 */
import { expect, it } from 'vitest';
import type { Concern } from '@shared/domain/concern';
import type { SyncStore } from '@shared/sync/store';
import type { Db } from '../../../server/src/db/db';
import { loadMigrations, migrate } from '../../../server/src/db/migrate';
import { createSqlStore } from '../../../server/src/sync/sql-store';
import { fields, testId } from '../../helpers/concerns';
import { describeEachDatabase } from '../../helpers/databases';
import { createOffice } from '../../helpers/staff';

function concernAt(at: string, summary = 'Streetlight out on Elm Street'): Concern {
  return { ...fields({ summary }), id: testId(Date.parse(at)), createdAt: at, createdBy: 'Ben', updatedAt: at, updatedBy: 'Ben' };
}

/** The store's bulk write (optional in the SyncStore port; the SQL store has it). */
function putMany(store: SyncStore, concerns: Concern[]): Promise<void> {
  if (store.putMany === undefined) throw new Error('The SQL store has no putMany');
  return store.putMany('concerns', concerns);
}

async function createdAt(db: Db, id: string): Promise<string | null> {
  const { rows } = await db.query<{ created_at: Date | null }>('select created_at from concerns where id = $1', [id]);
  return rows[0]?.created_at?.toISOString() ?? null;
}

async function logEntries(db: Db): Promise<number> {
  const { rows } = await db.query<{ n: number }>("select count(*)::int as n from sync_log where table_name = 'concerns'");
  return rows[0]?.n ?? -1;
}

describeEachDatabase('the concerns’ created_at column (migration 015)', (getDb) => {
  it('is filled from the rows already stored, logs nothing for desks to pull, and leaves a row it cannot read without a time', async () => {
    const db = getDb();
    const all = await loadMigrations();
    const upgrade = all.find((m) => m.name === '015_concern_created_at');
    expect(upgrade).toBeDefined();
    await migrate(db, all.filter((m) => m.version < 15));
    const officeId = await createOffice(db);
    const plain = concernAt('2026-03-02T09:15:00.000Z');
    const zoned = { ...concernAt('2026-03-03T10:00:00.000Z'), createdAt: '2026-03-03T11:00:00+01:00' };
    // "\u0000" is valid JSON the domain allows in text, and json's ->> cannot read: the row must stay as it is.
    const unreadable = concernAt('2026-03-04T08:00:00.000Z', 'Bad byte \u0000 in the text');
    // Written as the store wrote them before this migration: the row alone.
    for (const concern of [plain, zoned, unreadable]) {
      await db.query('insert into concerns (office_id, id, row) values ($1, $2, $3::json)', [officeId, concern.id, JSON.stringify(concern)]);
    }
    const entriesBefore = await logEntries(db);
    const rowsBefore = await db.query<{ id: string; row: unknown }>('select id, row::text as row from concerns order by id');

    await migrate(db, all);
    expect(await createdAt(db, plain.id)).toBe('2026-03-02T09:15:00.000Z');
    expect(await createdAt(db, zoned.id)).toBe('2026-03-03T10:00:00.000Z');
    expect(await createdAt(db, unreadable.id)).toBeNull();
    expect(await logEntries(db)).toBe(entriesBefore);
    expect((await db.query('select id, row::text as row from concerns order by id')).rows).toEqual(rowsBefore.rows);
    // The trigger is back on: the next change is logged as before.
    await db.transaction((tx) => createSqlStore(tx, officeId).put('concerns', { ...plain, summary: 'Streetlight fixed' }));
    expect(await logEntries(db)).toBe(entriesBefore + 1);
  });

  it('is set by every write of the sync store, one at a time or many at once, and an identical rewrite logs nothing', async () => {
    const db = getDb();
    await migrate(db, await loadMigrations());
    const officeId = await createOffice(db);
    const one = concernAt('2026-05-01T12:00:00.000Z');
    const many = [concernAt('2026-05-02T12:00:00.000Z'), concernAt('2026-05-03T12:00:00.000Z')];
    await db.transaction(async (tx) => {
      const store = createSqlStore(tx, officeId);
      await store.put('concerns', one);
      await putMany(store, many);
    });
    expect(await createdAt(db, one.id)).toBe('2026-05-01T12:00:00.000Z');
    expect(await Promise.all(many.map((c) => createdAt(db, c.id)))).toEqual(['2026-05-02T12:00:00.000Z', '2026-05-03T12:00:00.000Z']);

    // A desk corrects when the call came: the column follows the row.
    await db.transaction((tx) => createSqlStore(tx, officeId).put('concerns', { ...one, createdAt: '2026-04-30T08:00:00.000Z' }));
    expect(await createdAt(db, one.id)).toBe('2026-04-30T08:00:00.000Z');
    const entries = await logEntries(db);
    await db.transaction((tx) => putMany(createSqlStore(tx, officeId), many));
    expect(await logEntries(db)).toBe(entries);
    // A time the database cannot hold is no reason to refuse the write: the row is kept, without a time.
    const far = { ...concernAt('2026-05-04T12:00:00.000Z'), createdAt: '+275760-09-13T00:00:00.000Z' } as Concern;
    await db.transaction((tx) => createSqlStore(tx, officeId).put('concerns', far));
    expect(await createdAt(db, far.id)).toBeNull();
  });
});
