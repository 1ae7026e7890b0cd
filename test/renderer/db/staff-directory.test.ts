/** The office's staff as a desk knows them once pulled: for assignees and @mentions offline. */
import { describe, expect, it } from 'vitest';
import { encodeCursor } from '@shared/sync/cursor';
import type { OfficeStaff } from '@shared/domain/review';
import { applyPulledPage, goToPeople, officeStaff, readSyncState, type NotebookDb } from '../../../renderer/src/db';
import { freshDb } from '../../helpers/fake-db';

const at = '2026-12-03T10:42:00.000Z';
let position = 0;

const member = (n: number, displayName: string, role: OfficeStaff['role'], isActive = true): OfficeStaff => ({
  id: `1b4e28ba-2fa1-41d2-883f-0016d3cca4${String(n).padStart(2, '0')}`,
  displayName,
  role,
  isActive,
});

/** Receives the rows as the server sends them: in a pulled page. */
async function pullStaff(db: NotebookDb, rows: readonly OfficeStaff[]): Promise<void> {
  const { cursor } = await readSyncState(db);
  position += 1;
  const page = {
    changes: rows.map((row) => ({ table: 'office_staff' as const, id: row.id, row })),
    lastMutationId: 0,
    cursor: encodeCursor({ epoch: 'e1', xid: position, seq: 1 }),
    epoch: 'e1',
  };
  await applyPulledPage(db, page, cursor, at);
}

const names = (rows: readonly OfficeStaff[]) => rows.map((row) => row.displayName);

const ana = member(1, 'ana', 'counter');
const ben = member(2, 'Ben', 'goto');
const chris = member(3, 'Chris', 'facilitator');
const dee = member(4, 'Dee', 'admin');
const emile = member(5, 'Émile', 'goto');
const fay = member(6, 'Fay', 'goto', false);
const zoe = member(7, 'zoe', 'admin', false);
const gus = member(8, 'Gus', 'counter');

describe('the staff directory at a desk', () => {
  it('is empty before the desk has pulled it', async () => {
    const db = freshDb();
    expect(await officeStaff(db)).toEqual([]);
    expect(await goToPeople(db)).toEqual([]);
  });

  it('lists everyone, those who may sign in first, each group by name whatever the case or accents', async () => {
    const db = freshDb();
    await pullStaff(db, [zoe, gus, emile, dee, fay, chris, ben, ana]);
    expect(names(await officeStaff(db))).toEqual(['ana', 'Ben', 'Chris', 'Dee', 'Émile', 'Gus', 'Fay', 'zoe']);
    expect(await officeStaff(db)).toContainEqual(fay);
  });

  it('keeps two people of the same name in one order, by id', async () => {
    const db = freshDb();
    const other = member(9, 'Ben', 'counter');
    await pullStaff(db, [other, ben]);
    expect((await officeStaff(db)).map((row) => row.id)).toEqual([ben.id, other.id]);
  });

  it('offers as go-to people only the active go-to people and admins, by name', async () => {
    const db = freshDb();
    await pullStaff(db, [zoe, gus, emile, dee, fay, chris, ben, ana]);
    expect(await goToPeople(db)).toEqual([ben, dee, emile]);
  });

  it('follows the server: someone turned off leaves the go-to people and moves after the active staff', async () => {
    const db = freshDb();
    await pullStaff(db, [ben, dee, gus]);
    await pullStaff(db, [{ ...ben, isActive: false }, { ...gus, role: 'goto', displayName: 'Angus' }]);
    expect(names(await goToPeople(db))).toEqual(['Angus', 'Dee']);
    expect(await officeStaff(db)).toEqual([{ ...gus, role: 'goto', displayName: 'Angus' }, dee, { ...ben, isActive: false }]);
  });
});
