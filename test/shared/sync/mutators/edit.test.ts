import { describe, expect, it } from 'vitest';
import { emptyConcernFields } from '@shared/domain/concern';
import { applyMutation } from '@shared/sync/apply';
import { runMutation } from '@shared/sync/mutators';
import { patchBetween } from '@shared/sync/mutators/patch';
import { concernId, ctxFor, DESK_A, fields, storeWithConcern, timeOf } from '../fixtures';

const id = concernId(0);

describe('editConcern', () => {
  it('changes only the patched fields and records exactly those, from and to', async () => {
    const store = await storeWithConcern();
    await runMutation(
      store,
      'editConcern',
      { id, patch: { summary: 'Two streetlights out', 'contact.name': 'Ana López', 'location.area': 'North' } },
      ctxFor(DESK_A, 5, 'Sam at desk 2'),
    );
    const concern = await store.get('concerns', id);
    expect(concern).toMatchObject({
      summary: 'Two streetlights out',
      contact: { ...emptyConcernFields().contact, name: 'Ana López' },
      location: { address: '', area: 'North' },
      updatedAt: timeOf(5),
      updatedBy: 'Sam at desk 2',
    });
    const edited = store.rows('concern_history').find((h) => h.kind === 'edited');
    expect(edited).toMatchObject({
      at: timeOf(5),
      by: 'Sam at desk 2',
      changes: [
        { field: 'summary', from: 'Streetlight out on Elm St', to: 'Two streetlights out' },
        { field: 'contact.name', from: '', to: 'Ana López' },
        { field: 'location.area', from: '', to: 'North' },
      ],
    });
  });

  it('ticks and unticks the newsletter consent of a concern saved before the newsletter existed', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'editConcern', { id, patch: { 'contact.email': 'ana@example.net', 'contact.consentToUpdates': true } }, ctxFor(DESK_A, 3));
    expect((await store.get('concerns', id))?.contact.consentToUpdates).toBe(true);
    await runMutation(store, 'editConcern', { id, patch: { 'contact.consentToUpdates': false } }, ctxFor(DESK_A, 4));
    expect((await store.get('concerns', id))?.contact.consentToUpdates).toBe(false);
    const edits = store.rows('concern_history').filter((h) => h.kind === 'edited');
    expect(edits.at(-1)?.changes).toEqual([{ field: 'contact.consentToUpdates', from: true, to: false }]);
  });

  it('records nothing when a concern saved before the newsletter is saved with the consent unticked', async () => {
    const store = await storeWithConcern();
    const before = store.snapshot();
    await runMutation(store, 'editConcern', { id, patch: { 'contact.consentToUpdates': false } }, ctxFor(DESK_A, 3));
    expect(store.snapshot()).toEqual(before);
    await runMutation(store, 'editConcern', { id, patch: { 'contact.email': 'ana@example.net', 'contact.consentToUpdates': true } }, ctxFor(DESK_A, 4));
    const edited = store.rows('concern_history').find((h) => h.kind === 'edited');
    expect(edited?.changes).toContainEqual({ field: 'contact.consentToUpdates', from: false, to: true });
  });

  it('refuses the newsletter consent without an email, and keeps the concern as it was', async () => {
    const store = await storeWithConcern();
    const before = store.snapshot();
    await expect(runMutation(store, 'editConcern', { id, patch: { 'contact.consentToUpdates': true } }, ctxFor(DESK_A, 3))).rejects.toThrow(
      /Add an email address to send them the newsletter/,
    );
    expect(store.snapshot()).toEqual(before);
  });

  it('leaves out of the history the patched fields that already had the value', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'editConcern', { id, patch: { summary: 'Streetlight out on Elm St', category: 'Noise' } }, ctxFor(DESK_A, 2));
    expect(store.rows('concern_history').find((h) => h.kind === 'edited')?.changes).toEqual([
      { field: 'category', from: '', to: 'Noise' },
    ]);
  });

  it.each([
    ['an empty patch', {}],
    ['a patch of the current values', { summary: 'Streetlight out on Elm St', priority: 'normal' }],
    ['a patch that only adds spaces the rules trim away', { summary: '  Streetlight out on Elm St ' }],
  ])('records nothing and keeps the stamps for %s', async (_label, patch) => {
    const store = await storeWithConcern();
    const before = store.snapshot();
    await runMutation(store, 'editConcern', { id, patch }, ctxFor(DESK_A, 9));
    expect(store.snapshot()).toEqual(before);
  });

  it.each([
    ['status', /"status" cannot be edited here \(status changes with setStatus\)/],
    ['tags', /"tags" cannot be edited here \(tags change with addTags and removeTags\)/],
    ['contact', /name the fields inside it, like contact.email/],
    ['colour', /"colour" is not a field of a concern/],
  ])('refuses to patch %s and says why', async (key, message) => {
    const store = await storeWithConcern();
    const outcome = await applyMutation(store, { name: 'editConcern', args: { id, patch: { [key]: 'x' } } }, ctxFor(DESK_A, 2));
    expect(outcome.status).toBe('rejected');
    expect(outcome.status === 'rejected' && outcome.reason).toMatch(message);
    expect(outcome.status === 'rejected' && outcome.rejection).toMatchObject({ code: 'invalid-args', field: 'patch' });
  });

  it('checks each patched value by its field rule and names the field', async () => {
    const store = await storeWithConcern();
    await expect(
      runMutation(store, 'editConcern', { id, patch: { 'contact.email': 'not an email' } }, ctxFor(DESK_A, 2)),
    ).rejects.toMatchObject({
      field: 'patch.contact.email',
      reason: 'This change was not saved: Enter an email address like name@example.org (patch.contact.email).',
    });
  });

  it('rejects an edit that breaks a rule across fields once combined with what is stored', async () => {
    const store = await storeWithConcern({
      contact: { ...emptyConcernFields().contact, anonymous: true },
    });
    const outcome = await applyMutation(store, { name: 'editConcern', args: { id, patch: { 'contact.email': 'ana@example.org' } } }, ctxFor(DESK_A, 2));
    expect(outcome).toMatchObject({
      status: 'rejected',
      reason:
        'This change was not saved because it no longer fits the concern as others changed it: An anonymous concern keeps no email: clear it or untick "Anonymous" (contact.email).',
    });
  });

  it('rejects plainly when the concern is not there', async () => {
    const store = await storeWithConcern();
    await expect(
      runMutation(store, 'editConcern', { id: concernId(7), patch: { summary: 'x' } }, ctxFor(DESK_A, 2)),
    ).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('patchBetween', () => {
  it('turns a form save into a per-field patch, leaving out status and tags', () => {
    const before = fields({ tags: ['a'] });
    const after = { ...before, summary: 'New', tags: ['b'], status: 'resolved' as const, contact: { ...before.contact, phone: '555 014 2368' } };
    expect(patchBetween(before, after)).toEqual({ summary: 'New', 'contact.phone': '555 014 2368' });
  });
});
