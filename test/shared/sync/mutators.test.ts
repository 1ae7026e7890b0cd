import { describe, expect, it } from 'vitest';
import { applyMutation, undoChanges } from '@shared/sync/apply';
import { MutationRejected } from '@shared/sync/errors';
import { isMutatorName, runMutation } from '@shared/sync/mutators';
import { concernId, ctxFor, DESK_A, storeWithConcern } from './fixtures';

const id = concernId(0);

describe('runMutation', () => {
  it('rejects a mutation name this version does not know, in plain words', async () => {
    const store = await storeWithConcern();
    await expect(runMutation(store, 'flagForMayor', { id }, ctxFor(DESK_A, 1))).rejects.toThrow(
      new MutationRejected(
        'This change was made by a version of Civic Notebook that this one does not understand ("flagForMayor"), so it was not saved.',
        'unknown-mutation',
        { name: 'flagForMayor' },
      ),
    );
  });

  it('does not take inherited object keys for mutator names', () => {
    expect(isMutatorName('toString')).toBe(false);
    expect(isMutatorName('editConcern')).toBe(true);
  });

  it('refuses args that are not an object, naming them', async () => {
    const store = await storeWithConcern();
    await expect(runMutation(store, 'editConcern', undefined, ctxFor(DESK_A, 1))).rejects.toMatchObject({ field: 'args' });
  });
});

describe('applyMutation', () => {
  it('returns an undo log that puts every row back as it was', async () => {
    const store = await storeWithConcern({ tags: ['noise'] });
    const before = store.snapshot();
    const outcome = await applyMutation(store, { name: 'addTags', args: { id, tags: ['night'] } }, ctxFor(DESK_A, 1));
    expect(outcome.status).toBe('applied');
    expect(store.snapshot()).not.toEqual(before);
    if (outcome.status === 'applied') await undoChanges(store, outcome.undo);
    expect(store.snapshot()).toEqual(before);
  });

  it('takes back the writes of a mutation that is rejected half-way', async () => {
    const store = await storeWithConcern();
    // Occupy the id the edit's history entry will get, so the edit fails after writing the concern.
    const taken = ctxFor(DESK_A, 1).newId();
    const [created] = store.rows('concern_history');
    if (created === undefined) throw new Error('fixture has no history');
    await store.put('concern_history', { ...created, id: taken });
    const before = store.snapshot();
    const outcome = await applyMutation(store, { name: 'editConcern', args: { id, patch: { summary: 'x' } } }, ctxFor(DESK_A, 1));
    expect(outcome).toMatchObject({ status: 'rejected', rejection: { code: 'id-taken' } });
    expect(store.snapshot()).toEqual(before);
  });

  it('lets a fault that is not a rejection through unchanged', async () => {
    const store = await storeWithConcern();
    const failing = { ...store, get: () => Promise.reject(new Error('disk full')) };
    await expect(applyMutation(failing, { name: 'editConcern', args: { id, patch: { summary: 'x' } } }, ctxFor(DESK_A, 1))).rejects.toThrow(
      'disk full',
    );
  });
});
