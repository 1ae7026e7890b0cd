import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '@shared/sync/memory-store';
import { concernId } from './fixtures';

const tomb = (n: number) => ({ id: concernId(n), deletedAt: '2025-03-14T09:00:00.000Z', deletedBy: 'Ana' });

describe('createMemoryStore', () => {
  it('hands out copies, so changing a row read from it changes nothing stored', async () => {
    const store = createMemoryStore();
    const row = tomb(1);
    await store.put('concern_tombstones', row);
    row.deletedBy = 'changed after put';
    const read = await store.get('concern_tombstones', concernId(1));
    if (read !== undefined) read.deletedBy = 'changed after get';
    expect((await store.get('concern_tombstones', concernId(1)))?.deletedBy).toBe('Ana');
  });

  it('treats deleting a missing row as done', async () => {
    await expect(createMemoryStore().delete('concerns', concernId(1))).resolves.toBeUndefined();
  });

  it('snapshots with ids in sorted order whatever the write order', async () => {
    const a = createMemoryStore();
    const b = createMemoryStore();
    for (const n of [1, 2, 3]) await a.put('concern_tombstones', tomb(n));
    for (const n of [3, 1, 2]) await b.put('concern_tombstones', tomb(n));
    expect(JSON.stringify(a.snapshot())).toBe(JSON.stringify(b.snapshot()));
  });

  it('lists the current state of each key written after a log position, deletions without a row', async () => {
    const store = createMemoryStore();
    await store.put('concern_tombstones', tomb(1));
    const { position } = store.changesSince(0);
    await store.put('concern_tombstones', tomb(2));
    await store.put('concern_tombstones', { ...tomb(2), deletedBy: 'Sam' });
    await store.delete('concern_tombstones', concernId(1));
    expect(store.changesSince(position)).toEqual({
      position: 4,
      changes: [
        { table: 'concern_tombstones', id: concernId(2), row: { ...tomb(2), deletedBy: 'Sam' } },
        { table: 'concern_tombstones', id: concernId(1) },
      ],
    });
  });

  it('clones into an independent store', async () => {
    const store = createMemoryStore();
    await store.put('concern_tombstones', tomb(1));
    const copy = store.clone();
    await copy.delete('concern_tombstones', concernId(1));
    expect(store.rows('concern_tombstones')).toHaveLength(1);
    expect(copy.changesSince(0).changes).toHaveLength(1);
  });
});
