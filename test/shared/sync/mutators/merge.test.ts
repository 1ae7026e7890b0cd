import { describe, expect, it } from 'vitest';
import type { ConcernFields, Contact } from '@shared/domain/concern';
import { LIMITS } from '@shared/domain/limits';
import { hasContactDetails, timelineConcernIds } from '@shared/domain/review-merge';
import { applyMutation } from '@shared/sync/apply';
import { createMemoryStore, type MemoryStore } from '@shared/sync/memory-store';
import { runMutation } from '@shared/sync/mutators';
import { removeTagsArgs } from '@shared/sync/mutators/tags';
import { concernTagId } from '@shared/sync/store';
import { concernId, ctxFor, DESK_A, DESK_B, fields } from '../fixtures';

const [a, b, c] = [concernId(1), concernId(2), concernId(3)];
const contact = (changes: Partial<Contact>): Contact => ({ ...fields().contact, ...changes });
const ana = contact({ name: 'Ana López', phone: '555 014 2368' });
const sam = contact({ name: 'Sam Lee', email: 'sam@example.org', preferredReply: 'email', consentToContact: true });
const anonymous = contact({ anonymous: true });

let mutationId = 0;
const next = (desk = DESK_A) => ctxFor(desk, (mutationId += 1));

/** A store with concerns a, b and c logged with the given fields. */
async function concerns(...list: Partial<ConcernFields>[]): Promise<MemoryStore> {
  const store = createMemoryStore();
  for (const [n, changes] of list.entries()) {
    await runMutation(store, 'logConcern', { id: concernId(n + 1), fields: fields(changes) }, next(DESK_B));
  }
  return store;
}

const merge = (store: MemoryStore, id: string, duplicateId: string) => runMutation(store, 'mergeConcerns', { id, duplicateId }, next());
const get = async (store: MemoryStore, id: string) => (await store.get('concerns', id))!;
const historyOf = (store: MemoryStore, id: string) => store.rows('concern_history').filter((h) => h.concernId === id && h.kind === 'edited');

describe('mergeConcerns: the survivor', () => {
  it('counts the duplicate\'s people, keeps its contact among the others and lists it as merged from', async () => {
    const store = await concerns({ contact: ana }, { contact: sam });
    await merge(store, a, b);
    expect(await get(store, a)).toMatchObject({ raisedCount: 2, contact: ana, otherContacts: [sam], mergedFrom: [b] });
    expect((await get(store, a)).mergedInto ?? null).toBeNull();
  });

  it('takes over what was merged into the duplicate before: its count, its contacts and its merged concerns', async () => {
    const store = await concerns({ contact: ana }, { contact: sam }, { contact: anonymous });
    await merge(store, b, c);
    await merge(store, a, b);
    expect(await get(store, a)).toMatchObject({ raisedCount: 3, otherContacts: [sam], mergedFrom: [b, c] });
    expect(timelineConcernIds(await get(store, a))).toEqual([a, b, c]);
  });

  it('counts an anonymous or empty contact as a person but keeps no details of it, and never the same contact twice', async () => {
    const store = await concerns({ contact: ana }, { contact: anonymous }, { contact: ana });
    await merge(store, a, b);
    await merge(store, a, c);
    const survivor = await get(store, a);
    expect(survivor.raisedCount).toBe(3);
    expect(survivor.otherContacts).toEqual([]);
  });

  it('adds every tag of the duplicate as a fresh add, so a remove that never saw it leaves the tag', async () => {
    const store = await concerns({ tags: ['noise'] }, { tags: ['night', 'noise'] });
    const seenBefore = await removeTagsArgs(store, a, ['noise']);
    await merge(store, a, b);
    expect((await get(store, a)).tags).toEqual(['noise', 'night']);
    expect((await store.get('concern_tags', concernTagId(a, 'noise')))?.addIds).toHaveLength(2);
    expect((await store.get('concern_tags', concernTagId(a, 'night')))?.addIds).toHaveLength(1);
    await runMutation(store, 'removeTags', seenBefore, next(DESK_B));
    expect((await get(store, a)).tags).toEqual(['noise', 'night']);
  });

  it('keeps its own priority and status, and records the merge in its history', async () => {
    const store = await concerns({ priority: 'normal', tags: ['noise'], contact: ana }, { priority: 'top', tags: ['night'], contact: sam });
    await merge(store, a, b);
    expect(await get(store, a)).toMatchObject({ priority: 'normal', status: 'new' });
    expect(historyOf(store, a).map((h) => h.changes)).toEqual([
      [
        { field: 'mergedFrom', from: [], to: [b] },
        { field: 'raisedCount', from: 1, to: 2 },
        { field: 'otherContacts', from: [], to: [sam] },
        { field: 'tags', from: ['noise'], to: ['noise', 'night'] },
      ],
    ]);
  });
});

