import { describe, expect, it } from 'vitest';
import { contributorKey, projectThanksId, type ProjectThanks } from '@shared/domain/project';
import type { Contact } from '@shared/domain/concern';
import { defaultOfficeProfile } from '@shared/domain/office-profile';
import { applyMutation } from '@shared/sync/apply';
import { createMemoryStore, type MemoryStore } from '@shared/sync/memory-store';
import { runMutation } from '@shared/sync/mutators';
import { alreadyThankedReason, thanksDay } from '@shared/sync/mutators/thanks';
import { ACTION_OF_MUTATOR } from '@shared/domain/permissions';
import { concernId, ctxFor, DESK_A, DESK_B, fields, timeOf } from '../fixtures';

const P1 = '0195f1a0-0000-7000-8000-0000000000a1';
const P2 = '0195f1a0-0000-7000-8000-0000000000a2';

const contact = (changes: Partial<Contact>): Contact => ({
  name: '',
  phone: '',
  email: '',
  preferredReply: 'none',
  consentToContact: true,
  anonymous: false,
  ...changes,
});
const ana = contact({ name: 'Ana Silva', email: 'ana@example.org', preferredReply: 'email' });
const ben = contact({ name: 'Ben Okafor', phone: '555 014 2368', preferredReply: 'phone' });
const ANA = contributorKey(ana) as string;
const BEN = contributorKey(ben) as string;

const run = (store: MemoryStore, n: number, name: string, args: unknown, by = 'Fay Moss', desk = DESK_A) => runMutation(store, name, args, ctxFor(desk, n, by));
const invalid = (field: string, message: string) => ({ code: 'invalid-args', field, reason: `This change was not saved: ${message} (${field}).` });

/** A store with Ana's concern 0 (Ben's duplicate 1 merged into it) and Ben's own concern 2, all linked to P1. */
async function storeWithProject(): Promise<MemoryStore> {
  const store = createMemoryStore();
  const contacts = [ana, ben, ben];
  for (const [i, c] of contacts.entries()) {
    const outcome = await applyMutation(store, { name: 'logConcern', args: { id: concernId(i), fields: fields({ contact: c }) } }, ctxFor(DESK_B, 100 + i));
    if (outcome.status !== 'applied') throw new Error(outcome.reason);
  }
  await run(store, 110, 'mergeConcerns', { id: concernId(0), duplicateId: concernId(1) });
  await run(store, 111, 'createProject', { id: P1, fields: { title: 'Fix the lights', status: 'in-progress' }, concernIds: [concernId(0), concernId(2)] });
  await run(store, 112, 'createProject', { id: P2, fields: { title: 'Other work' } });
  return store;
}

