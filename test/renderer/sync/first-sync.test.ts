/**
 * A desk that logged concerns before sync existed (schema version 3) connects for the first time: every one of
 * its concerns reaches the server with its own id, and from there every other desk.
 */
import { describe, expect, it } from 'vitest';
import { countPending, createConcern, getConcern, historyOf, openNotebookDb, updateConcern } from '../../../renderer/src/db';
import { fields, testId } from '../../helpers/concerns';
import { legacyDesk } from '../db/legacy-desk';
import { expectDerivedInStep, openDesk, snapshotOf } from './desks';
import { createFakeServer } from './fake-server';

describe('first sync of a desk that logged concerns before sync existed', () => {
  it('uploads all of them with their ids, then another desk receives them', async () => {
    const name = `first-sync-${process.pid}`;
    const summaries = Array.from({ length: 30 }, (_, i) => `Concern logged before sync ${i}`);
    await legacyDesk(
      3,
      name,
      summaries.map((summary, i) => ({
        fields: { summary, tags: i % 2 === 0 ? ['parks', 'before-sync'] : [] },
        at: new Date(Date.parse('2026-09-01T09:00:00.000Z') + i * 3_600_000).toISOString(),
        ...(i === 3 ? { edit: { fields: { summary, status: 'in-progress' as const }, at: '2026-09-10T09:00:00.000Z', by: 'Ben at desk 2' } } : {}),
      })),
    );
    const db = openNotebookDb(name);
    await db.open();
    const before = await db.concerns.toArray();
    expect(await countPending(db)).toBe(30);

    // After the upgrade, before ever connecting: a tag is taken off one of the old concerns.
    const tagged = before.find((c) => c.tags.includes('before-sync'))!;
    await updateConcern(db, tagged.id, { ...fields({ summary: tagged.summary, tags: ['parks'] }) }, { at: '2026-10-01T09:00:00.000Z', by: 'Ana at desk 1' });

    const server = createFakeServer({ pageSize: 7 });
    const a = openDesk(server, 'Ana at desk 1', db);
    await a.engine.syncNow();
    expect(a.engine.status.get()).toMatchObject({ state: 'synced', pending: 0 });

    const onServer = server.store.snapshot().concerns;
    expect(Object.keys(onServer).sort()).toEqual(before.map((c) => c.id).sort());
    for (const concern of before) {
      const expected = concern.id === tagged.id ? ['parks'] : concern.tags;
      expect(onServer[concern.id]).toMatchObject({ summary: concern.summary, status: concern.status, tags: expected, createdAt: concern.createdAt });
    }
    // The desk holds the server's rows, plus its own pre-sync edit history, which only it ever had.
    const mine = await snapshotOf(a.db);
    expect({ ...mine, concern_history: {} }).toEqual({ ...server.store.snapshot(), concern_history: {} });
    const serverHistory = Object.keys(server.store.snapshot().concern_history);
    expect(Object.keys(mine.concern_history)).toEqual(expect.arrayContaining(serverHistory));
    expect(Object.keys(mine.concern_history)).toHaveLength(serverHistory.length + 1);
    for (const concern of before) expect((await historyOf(a.db, concern.id)).filter((h) => h.kind === 'created')).toHaveLength(1);
    await expectDerivedInStep(a.db);

    const b = openDesk(server, 'Ben at desk 2');
    await b.engine.syncNow();
    expect(b.engine.status.get().firstSyncProgress).toBeUndefined();
    expect(await snapshotOf(b.db)).toEqual(server.store.snapshot());
    expect((await getConcern(b.db, tagged.id))?.tags).toEqual(['parks']);
    await expectDerivedInStep(b.db);
  });

  it('shows first-sync progress page by page while a new desk takes in its office', async () => {
    const server = createFakeServer({ pageSize: 3 });
    const a = openDesk(server, 'Ana at desk 1');
    for (let i = 0; i < 5; i += 1) {
      const at = new Date(Date.parse('2026-09-01T09:00:00.000Z') + i * 60_000);
      await createConcern(a.db, testId(at.getTime()), fields({ summary: `Concern ${i}` }), { at: at.toISOString(), by: 'Ana at desk 1' });
    }
    await a.engine.syncNow();
    const b = openDesk(server, 'Ben at desk 2');
    const seen: (number | undefined)[] = [];
    const totals = new Set<number | undefined>();
    b.engine.status.subscribe(() => {
      const progress = b.engine.status.get().firstSyncProgress;
      seen.push(progress?.pages);
      if (progress !== undefined) totals.add(progress.total);
    });
    await b.engine.syncNow();
    const pages = seen.filter((p): p is number => p !== undefined);
    expect(pages.length).toBeGreaterThan(2);
    // The first page's estimate is kept for the whole first sync, so the bar has a fixed end.
    expect(totals.size).toBe(1);
    // Five concerns, each at least a concern row and a history row.
    expect([...totals][0]).toBeGreaterThanOrEqual(10);
    expect(pages).toEqual([...pages].sort((x, y) => x - y));
    expect(b.engine.status.get().firstSyncProgress).toBeUndefined();
  });
});
