import { describe, expect, it } from 'vitest';
import { encodeCursor } from '@shared/sync/cursor';
import { applyPulledPage, createConcern, getConcern, openNotebookDb, readSyncState, type NotebookDb } from '../../../renderer/src/db';
import { freshDb } from '../../helpers/fake-db';
import { ctx, fields, testId } from '../../helpers/concerns';
import { legacyDesk } from './legacy-desk';

const at = new Date('2026-11-23T09:00:00.000Z');
const cursor = (n: number) => encodeCursor({ epoch: 'e1', xid: n, seq: n });
const syncedAt = '2026-11-23T10:00:00.000Z';
const marker = testId(at.getTime());

/** A desk with two concerns logged here (outbox 1 and 2), entry 2 carrying an undo log that would leave a mark. */
async function deskWithTwo(): Promise<{ db: NotebookDb; x: string; y: string }> {
  const db = freshDb();
  const x = testId(at.getTime());
  const y = testId(at.getTime());
  await createConcern(db, x, fields({ summary: 'Concern X' }), ctx(at));
  await createConcern(db, y, fields({ summary: 'Concern Y' }), ctx(at));
  // Undoing entry 2 would now write a tombstone for `marker`: proof that it took part in a rebase.
  await db.outbox.update(2, { undo: [{ table: 'concern_tombstones', id: marker, row: { id: marker, deletedAt: at.toISOString(), deletedBy: 'Marker' } }] });
  return { db, x, y };
}

async function pageTouching(db: NotebookDb, concernId: string, n: number) {
  const row = { ...(await getConcern(db, concernId))!, details: `Changed on the server (${n})` };
  return { changes: [{ table: 'concerns' as const, id: concernId, row }], lastMutationId: 0, cursor: cursor(n), epoch: 'e1' };
}

describe('applyPulledPage', () => {
  it('undoes and re-runs only the pending changes of concerns the page touches', async () => {
    const { db, x } = await deskWithTwo();
    const outcome = await applyPulledPage(db, await pageTouching(db, x, 1), undefined, syncedAt);
    expect(outcome).toMatchObject({ status: 'applied', acknowledged: 0, pending: 2 });
    expect(await db.concern_tombstones.get(marker)).toBeUndefined();
    expect(await readSyncState(db)).toMatchObject({ cursor: cursor(1), epoch: 'e1', lastSyncAt: syncedAt });
  });

  it('lets the whole outbox take part when a pending change does not say which concern it is about', async () => {
    const { db, x } = await deskWithTwo();
    await db.outbox.update(2, { concernId: '*' });
    await applyPulledPage(db, await pageTouching(db, x, 1), undefined, syncedAt);
    expect(await db.concern_tombstones.get(marker)).toBeDefined();
  });

  it('drops acknowledged changes and keeps the server\'s rows for them', async () => {
    const { db, x, y } = await deskWithTwo();
    const page = { ...(await pageTouching(db, x, 1)), lastMutationId: 1 };
    const outcome = await applyPulledPage(db, page, undefined, syncedAt);
    expect(outcome).toMatchObject({ status: 'applied', acknowledged: 1, pending: 1, rejected: [] });
    expect((await db.outbox.toArray()).map((e) => e.mutationId)).toEqual([2]);
    expect((await getConcern(db, x))?.details).toBe('Changed on the server (1)');
    expect(await getConcern(db, y)).toBeDefined();
    expect(await readSyncState(db)).toMatchObject({ lastMutationId: 1 });
  });

  it('never undoes a concern logged before sync, and drops its upload once the server confirms it', async () => {
    const name = `pulled-upload-${process.pid}`;
    await legacyDesk(3, name, [
      { fields: { summary: 'Old concern', tags: ['parks'] }, at: '2026-10-01T09:00:00.000Z' },
      { fields: { summary: 'Older concern' }, at: '2026-09-01T09:00:00.000Z' },
    ]);
    const db = openNotebookDb(name);
    await db.open();
    const before = await db.concerns.toArray();
    const outcome = await applyPulledPage(db, { changes: [], lastMutationId: 1, cursor: cursor(1), epoch: 'e1' }, undefined, syncedAt);
    expect(outcome).toMatchObject({ status: 'applied', acknowledged: 1, pending: 1, rejected: [] });
    expect(await db.concerns.toArray()).toEqual(before);
    expect(await db.tags.toArray()).toEqual([{ tag: 'parks', count: 1 }]);
  });

  it('refuses a page asked for from another cursor than the desk is at (a late or repeated answer)', async () => {
    const { db, x } = await deskWithTwo();
    await applyPulledPage(db, await pageTouching(db, x, 1), undefined, syncedAt);
    const late = await pageTouching(db, x, 2);
    expect(await applyPulledPage(db, late, undefined, syncedAt)).toEqual({ status: 'stale' });
    expect((await getConcern(db, x))?.details).toBe('Changed on the server (1)');
    expect(await applyPulledPage(db, late, cursor(1), syncedAt)).toMatchObject({ status: 'applied' });
  });
});
