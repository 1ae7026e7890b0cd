import { describe, expect, it } from 'vitest';
import { LIMITS } from '@shared/domain/limits';
import { MAX_MENTIONS } from '@shared/domain/review';
import { applyMutation } from '@shared/sync/apply';
import type { MemoryStore } from '@shared/sync/memory-store';
import { runMutation, type NamedMutation } from '@shared/sync/mutators';
import { concernId, ctxFor, DESK_A, DESK_B, fields, storeWithConcern, timeOf } from '../fixtures';

const id = concernId(0);
const other = concernId(1);
const STAFF = ['4f1c2d3e-0000-4000-8000-000000000001', '4f1c2d3e-0000-4000-8000-000000000002'] as const;

/** The rows a mutation added or changed, table by table (tables it left alone are absent). */
function changedTables(before: ReturnType<MemoryStore['snapshot']>, after: ReturnType<MemoryStore['snapshot']>): string[] {
  return Object.keys(after).filter((t) => JSON.stringify(before[t as keyof typeof before]) !== JSON.stringify(after[t as keyof typeof after]));
}

/** A store with concern 0 and concern 1 ("Pothole on Main St"), and concern 0 merged into concern 1. */
async function storeWithMerge(): Promise<MemoryStore> {
  const store = await storeWithConcern();
  await runMutation(store, 'logConcern', { id: other, fields: fields({ summary: 'Pothole on Main St' }) }, ctxFor(DESK_B, 1));
  const duplicate = (await store.get('concerns', id))!;
  await store.put('concerns', { ...duplicate, mergedInto: other, status: 'closed' });
  const survivor = (await store.get('concerns', other))!;
  await store.put('concerns', { ...survivor, mergedFrom: [id], raisedCount: 2 });
  return store;
}

async function flagIdsOf(store: MemoryStore, concern = id): Promise<string[]> {
  return store.rows('concern_flags').filter((f) => f.concernId === concern).map((f) => f.id);
}

describe('flagConcern', () => {
  it('adds an open flag with the trimmed reason, who and when, and changes nothing else', async () => {
    const store = await storeWithConcern();
    const before = store.snapshot();
    await runMutation(store, 'flagConcern', { id, reason: '  Third call this week  ' }, ctxFor(DESK_A, 2, 'Ben Cole'));
    expect(store.rows('concern_flags')).toEqual([
      { id: expect.any(String), concernId: id, reason: 'Third call this week', by: 'Ben Cole', at: timeOf(2), reviewedAt: null, reviewedBy: null },
    ]);
    expect(changedTables(before, store.snapshot())).toEqual(['concern_flags']);
  });

  it('refuses a flag without a reason, saying what is missing', async () => {
    const store = await storeWithConcern();
    await expect(runMutation(store, 'flagConcern', { id, reason: '   ' }, ctxFor(DESK_A, 2))).rejects.toMatchObject({
      code: 'invalid-args',
      field: 'reason',
      reason: 'This change was not saved: Say why this concern needs a go-to person (reason).',
    });
  });

  it('refuses a reason past 500 characters', async () => {
    const store = await storeWithConcern();
    await expect(runMutation(store, 'flagConcern', { id, reason: 'x'.repeat(501) }, ctxFor(DESK_A, 2))).rejects.toMatchObject({
      params: { field: 'reason', message: 'Keep the reason under 500 characters' },
    });
  });
});

