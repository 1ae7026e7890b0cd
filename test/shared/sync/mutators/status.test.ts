import { describe, expect, it } from 'vitest';
import { MutationRejected } from '@shared/sync/errors';
import { runMutation } from '@shared/sync/mutators';
import { concernId, ctxFor, DESK_A, storeWithConcern, timeOf } from '../fixtures';

const id = concernId(0);

describe('setStatus', () => {
  it('moves the status on and records the change in the history', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'setStatus', { id, from: 'new', to: 'in-progress' }, ctxFor(DESK_A, 3, 'Sam at desk 2'));
    expect(await store.get('concerns', id)).toMatchObject({ status: 'in-progress', updatedAt: timeOf(3), updatedBy: 'Sam at desk 2' });
    expect(store.rows('concern_history').find((h) => h.kind === 'edited')?.changes).toEqual([
      { field: 'status', from: 'new', to: 'in-progress' },
      { field: 'firstResponseAt', from: null, to: timeOf(3) },
    ]);
  });

  it('stops the response clock when a concern is taken up, never when it is only resolved or reopened', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'setStatus', { id, from: 'new', to: 'acknowledged' }, ctxFor(DESK_A, 2));
    expect((await store.get('concerns', id))?.firstResponseAt).toBe(timeOf(2));
    await runMutation(store, 'setStatus', { id, from: 'acknowledged', to: 'in-progress' }, ctxFor(DESK_A, 3));
    expect((await store.get('concerns', id))?.firstResponseAt).toBe(timeOf(2));
    const other = await storeWithConcern();
    await runMutation(other, 'setStatus', { id, from: 'new', to: 'resolved' }, ctxFor(DESK_A, 2));
    expect((await other.get('concerns', id))?.firstResponseAt ?? null).toBeNull();
  });

  it('rejects in plain words when someone else moved the status first, and changes nothing', async () => {
    const store = await storeWithConcern({ status: 'resolved' });
    const before = store.snapshot();
    await expect(runMutation(store, 'setStatus', { id, from: 'new', to: 'acknowledged' }, ctxFor(DESK_A, 2))).rejects.toThrow(
      new MutationRejected('Someone else already marked this concern resolved, so it was not changed.', 'status-moved', {
        status: 'resolved',
      }),
    );
    expect(store.snapshot()).toEqual(before);
  });

  it('words a status with a hyphen as people say it', async () => {
    const store = await storeWithConcern({ status: 'in-progress' });
    await expect(runMutation(store, 'setStatus', { id, from: 'new', to: 'closed' }, ctxFor(DESK_A, 2))).rejects.toMatchObject({
      reason: 'Someone else already marked this concern in progress, so it was not changed.',
      params: { status: 'in-progress' },
    });
  });

  it('refuses a "change" to the same status, naming the field', async () => {
    const store = await storeWithConcern();
    await expect(runMutation(store, 'setStatus', { id, from: 'new', to: 'new' }, ctxFor(DESK_A, 2))).rejects.toMatchObject({
      code: 'invalid-args',
      field: 'to',
    });
  });

  it('refuses an unknown status, naming the field', async () => {
    const store = await storeWithConcern();
    await expect(runMutation(store, 'setStatus', { id, from: 'new', to: 'done' }, ctxFor(DESK_A, 2))).rejects.toMatchObject({
      field: 'to',
    });
  });
});

describe('setPriority', () => {
  it('sets the priority and records it', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'setPriority', { id, to: 'top' }, ctxFor(DESK_A, 2));
    expect((await store.get('concerns', id))?.priority).toBe('top');
    expect(store.rows('concern_history').find((h) => h.kind === 'edited')?.changes).toEqual([
      { field: 'priority', from: 'normal', to: 'top' },
    ]);
  });

  it('with `from`, rejects plainly when someone else changed the priority to something else', async () => {
    const store = await storeWithConcern({ priority: 'high' });
    await expect(runMutation(store, 'setPriority', { id, from: 'normal', to: 'top' }, ctxFor(DESK_A, 2))).rejects.toMatchObject({
      reason: "Someone else already set this concern's priority to high, so it was not changed.",
    });
  });

  it('treats a priority someone else already set to the same value as done, recording nothing', async () => {
    const store = await storeWithConcern({ priority: 'top' });
    const before = store.snapshot();
    await runMutation(store, 'setPriority', { id, from: 'normal', to: 'top' }, ctxFor(DESK_A, 2));
    expect(store.snapshot()).toEqual(before);
  });
});