describe('mergeConcerns: the duplicate', () => {
  it('is closed, points to the survivor, and says so in its history', async () => {
    const store = await concerns({}, { status: 'in-progress' });
    await merge(store, a, b);
    expect(await get(store, b)).toMatchObject({ status: 'closed', mergedInto: a });
    expect(historyOf(store, b).map((h) => h.changes)).toEqual([
      [
        { field: 'mergedInto', from: null, to: a },
        { field: 'status', from: 'in-progress', to: 'closed' },
      ],
    ]);
  });

  it('keeps its comments and history under its own id, where the survivor\'s timeline finds them, also ones added after', async () => {
    const store = await concerns({}, {});
    const comment = (id: string, concern: string) => ({ id, concernId: concern, text: 'Called back', mentions: [], by: 'Ben', at: next().at });
    await store.put('concern_comments', comment(next().newId(), b));
    await merge(store, a, b);
    await store.put('concern_comments', comment(next().newId(), b));
    const timeline = timelineConcernIds(await get(store, a));
    expect(store.rows('concern_comments').every((row) => timeline.includes(row.concernId))).toBe(true);
    expect(store.rows('concern_comments').map((row) => row.concernId)).toEqual([b, b]);
    expect(store.rows('concern_history').filter((h) => h.concernId === b).map((h) => h.kind)).toEqual(['created', 'edited']);
  });

  it('keeps its tags and contact as they were, so what was recorded on it stays traceable', async () => {
    const store = await concerns({}, { tags: ['night'], contact: sam });
    await merge(store, a, b);
    expect(await get(store, b)).toMatchObject({ tags: ['night'], contact: sam });
    expect(await store.get('concern_tags', concernTagId(b, 'night'))).toBeDefined();
  });
});

describe('mergeConcerns: refusals', () => {
  it('refuses to merge a concern into itself, naming the field', async () => {
    const store = await concerns({});
    await expect(merge(store, a, a)).rejects.toMatchObject({ code: 'invalid-args', field: 'duplicateId' });
  });

  it('refuses a duplicate someone already merged elsewhere, and a survivor that was merged away', async () => {
    const store = await concerns({}, {}, {});
    await merge(store, a, b);
    await expect(merge(store, c, b)).rejects.toMatchObject({
      code: 'merged',
      reason: 'Someone already merged this duplicate into another concern, so it was not merged again.',
      params: { obstacle: 'duplicate-merged', into: a },
    });
    await expect(merge(store, b, c)).rejects.toMatchObject({
      reason: 'The concern you chose to keep was itself merged into another concern, so nothing was merged. Merge into that one instead.',
      params: { obstacle: 'survivor-merged', into: a },
    });
  });

  it('refuses the merge back the other way round, which would go in a circle', async () => {
    const store = await concerns({}, {});
    await merge(store, a, b);
    await expect(merge(store, b, a)).rejects.toMatchObject({ code: 'merge-cycle', params: { obstacle: 'cycle' } });
    expect((await get(store, a)).mergedInto).toBeUndefined();
  });

  it('changes nothing when the same merge arrives twice (two desks merged the same pair)', async () => {
    const store = await concerns({}, {});
    await merge(store, a, b);
    const before = store.snapshot();
    await merge(store, a, b);
    expect(store.snapshot()).toEqual(before);
  });

  it('refuses plainly when either concern was deleted or is unknown, naming which', async () => {
    const store = await concerns({}, {});
    await runMutation(store, 'deleteConcern', { id: b }, next(DESK_B));
    await expect(merge(store, a, b)).rejects.toMatchObject({
      code: 'deleted',
      reason: 'Someone else deleted the duplicate concern, so nothing was merged.',
    });
    await expect(merge(store, b, a)).rejects.toMatchObject({
      code: 'deleted',
      reason: 'Someone else deleted the concern you chose to keep, so nothing was merged.',
    });
    await expect(merge(store, c, a)).rejects.toMatchObject({
      code: 'not-found',
      reason: 'The concern you chose to keep is not in the notebook (it may have been removed), so nothing was merged.',
    });
    await expect(merge(store, a, c)).rejects.toMatchObject({ code: 'not-found', params: { side: 'duplicate' } });
  });

  it(`refuses when the two together would pass ${LIMITS.tags} tags, changing nothing`, async () => {
    const tags = (prefix: string) => Array.from({ length: LIMITS.tags / 2 + 1 }, (_, i) => `${prefix}${i}`);
    const store = await concerns({ tags: tags('a') }, { tags: tags('b') });
    const before = store.snapshot();
    const outcome = await applyMutation(store, { name: 'mergeConcerns', args: { id: a, duplicateId: b } }, next());
    expect(outcome).toMatchObject({ status: 'rejected', rejection: { code: 'too-many-tags' } });
    expect(outcome.status === 'rejected' && outcome.reason).toBe(
      `Together these concerns have ${LIMITS.tags + 2} different tags and a concern can have at most ${LIMITS.tags}, so nothing was merged. Remove some tags first.`,
    );
    expect(store.snapshot()).toEqual(before);
  });
});

describe('timelineConcernIds and hasContactDetails', () => {
  it('reads a concern stored before merges existed as its own timeline only', async () => {
    const store = await concerns({});
    const { mergedFrom, ...older } = await get(store, a);
    expect(mergedFrom).toBeUndefined();
    expect(timelineConcernIds(older)).toEqual([a]);
  });

  it('keeps a contact with a name, phone or email, and never an anonymous or empty one', () => {
    expect([ana, sam, contact({ email: 'x@example.org' }), anonymous, contact({})].map(hasContactDetails)).toEqual([true, true, true, false, false]);
  });
});

describe('a concern merged away', () => {
  it('takes no more tags, which would land on the closed duplicate instead of the concern that stays', async () => {
    const store = await concerns({ tags: ['trees'] }, { tags: ['parks'] });
    await merge(store, a, b);
    const before = store.snapshot();
    await expect(runMutation(store, 'addTags', { id: b, tags: ['storm'] }, next())).rejects.toMatchObject({ code: 'merged', params: { mergedInto: a } });
    await expect(runMutation(store, 'removeTags', await removeTagsArgs(store, b, ['parks']), next())).rejects.toMatchObject({ code: 'merged' });
    expect(store.snapshot()).toEqual(before);
    expect((await get(store, a)).tags).toEqual(expect.arrayContaining(['trees', 'parks']));
  });
});
