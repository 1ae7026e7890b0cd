import { describe, expect, it } from 'vitest';
import type { HistoryRow } from '@shared/domain/history-import';
import { uuidv7Time, UUIDV7_PATTERN } from '@shared/lib/uuidv7';
import { applyMutation } from '@shared/sync/apply';
import { InvalidArgs } from '@shared/sync/errors';
import { createMemoryStore } from '@shared/sync/memory-store';
import { runMutation } from '@shared/sync/mutators';
import {
  MAX_IMPORT_BATCH_BYTES,
  MAX_IMPORT_BATCH_ROWS,
  importBatches,
  importedConcernId,
  importedHistoryEntryId,
} from '@shared/sync/mutators/import';
import { MAX_ARGS_BYTES, argsBytes } from '@shared/sync/protocol';
import type { MutationContext } from '@shared/sync/context';
import { concernFieldsOfHistoryRow } from '@shared/domain/history-concern';
import type { StoreSnapshot } from '@shared/sync/memory-store';
import { logConcern } from '@shared/sync/mutators/concern';
import type { RowChange, SyncStore } from '@shared/sync/store';
import { ctxFor, DESK_A, DESK_B } from '../fixtures';

const OFFICE = '0195f1a0-0000-4000-8000-0000000000f1';

const row = (n: number, changes: Partial<HistoryRow> = {}): HistoryRow => ({
  id: `A-${n}`,
  created_at: `2025-0${1 + (n % 9)}-1${n % 10}T09:30:00.000Z`,
  text: `Street light ${n} out on Oak Lane. It has been dark for a week.`,
  category: 'Streets',
  channel: 'phone',
  location: 'Northside',
  ...changes,
});
const rows = (count: number) => Array.from({ length: count }, (_, i) => row(i + 1));

describe('importedConcernId', () => {
  it('is a UUIDv7 stamped with the row time, the same for the same office and row, different otherwise', () => {
    const id = importedConcernId(OFFICE, 'A-1', '2025-03-04T09:30:00.000Z');
    expect(id).toMatch(UUIDV7_PATTERN);
    expect(uuidv7Time(id)).toBe(Date.UTC(2025, 2, 4, 9, 30));
    expect(importedConcernId(OFFICE, 'A-1', '2025-03-04T09:30:00.000Z')).toBe(id);
    expect(importedConcernId(OFFICE, 'A-2', '2025-03-04T09:30:00.000Z')).not.toBe(id);
    expect(importedConcernId('another-office', 'A-1', '2025-03-04T09:30:00.000Z')).not.toBe(id);
  });

  it('gives a row from before 1970 an id at time 0 rather than failing', () => {
    expect(uuidv7Time(importedConcernId(OFFICE, 'old', '1950-06-01T00:00:00.000Z'))).toBe(0);
  });
});