describe('reviewFlags', () => {
  it('marks the flags the reviewer saw, and leaves open a flag raised meanwhile at another desk', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'flagConcern', { id, reason: 'Third call' }, ctxFor(DESK_A, 2));
    const seen = await flagIdsOf(store);
    await runMutation(store, 'flagConcern', { id, reason: 'Also on the news' }, ctxFor(DESK_B, 3));
    const before = store.snapshot();
    await runMutation(store, 'reviewFlags', { id, flagIds: seen }, ctxFor(DESK_A, 4, 'Gina Go-to'));
    const flags = store.rows('concern_flags');
    expect(flags.find((f) => f.reason === 'Third call')).toMatchObject({ reviewedAt: timeOf(4), reviewedBy: 'Gina Go-to' });
    expect(flags.find((f) => f.reason === 'Also on the news')).toMatchObject({ reviewedAt: null, reviewedBy: null });
    expect(changedTables(before, store.snapshot())).toEqual(['concern_flags']);
  });

  it('skips a flag someone else already reviewed, keeping its first reviewer, and marks the rest', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'flagConcern', { id, reason: 'One' }, ctxFor(DESK_A, 2));
    await runMutation(store, 'flagConcern', { id, reason: 'Two' }, ctxFor(DESK_A, 3));
    const [one, two] = await flagIdsOf(store);
    await runMutation(store, 'reviewFlags', { id, flagIds: [one!] }, ctxFor(DESK_B, 4, 'Bea'));
    await runMutation(store, 'reviewFlags', { id, flagIds: [one!, two!] }, ctxFor(DESK_A, 5, 'Gina'));
    expect(store.rows('concern_flags').map((f) => [f.reason, f.reviewedBy, f.reviewedAt])).toEqual([
      ['One', 'Bea', timeOf(4)],
      ['Two', 'Gina', timeOf(5)],
    ]);
  });

  it('changes nothing when every named flag was already reviewed', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'flagConcern', { id, reason: 'One' }, ctxFor(DESK_A, 2));
    const seen = await flagIdsOf(store);
    await runMutation(store, 'reviewFlags', { id, flagIds: seen }, ctxFor(DESK_B, 3));
    const before = store.snapshot();
    await runMutation(store, 'reviewFlags', { id, flagIds: seen }, ctxFor(DESK_A, 4));
    expect(store.snapshot()).toEqual(before);
  });

  it('refuses a flag of another concern in plain words, and marks none of the others', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'logConcern', { id: other, fields: fields() }, ctxFor(DESK_B, 1));
    await runMutation(store, 'flagConcern', { id, reason: 'Mine' }, ctxFor(DESK_A, 2));
    await runMutation(store, 'flagConcern', { id: other, reason: 'Theirs' }, ctxFor(DESK_A, 3));
    const before = store.snapshot();
    const flagIds = [...(await flagIdsOf(store)), ...(await flagIdsOf(store, other))];
    const outcome = await applyMutation(store, { name: 'reviewFlags', args: { id, flagIds } }, ctxFor(DESK_A, 4));
    expect(outcome).toMatchObject({
      status: 'rejected',
      reason: 'One of the flags you marked reviewed is not a flag of this concern, so no flag was marked reviewed.',
      rejection: { code: 'not-found', params: { flagId: flagIds[1] } },
    });
    expect(store.snapshot()).toEqual(before);
  });

  it('refuses a flag id nobody raised', async () => {
    const store = await storeWithConcern();
    await expect(runMutation(store, 'reviewFlags', { id, flagIds: [concernId(9)] }, ctxFor(DESK_A, 2))).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it("reviews a merged duplicate's open flags on the concern it was merged into", async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'flagConcern', { id, reason: 'Raised on the duplicate' }, ctxFor(DESK_A, 2));
    const [flagId] = await flagIdsOf(store);
    const merged = await storeWithMerge();
    await merged.put('concern_flags', (await store.get('concern_flags', flagId!))!);
    await runMutation(merged, 'reviewFlags', { id: other, flagIds: [flagId!] }, ctxFor(DESK_A, 3, 'Gina'));
    expect((await merged.get('concern_flags', flagId!))?.reviewedBy).toBe('Gina');
  });

  it('refuses an empty list and a flag named twice, naming the field', async () => {
    const store = await storeWithConcern();
    await expect(runMutation(store, 'reviewFlags', { id, flagIds: [] }, ctxFor(DESK_A, 2))).rejects.toMatchObject({
      params: { field: 'flagIds', message: 'Name at least one flag to mark reviewed' },
    });
    const twice = [concernId(5), concernId(5)];
    await expect(runMutation(store, 'reviewFlags', { id, flagIds: twice }, ctxFor(DESK_A, 2))).rejects.toMatchObject({
      params: { field: 'flagIds', message: 'Each flag can appear only once' },
    });
  });
});

