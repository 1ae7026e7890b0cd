import { describe, expect, it } from 'vitest';
import { applyMutation } from '@shared/sync/apply';
import { InvalidArgs, MutationRejected } from '@shared/sync/errors';
import { createMemoryStore } from '@shared/sync/memory-store';
import { runMutation } from '@shared/sync/mutators';
import { concernId, ctxFor, DESK_A, fields, storeWithConcern, timeOf } from '../fixtures';

const id = concernId(0);

describe('logConcern', () => {
  it('stores the concern with its stamps, its tags and a "created" history entry', async () => {
    const store = createMemoryStore();
    const ctx = ctxFor(DESK_A, 1, 'Ana at desk 1');
    await runMutation(store, 'logConcern', { id, fields: fields({ tags: ['streetlights', 'elm-st'] }) }, ctx);

    const concern = await store.get('concerns', id);
    expect(concern).toMatchObject({
      id,
      summary: 'Streetlight out on Elm St',
      tags: ['streetlights', 'elm-st'],
      createdAt: timeOf(1),
      createdBy: 'Ana at desk 1',
      updatedAt: timeOf(1),
      updatedBy: 'Ana at desk 1',
    });
    const history = store.rows('concern_history');
    expect(history).toEqual([
      { id: expect.any(String), concernId: id, at: timeOf(1), by: 'Ana at desk 1', kind: 'created', changes: [] },
    ]);
    expect(store.rows('concern_tags').map((r) => [r.tag, r.addIds.length])).toEqual([
      ['elm-st', 1],
      ['streetlights', 1],
    ]);
  });

  it('trims what was typed, as the form does, before storing it', async () => {
    const store = createMemoryStore();
    await runMutation(store, 'logConcern', { id, fields: fields({ summary: '  Bins not emptied  ' }) }, ctxFor(DESK_A, 1));
    expect((await store.get('concerns', id))?.summary).toBe('Bins not emptied');
  });

  it('rejects an id that is already in use, in plain words, and changes nothing', async () => {
    const store = await storeWithConcern();
    const before = store.snapshot();
    const outcome = await applyMutation(store, { name: 'logConcern', args: { id, fields: fields() } }, ctxFor(DESK_A, 1));
    expect(outcome).toMatchObject({
      status: 'rejected',
      reason: 'A concern with this id was already logged, so it was not logged again.',
    });
    expect(store.snapshot()).toEqual(before);
  });

  it('rejects the id of a deleted concern, so a deleted concern never comes back', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'deleteConcern', { id }, ctxFor(DESK_A, 1));
    await expect(runMutation(store, 'logConcern', { id, fields: fields() }, ctxFor(DESK_A, 2))).rejects.toMatchObject({
      code: 'exists',
    });
  });

  it('refuses invalid fields, naming the field and the rule', async () => {
    const error = await runMutation(createMemoryStore(), 'logConcern', { id, fields: fields({ summary: ' ' }) }, ctxFor(DESK_A, 1)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidArgs);
    expect(error).toMatchObject({
      field: 'fields.summary',
      reason: 'This change was not saved: Write a short summary of the concern (fields.summary).',
    });
  });

  it('refuses an id that is not a UUIDv7', async () => {
    await expect(
      runMutation(createMemoryStore(), 'logConcern', { id: 'not-an-id', fields: fields() }, ctxFor(DESK_A, 1)),
    ).rejects.toMatchObject({ field: 'id' });
  });
});

describe('deleteConcern', () => {
  it('removes the concern and its tags and leaves a tombstone saying who deleted it', async () => {
    const store = await storeWithConcern({ tags: ['noise'] });
    await runMutation(store, 'deleteConcern', { id }, ctxFor(DESK_A, 4, 'Sam at desk 2'));
    expect(await store.get('concerns', id)).toBeUndefined();
    expect(store.rows('concern_tags')).toEqual([]);
    expect(store.rows('concern_tombstones')).toEqual([{ id, deletedAt: timeOf(4), deletedBy: 'Sam at desk 2' }]);
    expect(store.rows('concern_history')).toHaveLength(1);
  });

  it('wins over an edit that reaches the server after it', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'deleteConcern', { id }, ctxFor(DESK_A, 1));
    const edit = runMutation(store, 'editConcern', { id, patch: { summary: 'Changed' } }, ctxFor(DESK_A, 2));
    await expect(edit).rejects.toThrow(new MutationRejected('Someone else deleted this concern, so your change was not saved.', 'deleted'));
    expect(await store.get('concerns', id)).toBeUndefined();
  });

  it('says plainly when the concern is not known at all', async () => {
    await expect(runMutation(createMemoryStore(), 'deleteConcern', { id }, ctxFor(DESK_A, 1))).rejects.toMatchObject({
      code: 'not-found',
      reason: 'This concern is not in the notebook (it may have been removed), so your change was not saved.',
    });
  });
});