describe('importHistory', () => {
  it('logs each row as a closed concern created when the history says, by the person importing', async () => {
    const store = createMemoryStore();
    await runMutation(store, 'importHistory', { source: OFFICE, rows: [row(1, { text: 'Bins missed on Elm St. Third week.' })] }, ctxFor(DESK_A, 1, 'Ana Admin'));
    const id = importedConcernId(OFFICE, 'A-1', row(1).created_at);
    expect(await store.get('concerns', id)).toMatchObject({
      id,
      summary: 'Bins missed on Elm St.',
      details: 'Third week.',
      channel: 'phone',
      category: 'Streets',
      location: { address: '', area: 'Northside' },
      status: 'closed',
      priority: 'normal',
      createdAt: row(1).created_at,
      createdBy: 'Ana Admin',
      updatedAt: row(1).created_at,
    });
    expect(store.rows('concern_history')).toEqual([
      { id: importedHistoryEntryId(id, row(1).created_at), concernId: id, at: row(1).created_at, by: 'Ana Admin', kind: 'created', changes: [] },
    ]);
  });

  it('keeps hostile and personal text exactly as written (it is shown as text, never as markup)', async () => {
    const store = createMemoryStore();
    const text = '<img src=x onerror=alert(1)> called from 555 014 2368.\n<script>document.title="owned"</script> jane@example.org';
    await runMutation(store, 'importHistory', { source: OFFICE, rows: [row(1, { text })] }, ctxFor(DESK_A, 1));
    const [concern] = store.rows('concerns');
    expect(`${concern?.summary}\n${concern?.details}`).toBe(text);
  });

  it('makes the same rows on two desks, so the same file imported twice anywhere never makes duplicates', async () => {
    const a = createMemoryStore();
    const b = createMemoryStore();
    await runMutation(a, 'importHistory', { source: OFFICE, rows: rows(20) }, ctxFor(DESK_A, 1, 'Ana'));
    await runMutation(b, 'importHistory', { source: OFFICE, rows: rows(20) }, ctxFor(DESK_B, 7, 'Ana'));
    expect(b.snapshot()).toEqual(a.snapshot());
  });

  it('skips rows already imported, so importing the same file again changes nothing', async () => {
    const store = createMemoryStore();
    await runMutation(store, 'importHistory', { source: OFFICE, rows: rows(30) }, ctxFor(DESK_A, 1));
    const before = store.snapshot();
    const position = store.changesSince(0).position;
    const outcome = await applyMutation(store, { name: 'importHistory', args: { source: OFFICE, rows: rows(30) } }, ctxFor(DESK_A, 2));
    expect(outcome).toMatchObject({ status: 'applied', undo: [] });
    expect(store.snapshot()).toEqual(before);
    expect(store.changesSince(position).changes).toEqual([]);
  });

  it('imports only the new rows of a file that grew since the last import', async () => {
    const store = createMemoryStore();
    await runMutation(store, 'importHistory', { source: OFFICE, rows: rows(10) }, ctxFor(DESK_A, 1));
    await runMutation(store, 'importHistory', { source: OFFICE, rows: rows(15) }, ctxFor(DESK_A, 2));
    expect(store.rows('concerns')).toHaveLength(15);
    expect(store.rows('concern_history')).toHaveLength(15);
  });

  it('never brings back a concern deleted since it was imported', async () => {
    const store = createMemoryStore();
    await runMutation(store, 'importHistory', { source: OFFICE, rows: rows(3) }, ctxFor(DESK_A, 1));
    const id = importedConcernId(OFFICE, 'A-2', row(2).created_at);
    await runMutation(store, 'deleteConcern', { id }, ctxFor(DESK_A, 2));
    await runMutation(store, 'importHistory', { source: OFFICE, rows: rows(3) }, ctxFor(DESK_A, 3));
    expect(await store.get('concerns', id)).toBeUndefined();
    expect(store.rows('concerns')).toHaveLength(2);
  });

  it.each([
    ['an empty text', { text: '  ' }, 'text is empty (rows.1.text)'],
    ['a date that is not ISO 8601', { created_at: '04/03/2025' }, 'created_at "04/03/2025" is not an ISO 8601 date'],
    ['a 30 February', { created_at: '2025-02-30' }, 'created_at "2025-02-30" is not an ISO 8601 date'],
    ['a channel the notebook does not know', { channel: 'carrier pigeon' }, 'channel "carrier pigeon" of row "A-2" is not one the notebook knows (rows.1.channel)'],
    ['an id used twice', { id: 'A-1' }, 'id "A-1" is on two rows: each row needs its own id (rows.1.id)'],
    ['a text too long', { text: 'x'.repeat(10_301) }, 'text is longer than 10300 characters (rows.1.text)'],
    ['a category too long', { category: 'c'.repeat(61) }, 'category is longer than 60 characters (rows.1.category)'],
  ])('refuses a batch with %s, saying which row and what is wrong, and writes nothing', async (_what, changes, message) => {
    const store = createMemoryStore();
    const args = { source: OFFICE, rows: [row(1), row(2, changes)] };
    const outcome = await applyMutation(store, { name: 'importHistory', args }, ctxFor(DESK_A, 1));
    expect(outcome.status).toBe('rejected');
    if (outcome.status !== 'rejected') return;
    expect(outcome.rejection).toBeInstanceOf(InvalidArgs);
    expect(outcome.reason).toContain(message);
    expect(store.rows('concerns')).toEqual([]);
  });

  it('refuses an empty batch, one over the row limit, and one without a source', async () => {
    const store = createMemoryStore();
    const run = (args: unknown) => runMutation(store, 'importHistory', args, ctxFor(DESK_A, 1));
    await expect(run({ source: OFFICE, rows: [] })).rejects.toThrow('The import has no rows');
    await expect(run({ source: OFFICE, rows: rows(MAX_IMPORT_BATCH_ROWS + 1) })).rejects.toThrow(`at most ${MAX_IMPORT_BATCH_ROWS} rows`);
    await expect(run({ source: ' ', rows: rows(1) })).rejects.toThrow('Say which office the history is from');
    expect(store.rows('concerns')).toEqual([]);
  });
});

