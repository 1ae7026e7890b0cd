import { describe, expect, it } from 'vitest';
import { LIMITS } from '@shared/domain/limits';
import { runMutation } from '@shared/sync/mutators';
import { removeTagsArgs } from '@shared/sync/mutators/tags';
import { concernTagId, MAX_TAG_ADDS } from '@shared/sync/store';
import { concernId, ctxFor, DESK_A, DESK_B, storeWithConcern } from '../fixtures';

const id = concernId(0);

describe('addTags', () => {
  it('adds new tags after the existing ones and records the list before and after', async () => {
    const store = await storeWithConcern({ tags: ['noise'] });
    await runMutation(store, 'addTags', { id, tags: ['night', 'noise'] }, ctxFor(DESK_A, 2));
    expect((await store.get('concerns', id))?.tags).toEqual(['noise', 'night']);
    expect(store.rows('concern_history').find((h) => h.kind === 'edited')?.changes).toEqual([
      { field: 'tags', from: ['noise'], to: ['noise', 'night'] },
    ]);
  });

  it('remembers a second add of a tag already there, without a history entry', async () => {
    const store = await storeWithConcern({ tags: ['noise'] });
    await runMutation(store, 'addTags', { id, tags: ['noise'] }, ctxFor(DESK_A, 2));
    expect((await store.get('concern_tags', concernTagId(id, 'noise')))?.addIds).toHaveLength(2);
    expect(store.rows('concern_history')).toHaveLength(1);
  });

  it(`keeps the newest ${MAX_TAG_ADDS} adds of a tag, and the tag itself, however often it is added`, async () => {
    const store = await storeWithConcern({ tags: ['noise'] });
    for (let n = 2; n < MAX_TAG_ADDS + 10; n += 1) await runMutation(store, 'addTags', { id, tags: ['noise'] }, ctxFor(DESK_A, n));
    const row = await store.get('concern_tags', concernTagId(id, 'noise'));
    expect(row?.addIds).toHaveLength(MAX_TAG_ADDS);
    expect(row?.addIds.at(-1)).toBe(ctxFor(DESK_A, MAX_TAG_ADDS + 9).newId());
    expect((await store.get('concerns', id))?.tags).toEqual(['noise']);
    const args = await removeTagsArgs(store, id, ['noise']);
    await runMutation(store, 'removeTags', args, ctxFor(DESK_B, 1));
    expect((await store.get('concerns', id))?.tags).toEqual([]);
  });

  it(`rejects plainly when the concern would pass ${LIMITS.tags} tags`, async () => {
    const many = Array.from({ length: LIMITS.tags }, (_, i) => `t${i}`);
    const store = await storeWithConcern({ tags: many });
    await expect(runMutation(store, 'addTags', { id, tags: ['one-more'] }, ctxFor(DESK_A, 2))).rejects.toMatchObject({
      code: 'too-many-tags',
      reason: `This concern already has ${LIMITS.tags} tags and can have at most ${LIMITS.tags}, so the tags were not added.`,
    });
  });

  it('refuses a tag that breaks the tag rule, naming which one', async () => {
    const store = await storeWithConcern();
    await expect(runMutation(store, 'addTags', { id, tags: ['ok', 'Not OK'] }, ctxFor(DESK_A, 2))).rejects.toMatchObject({
      field: 'tags.1',
    });
  });
});

describe('removeTags', () => {
  it('removes the tags the person saw and records the list before and after', async () => {
    const store = await storeWithConcern({ tags: ['noise', 'night'] });
    const args = await removeTagsArgs(store, id, ['noise']);
    await runMutation(store, 'removeTags', args, ctxFor(DESK_A, 2));
    expect((await store.get('concerns', id))?.tags).toEqual(['night']);
    expect(await store.get('concern_tags', concernTagId(id, 'noise'))).toBeUndefined();
    expect(store.rows('concern_history').find((h) => h.kind === 'edited')?.changes).toEqual([
      { field: 'tags', from: ['noise', 'night'], to: ['night'] },
    ]);
  });

  it('keeps a tag another desk added that the remover had not seen', async () => {
    const store = await storeWithConcern({ tags: ['noise'] });
    const seenByA = await removeTagsArgs(store, id, ['noise']);
    await runMutation(store, 'addTags', { id, tags: ['noise'] }, ctxFor(DESK_B, 1));
    await runMutation(store, 'removeTags', seenByA, ctxFor(DESK_A, 1));
    expect((await store.get('concerns', id))?.tags).toEqual(['noise']);
    expect(store.rows('concern_history')).toHaveLength(1);
  });

  it('gives no args when none of the tags is on the concern, so nothing is sent', async () => {
    const store = await storeWithConcern({ tags: ['noise'] });
    expect(await removeTagsArgs(store, id, ['parks'])).toBeUndefined();
  });

  it('refuses an add id that is not an id, naming the field', async () => {
    const store = await storeWithConcern({ tags: ['noise'] });
    await expect(
      runMutation(store, 'removeTags', { id, tags: [{ tag: 'noise', addIds: ['x'] }] }, ctxFor(DESK_A, 2)),
    ).rejects.toMatchObject({ field: 'tags.0.addIds.0' });
  });
});
