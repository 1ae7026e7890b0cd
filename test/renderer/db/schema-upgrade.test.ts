import { describe, expect, it } from 'vitest';
import { fieldsOf } from '@shared/domain/history';
import { UUIDV7_PATTERN } from '@shared/lib/uuidv7';
import { applyMutation } from '@shared/sync/apply';
import { createMemoryStore } from '@shared/sync/memory-store';
import { CURRENT_VERSION, createConcern, openNotebookDb, readSyncState, searchConcerns } from '../../../renderer/src/db';
import { contextFor } from '../../../renderer/src/db/local-mutations';
import { fromStored } from '../../../renderer/src/db/stored-concern';
import { freshDb } from '../../helpers/fake-db';
import { ctx, fields, testId } from '../../helpers/concerns';
import { legacyDesk, type LegacyConcern } from './legacy-desk';

describe('schema upgrade', () => {
  it('upgrades a version 1 database, keeping every row, making old concerns searchable and their tags suggestible', async () => {
    const name = `upgrade-${process.pid}`;
    const v1 = freshDb(1, name);
    const at = '2026-10-01T09:00:00.000Z';
    const id = testId(Date.parse(at));
    // A version 1 row has no search terms: that is what the upgrade must add.
    await v1.table('concerns').add({
      ...fields({ summary: 'Graffiti on the library wall', tags: ['graffiti'] }),
      id,
      createdAt: at,
      createdBy: 'Ana',
      updatedAt: at,
      updatedBy: 'Ana',
    });
    await v1.table('drafts').add({ id: testId(Date.parse(at)), kind: 'line', text: 'unsaved words', createdAt: at, updatedAt: at });
    v1.close();

    const current = freshDb(undefined, name);
    await current.open();
    expect(current.verno).toBe(CURRENT_VERSION);
    expect(await current.concerns.count()).toBe(1);
    expect(await current.drafts.count()).toBe(1);
    expect((await searchConcerns(current, 'library')).concerns.map((c) => c.id)).toEqual([id]);
    expect((await current.concerns.get(id))?.terms).toContain('graffiti');
    expect(await current.tags.toArray()).toEqual([{ tag: 'graffiti', count: 1 }]);
    current.close();
  });
});

describe('schema upgrade to version 4 (sync)', () => {
  const deskId = '0195f1a0-0000-7000-8000-0000000000d1';
  const concerns: LegacyConcern[] = [
    { fields: { summary: 'Streetlight out on Elm St', tags: ['streetlights', 'elm-st'] }, at: '2026-10-02T09:00:00.000Z' },
    {
      fields: { summary: 'Bins not collected', tags: ['waste'] },
      at: '2026-10-01T08:00:00.000Z',
      by: 'Ben at desk 2',
      edit: { fields: { status: 'acknowledged', tags: ['waste', 'mill-lane'] }, at: '2026-10-01T10:00:00.000Z', by: 'Ana at desk 1' },
    },
    { fields: { summary: 'Noise from the night club' }, at: '2026-10-03T22:15:00.000Z' },
  ];

  let opened = 0;
  async function upgraded(version: 1 | 3) {
    opened += 1;
    const name = `upgrade-v4-${version}-${process.pid}-${opened}`;
    await legacyDesk(version, name, concerns);
    const db = openNotebookDb(name, undefined, { newClientId: () => deskId });
    await db.open();
    return db;
  }

  for (const version of [1, 3] as const) {
    it(`keeps every row of a version ${version} database and queues each concern, oldest first, for upload with its own id`, async () => {
      const db = await upgraded(version);
      expect(db.verno).toBe(CURRENT_VERSION);
      const rows = await db.concerns.toArray(); // in id order: ids are UUIDv7, so oldest first
      expect(rows.map((c) => c.summary)).toEqual(['Bins not collected', 'Streetlight out on Elm St', 'Noise from the night club']);
      expect(await db.history.count()).toBe(4);
      expect(await db.tags.toArray()).toEqual(
        [['elm-st', 1], ['mill-lane', 1], ['streetlights', 1], ['waste', 1]].map(([tag, count]) => ({ tag, count })),
      );

      const outbox = await db.outbox.orderBy('mutationId').toArray();
      expect(outbox.map((e) => [e.mutationId, e.name, e.concernId, e.isUploadOnly])).toEqual(
        rows.map((c, i) => [i + 1, 'logConcern', c.id, true]),
      );
      // Each upload carries the concern as it is now, stamped with when and by whom it was logged.
      outbox.forEach((entry, i) => {
        const concern = fromStored(rows[i]!);
        expect(entry).toMatchObject({ args: { id: concern.id, fields: fieldsOf(concern) }, at: concern.createdAt, by: concern.createdBy, undo: [] });
      });
      expect(await readSyncState(db)).toMatchObject({ clientId: deskId, nextMutationId: 4, cursor: undefined });
      db.close();
    });
  }

  it('makes the tag rows the server will make, and leaves the history as it was', async () => {
    const db = await upgraded(3);
    const historyBefore = 4;
    for (const entry of await db.outbox.toArray()) {
      const server = createMemoryStore();
      const author = { at: entry.at, by: entry.by };
      const outcome = await applyMutation(server, entry, contextFor(deskId, entry.mutationId, author));
      expect(outcome.status).toBe('applied');
      for (const row of server.rows('concern_tags')) expect(await db.concern_tags.get(row.id)).toEqual(row);
      // The desk's own "created" entry is named, to be removed when the server's copy arrives.
      const own = (await db.history.where('concernId').equals(entry.concernId).toArray()).filter((h) => h.kind === 'created');
      expect(own.map((h) => h.id)).toEqual([entry.createdEntryId]);
    }
    expect(await db.concern_tags.count()).toBe(4);
    expect(await db.history.count()).toBe(historyBefore);
    db.close();
  });

  it('starts a new desk with an empty outbox and gives it a client id on its first change', async () => {
    const db = freshDb();
    await db.open();
    expect(await db.outbox.count()).toBe(0);
    expect((await readSyncState(db)).clientId).toBeUndefined();
    await createConcern(db, testId(Date.parse('2026-10-04T09:00:00.000Z')), fields(), ctx(new Date('2026-10-04T09:00:00.000Z')));
    expect((await readSyncState(db)).clientId).toMatch(UUIDV7_PATTERN);
    expect((await db.outbox.toArray()).map((e) => [e.mutationId, e.name, e.isUploadOnly])).toEqual([[1, 'logConcern', undefined]]);
  });

  it('queues every concern of a full desk, in chunks, with consecutive ids', async () => {
    const name = `upgrade-v4-many-${process.pid}`;
    const many = Array.from({ length: 1234 }, (_, i) => ({
      fields: { summary: `Concern ${i}`, tags: i % 3 === 0 ? ['parks'] : [] },
      at: new Date(Date.parse('2026-01-01T00:00:00.000Z') + i * 60_000).toISOString(),
    }));
    await legacyDesk(3, name, many);
    const db = openNotebookDb(name, undefined, { newClientId: () => deskId });
    await db.open();
    const ids = await db.outbox.orderBy('mutationId').primaryKeys();
    expect(ids).toEqual(Array.from({ length: 1234 }, (_, i) => i + 1));
    expect(await db.concern_tags.count()).toBe(412);
    expect(await db.history.count()).toBe(1234);
    db.close();
  });
});