describe('importBatches', () => {
  it('keeps the file order and at most MAX_IMPORT_BATCH_ROWS rows a batch', () => {
    const all = rows(1234);
    const batches = importBatches(OFFICE, all);
    expect(batches.map((b) => b.rows.length)).toEqual([500, 500, 234]);
    expect(batches.flatMap((b) => b.rows)).toEqual(all);
  });

  it('keeps each batch under the protocol size limit, however long the texts', () => {
    const long = Array.from({ length: 60 }, (_, i) => row(i, { text: `"\u0001é${'ü<>'.repeat(3433)}` }));
    const batches = importBatches(OFFICE, long);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) {
      expect(argsBytes(batch)).toBeLessThanOrEqual(MAX_IMPORT_BATCH_BYTES);
      expect(argsBytes(batch)).toBeLessThanOrEqual(MAX_ARGS_BYTES);
    }
    expect(batches.flatMap((b) => b.rows)).toEqual(long);
  });

  it('takes a smaller row limit, never more than MAX_IMPORT_BATCH_ROWS', () => {
    expect(importBatches(OFFICE, rows(250), 100).map((b) => b.rows.length)).toEqual([100, 100, 50]);
    expect(importBatches(OFFICE, rows(1200), 10_000).map((b) => b.rows.length)).toEqual([500, 500, 200]);
    expect(importBatches(OFFICE, rows(3), 0).map((b) => b.rows.length)).toEqual([1, 1, 1]);
  });
});

/** A memory store with the bulk path (getMany/putMany), counting the calls of each kind. */
function bulkStore(seed?: Partial<StoreSnapshot>) {
  const inner = createMemoryStore(seed);
  const calls = { get: 0, put: 0, getMany: 0, putMany: 0 };
  const store: SyncStore = {
    get: (table, id) => {
      calls.get += 1;
      return inner.get(table, id);
    },
    put: (table, row) => {
      calls.put += 1;
      return inner.put(table, row);
    },
    delete: (table, id) => inner.delete(table, id),
    async getMany(table, ids) {
      calls.getMany += 1;
      return Promise.all(ids.map((id) => inner.get(table, id)));
    },
    async putMany(table, many) {
      calls.putMany += 1;
      for (const one of many) await inner.put(table, one);
    },
  };
  return { inner, store, calls };
}

