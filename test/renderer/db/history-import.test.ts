import { describe, expect, it } from 'vitest';
import type { HistoryRow } from '@shared/domain/history-import';
import { encodeCursor } from '@shared/sync/cursor';
import { importedConcernId } from '@shared/sync/mutators/import';
import { applyPulledPage, getConcern, runLocalMutation, type NotebookDb } from '../../../renderer/src/db';
import { countAlreadyImported, historySourceOf, importHistoryRows, nextBatchSize } from '../../../renderer/src/db/history-import';
import { UPLOAD_ONLY_SCOPE } from '../../../renderer/src/db/local-mutations';
import { writeOfficeRecord } from '../../../renderer/src/db/office-record';
import { freshDb } from '../../helpers/fake-db';

const SOURCE = 'office-1';
const author = { at: '2026-11-23T09:00:00.000Z', by: 'Ada Admin' };
const cursor = (n: number) => encodeCursor({ epoch: 'e1', xid: n, seq: n });

const row = (n: number, changes: Partial<HistoryRow> = {}): HistoryRow => ({
  id: `H-${n}`,
  created_at: `2025-${String(1 + (n % 12)).padStart(2, '0')}-0${1 + (n % 9)}T08:00:00.000Z`,
  text: `Bins missed on street ${n}. Third week running.`,
  category: 'Waste',
  channel: 'phone',
  location: 'Old Town',
  ...changes,
});
const rowsOf = (count: number) => Array.from({ length: count }, (_, i) => row(i + 1));
const idsOf = (rows: readonly HistoryRow[]) => rows.map((r) => importedConcernId(SOURCE, r.id, r.created_at));

async function importAll(db: NotebookDb, rows: readonly HistoryRow[], onProgress?: (done: number, total: number) => void) {
  return importHistoryRows(db, author, SOURCE, rows, idsOf(rows), onProgress);
}

describe('importHistoryRows', () => {
  it('writes every concern and its upload-only outbox entries in batches, telling the progress', async () => {
    const db = freshDb();
    const rows = rowsOf(1200);
    const progress: [number, number][] = [];
    expect(await importAll(db, rows, (done, total) => progress.push([done, total]))).toEqual({ imported: 1200, skipped: 0 });
    expect(await db.concerns.count()).toBe(1200);
    // Batches are sized by time, so their number varies; each is told, rising to the whole.
    expect(progress[0]).toEqual([100, 1200]);
    expect(progress.at(-1)).toEqual([1200, 1200]);
    expect(progress.every(([done, total], i) => total === 1200 && done > (progress[i - 1]?.[0] ?? 0))).toBe(true);
    const outbox = await db.outbox.orderBy('mutationId').toArray();
    expect(outbox).toHaveLength(progress.length);
    expect(outbox.map((e) => [e.name, e.concernId, e.isUploadOnly, e.undo.length])).toEqual(
      outbox.map(() => ['importHistory', UPLOAD_ONLY_SCOPE, true, 0]),
    );
    expect(outbox.flatMap((e) => (e.args as { rows: HistoryRow[] }).rows.map((r) => r.id))).toEqual(rows.map((r) => r.id));
    const first = await getConcern(db, idsOf(rows)[0] ?? '');
    expect(first).toMatchObject({ summary: 'Bins missed on street 1.', status: 'closed', createdBy: 'Ada Admin', createdAt: rows[0]?.created_at });
    expect(await db.history.count()).toBe(1200);
  });

  it('skips what is already here: a second import of the same file adds nothing and queues nothing', async () => {
    const db = freshDb();
    await importAll(db, rowsOf(40));
    expect(await countAlreadyImported(db, idsOf(rowsOf(60)))).toBe(40);
    expect(await importAll(db, rowsOf(40))).toEqual({ imported: 0, skipped: 40 });
    expect(await db.outbox.count()).toBe(1);
    expect(await importAll(db, rowsOf(60))).toEqual({ imported: 20, skipped: 40 });
    expect(await db.concerns.count()).toBe(60);
  });

  it('imports nothing at all when one batch fails, even after earlier batches ran', async () => {
    const db = freshDb();
    // Rows that skipped the check: the 700th has no text, so the second batch is refused.
    const rows = rowsOf(900).map((r, i) => (i === 699 ? { ...r, text: '' } : r));
    await expect(importAll(db, rows)).rejects.toThrow('text is empty');
    expect(await db.concerns.count()).toBe(0);
    expect(await db.history.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps the imported concerns while pages arrive and after the server confirms the import', async () => {
    const db = freshDb();
    const rows = rowsOf(10);
    await importAll(db, rows);
    const [id] = idsOf(rows);
    const served = await getConcern(db, id ?? '');
    if (served === undefined || id === undefined) throw new Error('not imported');
    // The server's copy of one imported concern arrives before the import is confirmed: nothing is undone.
    const page1 = { changes: [{ table: 'concerns' as const, id, row: served }], lastMutationId: 0, cursor: cursor(1), epoch: 'e1' };
    expect(await applyPulledPage(db, page1, undefined, author.at)).toMatchObject({ status: 'applied', pending: 1 });
    expect(await db.concerns.count()).toBe(10);
    const page2 = { changes: [], lastMutationId: 1, cursor: cursor(2), epoch: 'e1' };
    expect(await applyPulledPage(db, page2, cursor(1), author.at)).toMatchObject({ status: 'applied', acknowledged: 1, pending: 0 });
    expect(await db.concerns.count()).toBe(10);
    expect(await db.outbox.count()).toBe(0);
  });

  it('does not re-run the import when a page touches another pending change', async () => {
    const db = freshDb();
    await importAll(db, rowsOf(5));
    const [id] = idsOf(rowsOf(5));
    await runLocalMutation(db, 'setStatus', { id: id ?? '', from: 'closed', to: 'in-progress' }, author);
    const page = { changes: [], lastMutationId: 0, cursor: cursor(1), epoch: 'e1' };
    expect(await applyPulledPage(db, page, undefined, author.at)).toMatchObject({ status: 'applied', pending: 2 });
    expect((await getConcern(db, id ?? ''))?.status).toBe('in-progress');
  });
});

describe('nextBatchSize', () => {
  it('sizes the next batch to the time budget at the last pace, growing at most twofold, within 20 to 500 rows', () => {
    expect(nextBatchSize(100, 40)).toBe(200);
    expect(nextBatchSize(100, 10)).toBe(200);
    expect(nextBatchSize(400, 40)).toBe(500);
    expect(nextBatchSize(200, 160)).toBe(100);
    expect(nextBatchSize(100, 10_000)).toBe(20);
    expect(nextBatchSize(100, 0)).toBe(200);
  });
});

describe('historySourceOf', () => {
  it("is the desk's office, or the notebook's own source on a desk with no office", async () => {
    const db = freshDb();
    expect(await historySourceOf(db)).toBe('notebook');
    await writeOfficeRecord(db, {
      address: 'https://office.example',
      officeId: 'office-42',
      officeName: 'Town hall',
      staffId: 's1',
      displayName: 'Ada',
      email: 'ada@example.org',
      role: 'admin',
      isSignedIn: true,
      signedInAt: author.at,
    });
    expect(await historySourceOf(db)).toBe('office-42');
  });
});