describe('recordThanks', () => {
  it('records who was thanked for the project, how, by whom and when, under the contributor key', async () => {
    const store = await storeWithProject();
    await run(store, 1, 'recordThanks', { projectId: P1, concernId: concernId(0), contributorKey: ANA, method: 'email', note: '  sent from the office ' });
    expect(store.rows('project_thanks')).toEqual<ProjectThanks[]>([
      { id: projectThanksId(P1, ANA), projectId: P1, contributorKey: ANA, concernId: concernId(0), method: 'email', note: 'sent from the office', by: 'Fay Moss', at: timeOf(1) },
    ]);
  });

  it('thanks the person of a merged duplicate through the concern it was merged into', async () => {
    const store = await storeWithProject();
    await run(store, 1, 'recordThanks', { projectId: P1, concernId: concernId(0), contributorKey: BEN, method: 'phone' });
    expect(store.rows('project_thanks').map((r) => [r.contributorKey, r.note])).toEqual([[BEN, '']]);
  });

  it('refuses a second thank-you of the same person for the project, from any of their concerns, naming the first', async () => {
    const store = await storeWithProject();
    await run(store, 1, 'recordThanks', { projectId: P1, concernId: concernId(2), contributorKey: BEN, method: 'letter' });
    const before = store.snapshot();
    await expect(run(store, 2, 'recordThanks', { projectId: P1, concernId: concernId(0), contributorKey: BEN, method: 'phone' }, 'Ian Park', DESK_B)).rejects.toMatchObject({
      code: 'exists',
      reason: 'Already thanked by Fay Moss on 14 March, by letter.',
    });
    expect(store.snapshot()).toEqual(before);
  });

  it('lets the same person be thanked for another project', async () => {
    const store = await storeWithProject();
    await run(store, 1, 'linkConcerns', { projectId: P2, concernIds: [concernId(2)] });
    await run(store, 2, 'recordThanks', { projectId: P1, concernId: concernId(2), contributorKey: BEN, method: 'letter' });
    await run(store, 3, 'recordThanks', { projectId: P2, concernId: concernId(2), contributorKey: BEN, method: 'email' });
    expect(store.rows('project_thanks').map((r) => r.projectId).sort()).toEqual([P1, P2].sort());
  });

  it('of two desks thanking one person at once, the server keeps the first and refuses the second', async () => {
    const [server, deskA, deskB] = [await storeWithProject(), await storeWithProject(), await storeWithProject()];
    const a = { projectId: P1, concernId: concernId(0), contributorKey: ANA, method: 'email' };
    const b = { projectId: P1, concernId: concernId(0), contributorKey: ANA, method: 'letter' };
    // Each desk's optimistic run succeeds: neither has seen the other's.
    await run(deskA, 5, 'recordThanks', a, 'Fay Moss', DESK_A);
    await run(deskB, 6, 'recordThanks', b, 'Ian Park', DESK_B);
    const first = await applyMutation(server, { name: 'recordThanks', args: a }, ctxFor(DESK_A, 5, 'Fay Moss'));
    const second = await applyMutation(server, { name: 'recordThanks', args: b }, ctxFor(DESK_B, 6, 'Ian Park'));
    expect(first.status).toBe('applied');
    expect(second).toMatchObject({ status: 'rejected', rejection: { code: 'exists' }, reason: 'Already thanked by Fay Moss on 14 March, by email.' });
    expect(server.rows('project_thanks').map((r) => [r.by, r.method])).toEqual([['Fay Moss', 'email']]);
  });

  it('refuses a concern that is not linked to the project, or no longer is', async () => {
    const store = await storeWithProject();
    await expect(run(store, 1, 'recordThanks', { projectId: P2, concernId: concernId(0), contributorKey: ANA, method: 'email' })).rejects.toMatchObject({
      code: 'not-found',
      reason: 'This concern is no longer linked to the project, so the thank-you was not recorded.',
    });
    await run(store, 2, 'unlinkConcern', { projectId: P1, concernId: concernId(0) });
    await expect(run(store, 3, 'recordThanks', { projectId: P1, concernId: concernId(0), contributorKey: ANA, method: 'email' })).rejects.toMatchObject({ code: 'not-found' });
    expect(store.rows('project_thanks')).toEqual([]);
  });

  it('refuses a person who is not among the contacts of the concern', async () => {
    const store = await storeWithProject();
    await expect(run(store, 1, 'recordThanks', { projectId: P1, concernId: concernId(2), contributorKey: ANA, method: 'email' })).rejects.toMatchObject({
      code: 'not-found',
      reason: expect.stringContaining('This person is no longer among the contacts of the concern'),
    });
  });

  it('refuses a project unknown here', async () => {
    const store = await storeWithProject();
    const missing = '0195f1a0-0000-7000-8000-0000000000ff';
    await expect(run(store, 1, 'recordThanks', { projectId: missing, concernId: concernId(0), contributorKey: ANA, method: 'email' })).rejects.toMatchObject({
      code: 'not-found',
      reason: expect.stringContaining('This project is not in the notebook'),
    });
  });

  it.each([
    ['an unknown method', { method: 'pigeon' }, 'method', 'Say how they were thanked: email, letter, phone or in person'],
    ['a key that is not one', { contributorKey: 'ana@example.org' }, 'contributorKey', 'Expected a contributor key (64 hex digits)'],
    ['a long note', { note: 'x'.repeat(501) }, 'note', 'The note can be at most 500 characters'],
  ])('refuses %s, naming the field and saying why', async (_label, change, field, message) => {
    const store = await storeWithProject();
    const args = { projectId: P1, concernId: concernId(0), contributorKey: ANA, method: 'email', ...change };
    await expect(run(store, 1, 'recordThanks', args)).rejects.toMatchObject(invalid(field, message));
    expect(store.rows('project_thanks')).toEqual([]);
  });

  it('is an action everyone who takes a call may do', () => {
    expect(ACTION_OF_MUTATOR.recordThanks).toBe('thankContributors');
  });
});

describe('alreadyThankedReason', () => {
  it('says the day in the office time zone, with the year only when it is not this one', () => {
    const row = { by: 'Fay Moss', at: '2026-12-02T23:30:00.000Z', method: 'letter' } as const;
    expect(alreadyThankedReason(row, '2026-12-04T10:00:00.000Z', 'UTC')).toBe('Already thanked by Fay Moss on 2 December, by letter.');
    expect(alreadyThankedReason(row, '2026-12-04T10:00:00.000Z', 'Europe/Berlin')).toBe('Already thanked by Fay Moss on 3 December, by letter.');
    expect(thanksDay(row.at, '2027-01-04T10:00:00.000Z', 'UTC')).toBe('2 December 2026');
  });

  it('reads the office time zone from the office profile', async () => {
    const store = await storeWithProject();
    await store.put('office_profile', defaultOfficeProfile('Pacific/Pago_Pago'));
    await run(store, 1, 'recordThanks', { projectId: P1, concernId: concernId(0), contributorKey: ANA, method: 'in-person' });
    // 09:00:01 UTC on 14 March is 22:00 on 13 March in Pago Pago (UTC-11).
    await expect(run(store, 2, 'recordThanks', { projectId: P1, concernId: concernId(0), contributorKey: ANA, method: 'email' })).rejects.toMatchObject({
      reason: 'Already thanked by Fay Moss on 13 March, in person.',
    });
  });
});