/** The import as it was written before bulk reads and writes: logConcern run row by row on the store itself. */
async function importRowByRow(store: SyncStore, source: string, batch: readonly HistoryRow[], ctx: MutationContext): Promise<void> {
  for (const one of batch) {
    const id = importedConcernId(source, one.id, one.created_at);
    if ((await store.get('concerns', id)) !== undefined || (await store.get('concern_tombstones', id)) !== undefined) continue;
    const args = logConcern.args.parse({ id, fields: concernFieldsOfHistoryRow(one) });
    await logConcern.run(store, args, { ...ctx, at: one.created_at, newId: () => importedHistoryEntryId(id, one.created_at) });
  }
}

describe('importHistory in bulk', () => {
  /** A store where some of the file is already imported and one of those concerns was deleted since. */
  async function startingState(): Promise<StoreSnapshot> {
    const store = createMemoryStore();
    await runMutation(store, 'importHistory', { source: OFFICE, rows: rows(40).filter((_, i) => i % 3 === 0) }, ctxFor(DESK_A, 1, 'Earlier'));
    await runMutation(store, 'deleteConcern', { id: importedConcernId(OFFICE, 'A-4', row(4).created_at) }, ctxFor(DESK_A, 2));
    return store.snapshot();
  }
  const sortChanges = (changes: readonly RowChange[]) => [...changes].sort((a, b) => `${a.table}/${a.id}`.localeCompare(`${b.table}/${b.id}`));

  it('writes exactly the rows a row-by-row import writes, with the same undo log, on stores with and without the bulk path', async () => {
    const seed = await startingState();
    const reference = createMemoryStore(seed);
    const referenceUndo = await (async () => {
      // The reference's before-images: each row it writes, as it was before (all absent: the rows are new).
      const before = reference.snapshot();
      await importRowByRow(reference, OFFICE, rows(40), ctxFor(DESK_A, 3, 'Ana'));
      const after = reference.snapshot();
      return (['concerns', 'concern_history', 'concern_tags'] as const).flatMap((table) =>
        Object.keys(after[table])
          .filter((id) => JSON.stringify(after[table][id]) !== JSON.stringify(before[table][id]))
          .map((id) => ({ table, id, ...(before[table][id] === undefined ? {} : { row: before[table][id] }) }) as RowChange),
      );
    })();
    const plain = createMemoryStore(seed);
    const bulk = bulkStore(seed);
    for (const store of [plain, bulk.store]) {
      const outcome = await applyMutation(store, { name: 'importHistory', args: { source: OFFICE, rows: rows(40) } }, ctxFor(DESK_A, 3, 'Ana'));
      if (outcome.status !== 'applied') throw new Error(outcome.reason);
      expect(sortChanges(outcome.undo)).toEqual(sortChanges(referenceUndo));
    }
    expect(plain.snapshot()).toEqual(reference.snapshot());
    expect(bulk.inner.snapshot()).toEqual(reference.snapshot());
    expect(reference.rows('concerns')).toHaveLength(39);
    // Reads and writes by table, not by row: three bulk reads (concerns, tombstones, history entries) and their
    // before-images, two bulk writes (concerns, history entries), and no row-by-row read or write at all.
    expect(bulk.calls).toEqual({ get: 0, put: 0, getMany: 5, putMany: 2 });
  });

  it('writes nothing when a row is refused part way through the batch', async () => {
    const bulk = bulkStore();
    const taken = importedHistoryEntryId(importedConcernId(OFFICE, 'A-30', row(30).created_at), row(30).created_at);
    await bulk.inner.put('concern_history', { id: taken, concernId: importedConcernId(OFFICE, 'other', row(1).created_at), at: row(1).created_at, by: 'X', kind: 'created', changes: [] });
    const before = bulk.inner.snapshot();
    const outcome = await applyMutation(bulk.store, { name: 'importHistory', args: { source: OFFICE, rows: rows(40) } }, ctxFor(DESK_A, 1));
    expect(outcome).toMatchObject({ status: 'rejected', rejection: { code: 'id-taken' } });
    expect(bulk.inner.snapshot()).toEqual(before);
    expect(bulk.calls.putMany).toBe(0);
  });
});
