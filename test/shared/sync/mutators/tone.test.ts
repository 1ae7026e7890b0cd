import { describe, expect, it } from 'vitest';
import { runMutation } from '@shared/sync/mutators';
import { ACTION_OF_MUTATOR, mayDo } from '@shared/domain/permissions';
import { concernId, ctxFor, DESK_A, DESK_B, fields, storeWithConcern, timeOf } from '../fixtures';

const id = concernId(0);

describe('markNegative', () => {
  it('marks a concern negative with fresh stamps and a history entry, and takes the mark off the same way', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'markNegative', { id, negative: true }, ctxFor(DESK_A, 2, 'Sam at desk 2'));
    expect(await store.get('concerns', id)).toMatchObject({ negative: true, updatedAt: timeOf(2), updatedBy: 'Sam at desk 2' });
    await runMutation(store, 'markNegative', { id, negative: false }, ctxFor(DESK_A, 3));
    expect((await store.get('concerns', id))?.negative).toBe(false);
    expect(store.rows('concern_history').filter((h) => h.kind === 'edited').map((h) => h.changes)).toEqual([
      [{ field: 'negative', from: false, to: true }],
      [{ field: 'negative', from: true, to: false }],
    ]);
  });

  it('changes nothing when the concern already has the value asked for, so two desks marking at once agree', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'markNegative', { id, negative: true }, ctxFor(DESK_A, 2));
    const after = store.snapshot();
    await runMutation(store, 'markNegative', { id, negative: true }, ctxFor(DESK_B, 1));
    expect(store.snapshot()).toEqual(after);
    const fresh = await storeWithConcern();
    const before = fresh.snapshot();
    // A concern stored before the mark existed reads as not negative.
    await runMutation(fresh, 'markNegative', { id, negative: false }, ctxFor(DESK_A, 2));
    expect(fresh.snapshot()).toEqual(before);
  });

  it('refuses a concern merged into another, naming where the mark belongs, and writes nothing', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'logConcern', { id: concernId(1), fields: fields({ summary: 'Elm Street lights out' }) }, ctxFor(DESK_A, 2));
    await runMutation(store, 'mergeConcerns', { id: concernId(1), duplicateId: id }, ctxFor(DESK_A, 3));
    const before = store.snapshot();
    await expect(runMutation(store, 'markNegative', { id, negative: true }, ctxFor(DESK_A, 4))).rejects.toMatchObject({
      code: 'merged',
      reason: expect.stringContaining('Elm Street lights out') as unknown,
    });
    expect(store.snapshot()).toEqual(before);
  });

  it('refuses args that are not a yes or no, naming the field', async () => {
    const store = await storeWithConcern();
    await expect(runMutation(store, 'markNegative', { id, negative: 'yes' }, ctxFor(DESK_A, 2))).rejects.toMatchObject({
      code: 'invalid-args',
      field: 'negative',
    });
  });

  it('needs the permission a flag needs: counter staff may, a facilitator may not', () => {
    expect(ACTION_OF_MUTATOR.markNegative).toBe('flag');
    expect(mayDo('counter', 'flag')).toBe(true);
    expect(mayDo('facilitator', 'flag')).toBe(false);
  });
});