describe('addComment', () => {
  it('adds a comment with its mentions, who and when, and changes nothing else', async () => {
    const store = await storeWithConcern();
    const before = store.snapshot();
    await runMutation(store, 'addComment', { id, text: ' @Gina can you call them? ', mentions: [STAFF[0]] }, ctxFor(DESK_A, 2, 'Ben'));
    expect(store.rows('concern_comments')).toEqual([
      { id: expect.any(String), concernId: id, text: '@Gina can you call them?', mentions: [STAFF[0]], by: 'Ben', at: timeOf(2) },
    ]);
    expect(changedTables(before, store.snapshot())).toEqual(['concern_comments']);
  });

  it('takes a comment without mentions', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'addComment', { id, text: 'Called back, no answer' }, ctxFor(DESK_A, 2));
    expect(store.rows('concern_comments')[0]?.mentions).toEqual([]);
  });

  it('refuses an empty comment, a mention that is not a staff id, one named twice, and too many', async () => {
    const store = await storeWithConcern();
    const refusal = (args: object) => runMutation(store, 'addComment', { id, ...args }, ctxFor(DESK_A, 2));
    await expect(refusal({ text: '  ' })).rejects.toMatchObject({ params: { field: 'text', message: 'Write the comment' } });
    await expect(refusal({ text: 'Hi', mentions: ['Gina'] })).rejects.toMatchObject({
      params: { field: 'mentions.0', message: 'Expected a staff id' },
    });
    await expect(refusal({ text: 'Hi', mentions: [STAFF[0], STAFF[0]] })).rejects.toMatchObject({
      params: { field: 'mentions', message: 'Mention each colleague only once' },
    });
    const many = Array.from({ length: MAX_MENTIONS + 1 }, (_, n) => `4f1c2d3e-0000-4000-8000-${String(n).padStart(12, '0')}`);
    await expect(refusal({ text: 'Hi', mentions: many })).rejects.toMatchObject({
      params: { field: 'mentions', message: `Mention at most ${MAX_MENTIONS} colleagues in one comment` },
    });
    expect(store.rows('concern_comments')).toEqual([]);
  });
});

describe('recordResponse', () => {
  it('records the answer, stops the response clock and says both in the history', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'recordResponse', { id, method: 'phone', text: 'Told her the crew comes Monday' }, ctxFor(DESK_A, 2, 'Gina'));
    expect(store.rows('concern_responses')).toEqual([
      { id: expect.any(String), concernId: id, method: 'phone', text: 'Told her the crew comes Monday', by: 'Gina', at: timeOf(2) },
    ]);
    expect(await store.get('concerns', id)).toMatchObject({ firstResponseAt: timeOf(2), updatedAt: timeOf(2), updatedBy: 'Gina' });
    expect(store.rows('concern_history').find((h) => h.kind === 'edited')?.changes).toEqual([
      { field: 'response', from: null, to: 'phone' },
      { field: 'firstResponseAt', from: null, to: timeOf(2) },
    ]);
  });

  it('does not move the clock for a later answer, and leaves the concern as it was', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'recordResponse', { id, method: 'phone' }, ctxFor(DESK_A, 2));
    const concern = await store.get('concerns', id);
    await runMutation(store, 'recordResponse', { id, method: 'letter', text: 'Sent the plan' }, ctxFor(DESK_B, 5));
    expect(await store.get('concerns', id)).toEqual(concern);
    expect(store.rows('concern_responses')).toHaveLength(2);
    expect(store.rows('concern_history').filter((h) => h.kind === 'edited').at(-1)?.changes).toEqual([
      { field: 'response', from: null, to: 'letter' },
    ]);
  });

  it('stops the clock at an earlier answer that reaches the server late (a desk that was offline)', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'recordResponse', { id, method: 'email' }, ctxFor(DESK_B, 5));
    await runMutation(store, 'recordResponse', { id, method: 'in-person' }, ctxFor(DESK_A, 3));
    expect((await store.get('concerns', id))?.firstResponseAt).toBe(timeOf(3));
    // History rows sort by id, and ids by the time of the mutation: find the late answer's entry by its time.
    expect(store.rows('concern_history').find((h) => h.at === timeOf(3))?.changes).toContainEqual({
      field: 'firstResponseAt',
      from: timeOf(5),
      to: timeOf(3),
    });
  });

  it('refuses an unknown way of answering and a text past the limit', async () => {
    const store = await storeWithConcern();
    await expect(runMutation(store, 'recordResponse', { id, method: 'pigeon' }, ctxFor(DESK_A, 2))).rejects.toMatchObject({
      params: { field: 'method', message: 'Say how the citizen was answered: phone, email, letter, in person, social media or other' },
    });
    await expect(runMutation(store, 'recordResponse', { id, method: 'email', text: 'x'.repeat(5001) }, ctxFor(DESK_A, 2))).rejects.toMatchObject({
      params: { field: 'text', message: 'Keep the response under 5000 characters' },
    });
  });
});

describe('acknowledgeConcern', () => {
  it('moves a new concern to acknowledged, stops the response clock, and records both', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'acknowledgeConcern', { id }, ctxFor(DESK_A, 2, 'Gina'));
    expect(await store.get('concerns', id)).toMatchObject({ status: 'acknowledged', firstResponseAt: timeOf(2), updatedBy: 'Gina' });
    expect(store.rows('concern_history').find((h) => h.kind === 'edited')?.changes).toEqual([
      { field: 'status', from: 'new', to: 'acknowledged' },
      { field: 'firstResponseAt', from: null, to: timeOf(2) },
    ]);
  });

  it('keeps the clock an earlier answer stopped, recording only the status', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'recordResponse', { id, method: 'phone' }, ctxFor(DESK_A, 2));
    await runMutation(store, 'acknowledgeConcern', { id }, ctxFor(DESK_A, 3));
    expect((await store.get('concerns', id))?.firstResponseAt).toBe(timeOf(2));
    expect(store.rows('concern_history').at(-1)?.changes).toEqual([{ field: 'status', from: 'new', to: 'acknowledged' }]);
  });

  it('records the acknowledgement on a concern marked acknowledged without it (stored before the clock was kept)', async () => {
    const store = await storeWithConcern({ status: 'acknowledged' });
    await runMutation(store, 'acknowledgeConcern', { id }, ctxFor(DESK_A, 3));
    expect((await store.get('concerns', id))?.firstResponseAt).toBe(timeOf(3));
    expect(store.rows('concern_history').at(-1)?.changes).toEqual([{ field: 'firstResponseAt', from: null, to: timeOf(3) }]);
  });

  it('is a no-op when someone else acknowledged it first', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'acknowledgeConcern', { id }, ctxFor(DESK_B, 2));
    const before = store.snapshot();
    await runMutation(store, 'acknowledgeConcern', { id }, ctxFor(DESK_A, 3));
    expect(store.snapshot()).toEqual(before);
  });

  it('rejects in plain words when someone moved the concern on, and changes nothing', async () => {
    const store = await storeWithConcern({ status: 'in-progress' });
    const before = store.snapshot();
    const outcome = await applyMutation(store, { name: 'acknowledgeConcern', args: { id } }, ctxFor(DESK_A, 2));
    expect(outcome).toMatchObject({
      status: 'rejected',
      reason: 'Someone else already marked this concern in progress, so it was not changed.',
      rejection: { code: 'status-moved', params: { status: 'in-progress' } },
    });
    expect(store.snapshot()).toEqual(before);
  });
});

describe('resolveConcern', () => {
  it('resolves from the status its author saw, keeps the trimmed note, and records status and resolution', async () => {
    const store = await storeWithConcern({ status: 'in-progress' });
    await runMutation(store, 'resolveConcern', { id, from: 'in-progress', note: '  Lamp replaced  ' }, ctxFor(DESK_A, 2, 'Gina'));
    expect(await store.get('concerns', id)).toMatchObject({ status: 'resolved', resolution: 'Lamp replaced', updatedBy: 'Gina' });
    expect(store.rows('concern_history').find((h) => h.kind === 'edited')?.changes).toEqual([
      { field: 'status', from: 'in-progress', to: 'resolved' },
      { field: 'resolution', from: '', to: 'Lamp replaced' },
    ]);
  });

  it('rejects in plain words when someone moved the status first, and changes nothing', async () => {
    const store = await storeWithConcern({ status: 'closed' });
    const before = store.snapshot();
    await expect(runMutation(store, 'resolveConcern', { id, from: 'new', note: 'Done' }, ctxFor(DESK_A, 2))).rejects.toMatchObject({
      code: 'status-moved',
      reason: 'Someone else already marked this concern closed, so it was not changed.',
    });
    expect(store.snapshot()).toEqual(before);
  });

  it('refuses a resolution without a note, a note past the limit, and resolving from resolved', async () => {
    const store = await storeWithConcern();
    const refusal = (args: object) => runMutation(store, 'resolveConcern', { id, from: 'new', ...args }, ctxFor(DESK_A, 2));
    await expect(refusal({ note: '   ' })).rejects.toMatchObject({ params: { field: 'note', message: 'Write how the concern was resolved' } });
    await expect(refusal({ note: 'x'.repeat(LIMITS.details + 1) })).rejects.toMatchObject({
      params: { field: 'note', message: `Keep the resolution note under ${LIMITS.details} characters` },
    });
    await expect(refusal({ from: 'resolved', note: 'Done' })).rejects.toMatchObject({
      params: { field: 'from', message: 'This concern is already resolved' },
    });
  });
});

describe('every review mutator', () => {
  const notes: NamedMutation[] = [
    { name: 'flagConcern', args: { id, reason: 'Look' } },
    { name: 'addComment', args: { id, text: 'Hi' } },
  ];
  const changes: NamedMutation[] = [
    { name: 'reviewFlags', args: { id, flagIds: [concernId(7)] } },
    { name: 'recordResponse', args: { id, method: 'phone' } },
    { name: 'acknowledgeConcern', args: { id } },
    { name: 'resolveConcern', args: { id, from: 'closed', note: 'Done' } },
  ];
  const mutations = [...notes, ...changes];

  it.each(notes)('$name still takes a note on a concern merged into another: the survivor reads it', async (mutation) => {
    const store = await storeWithMerge();
    const outcome = await applyMutation(store, mutation, ctxFor(DESK_A, 3));
    expect(outcome.status).toBe('applied');
    const table = mutation.name === 'flagConcern' ? 'concern_flags' : 'concern_comments';
    expect(store.rows(table).filter((row) => row.concernId === id)).toHaveLength(1);
  });

  it.each(changes)('$name refuses a concern merged into another, naming where it went, and changes nothing', async (mutation) => {
    const store = await storeWithMerge();
    const before = store.snapshot();
    const outcome = await applyMutation(store, mutation, ctxFor(DESK_A, 3));
    expect(outcome).toMatchObject({
      status: 'rejected',
      reason: 'This concern was merged into the concern "Pothole on Main St", so your change was not saved here: make it on that concern instead.',
      rejection: { code: 'merged', params: { mergedInto: other } },
    });
    expect(store.snapshot()).toEqual(before);
  });

  it.each(mutations)('$name refuses a deleted concern plainly', async (mutation) => {
    const store = await storeWithConcern();
    await runMutation(store, 'deleteConcern', { id }, ctxFor(DESK_B, 2));
    await expect(runMutation(store, mutation.name, mutation.args, ctxFor(DESK_A, 3))).rejects.toMatchObject({
      code: 'deleted',
      reason: 'Someone else deleted this concern, so your change was not saved.',
    });
  });

  it.each(mutations)('$name refuses a concern this desk does not know', async (mutation) => {
    const store = await storeWithConcern();
    await store.delete('concerns', id);
    await expect(runMutation(store, mutation.name, mutation.args, ctxFor(DESK_A, 3))).rejects.toMatchObject({ code: 'not-found' });
  });
});
