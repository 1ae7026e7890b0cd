import { describe, expect, it } from 'vitest';
import { MAX_DECISION_LENGTH, MAX_THEME_LABEL_LENGTH, type ThemeSignature } from '@shared/domain/meeting';
import { isoToUnixMs } from '@shared/sync/context';
import { createMemoryStore, type MemoryStore } from '@shared/sync/memory-store';
import { runMutation } from '@shared/sync/mutators';
import { agendaPositionBetween, isMeetingMutator } from '@shared/sync/mutators/meeting';
import { ctxFor, DESK_A, DESK_B, timeOf } from '../fixtures';

const lights: ThemeSignature = { terms: [{ term: 'streetlight', weight: 0.7 }, { term: 'dark', weight: 0.3 }] };
const bins: ThemeSignature = { terms: [{ term: 'bin', weight: 0.8 }, { term: 'collection', weight: 0.2 }] };
const MISSING = '0195f1a0-0000-7000-8000-0000000000ff';

/** Runs a mutation at desk A as Fay Moss, the n-th of the test (its time is timeOf(n)). */
const run = (store: MemoryStore, n: number, name: string, args: unknown, by = 'Fay Moss') => runMutation(store, name, args, ctxFor(DESK_A, n, by));

/** The one row a table holds. */
function only<T>(rows: readonly T[]): T {
  expect(rows).toHaveLength(1);
  return rows[0] as T;
}

const invalid = (field: string, message: string) => ({ code: 'invalid-args', field, reason: `This change was not saved: ${message} (${field}).` });

describe('correctTheme', () => {
  it('records each kind of correction with who and when, trimmed, and touches no other table', async () => {
    const store = createMemoryStore();
    await run(store, 1, 'correctTheme', { kind: 'rename', signature: lights, label: '  Street lights out ' });
    await run(store, 2, 'correctTheme', { kind: 'merge', signatures: [lights, bins], label: 'Street care' });
    await run(store, 3, 'correctTheme', { kind: 'split', signature: bins, phrase: ' recycling ', label: 'Recycling' });
    await run(store, 4, 'correctTheme', { kind: 'hide', signature: bins });
    const rows = store.rows('theme_corrections').sort((a, b) => a.at.localeCompare(b.at));
    const stamps = (n: number) => ({ id: expect.any(String), by: 'Fay Moss', at: timeOf(n), withdrawnAt: null, withdrawnBy: null });
    expect(rows).toEqual([
      { ...stamps(1), kind: 'rename', signature: lights, label: 'Street lights out' },
      { ...stamps(2), kind: 'merge', signatures: [lights, bins], label: 'Street care' },
      { ...stamps(3), kind: 'split', signature: bins, phrase: 'recycling', label: 'Recycling' },
      { ...stamps(4), kind: 'hide', signature: bins },
    ]);
    const tables = Object.entries(store.snapshot()).filter(([, r]) => Object.keys(r).length > 0).map(([t]) => t);
    expect(tables).toEqual(['theme_corrections']);
  });

  it('makes the same row on the desk and on the server (ids from the mutation)', async () => {
    const [desk, server] = [createMemoryStore(), createMemoryStore()];
    for (const store of [desk, server]) await run(store, 7, 'correctTheme', { kind: 'hide', signature: lights });
    expect(desk.snapshot()).toEqual(server.snapshot());
  });

  it.each([
    ['a blank name', { kind: 'rename', signature: lights, label: '   ' }, 'label', 'Give the theme a name'],
    ['a long name', { kind: 'rename', signature: lights, label: 'x'.repeat(MAX_THEME_LABEL_LENGTH + 1) }, 'label', `A theme's name can be at most ${MAX_THEME_LABEL_LENGTH} characters`],
    ['a merge of one theme', { kind: 'merge', signatures: [lights], label: 'One' }, 'signatures', 'A merge joins at least two themes'],
    ['a merge of a theme with itself', { kind: 'merge', signatures: [lights, lights], label: 'Twice' }, 'signatures', 'Choose different themes to merge: the same theme is named twice'],
    ['a split without a phrase', { kind: 'split', signature: lights, phrase: ' ', label: 'Dark' }, 'phrase', 'Give the word or phrase to split the theme by'],
    ['an unknown kind', { kind: 'recolour', signature: lights }, 'kind', 'Say how to correct the theme: rename, merge, split or hide'],
  ])('refuses %s, naming the field and saying why', async (_label, args, field, message) => {
    const store = createMemoryStore();
    await expect(run(store, 1, 'correctTheme', args)).rejects.toMatchObject(invalid(field, message));
    expect(store.rows('theme_corrections')).toEqual([]);
  });

  it('refuses a signature without terms', async () => {
    await expect(run(createMemoryStore(), 1, 'correctTheme', { kind: 'hide', signature: { terms: [] } })).rejects.toMatchObject({
      code: 'invalid-args',
      field: 'signature.terms',
    });
  });
});

describe('withdrawCorrection', () => {
  it('withdraws a correction, keeping the row, and a second withdrawal keeps the first withdrawer', async () => {
    const store = createMemoryStore();
    await run(store, 1, 'correctTheme', { kind: 'hide', signature: lights });
    const { id } = only(store.rows('theme_corrections'));
    await run(store, 2, 'withdrawCorrection', { id }, 'Ben Cole');
    await run(store, 3, 'withdrawCorrection', { id }, 'Ana Ruiz');
    expect(only(store.rows('theme_corrections'))).toMatchObject({ id, withdrawnAt: timeOf(2), withdrawnBy: 'Ben Cole' });
  });

  it('refuses a correction this desk does not know, plainly, and writes nothing', async () => {
    const store = createMemoryStore();
    await expect(run(store, 1, 'withdrawCorrection', { id: MISSING })).rejects.toMatchObject({
      code: 'not-found',
      reason: 'This correction is not in the notebook (it may not have reached this desk), so nothing was undone.',
    });
    expect(store.snapshot()).toEqual(createMemoryStore().snapshot());
  });

  it('refuses an id that is not a UUIDv7', async () => {
    await expect(run(createMemoryStore(), 1, 'withdrawCorrection', { id: 'abc' })).rejects.toMatchObject(invalid('id', 'Expected the correction id (a UUIDv7)'));
  });
});

describe('the agenda', () => {
  const theme = { kind: 'theme', signature: lights, label: 'Street lights out' } as const;

  it('pins after everything pinned before, unless a position is given', async () => {
    const store = createMemoryStore();
    await run(store, 1, 'pinToAgenda', { period: '2026-11', subject: theme });
    await run(store, 2, 'pinToAgenda', { period: '2026-11', subject: { kind: 'figure', figure: 'places' }, position: -5 });
    const rows = store.rows('meeting_agenda').sort((a, b) => a.position - b.position);
    expect(rows).toEqual([
      { id: expect.any(String), period: '2026-11', subject: { kind: 'figure', figure: 'places' }, position: -5, by: 'Fay Moss', at: timeOf(2), removedAt: null, removedBy: null },
      { id: expect.any(String), period: '2026-11', subject: theme, position: isoToUnixMs(timeOf(1)), by: 'Fay Moss', at: timeOf(1), removedAt: null, removedBy: null },
    ]);
  });

  it.each([
    ['a month that does not exist', { period: '2026-13', subject: theme }, 'period', 'Enter a month as YYYY-MM, like 2026-11'],
    ['an unknown figure', { period: '2026-11', subject: { kind: 'figure', figure: 'weather' } }, 'subject.figure', undefined],
    ['an infinite position', { period: '2026-11', subject: theme, position: Number.POSITIVE_INFINITY }, 'position', undefined],
  ])('refuses to pin with %s', async (_label, args, field, message) => {
    const store = createMemoryStore();
    const rejection = run(store, 1, 'pinToAgenda', args);
    await expect(rejection).rejects.toMatchObject(message === undefined ? { code: 'invalid-args', field } : invalid(field, message));
    expect(store.rows('meeting_agenda')).toEqual([]);
  });

  it('moves an item, and refuses a move of an item taken off the agenda, naming who took it off', async () => {
    const store = createMemoryStore();
    await run(store, 1, 'pinToAgenda', { period: '2026-11', subject: theme });
    const { id } = only(store.rows('meeting_agenda'));
    await run(store, 2, 'moveAgendaItem', { id, position: 2.5 });
    expect(only(store.rows('meeting_agenda')).position).toBe(2.5);
    await run(store, 3, 'unpinFromAgenda', { id }, 'Ben Cole');
    await run(store, 4, 'unpinFromAgenda', { id }, 'Ana Ruiz');
    expect(only(store.rows('meeting_agenda'))).toMatchObject({ removedAt: timeOf(3), removedBy: 'Ben Cole', position: 2.5 });
    await expect(run(store, 5, 'moveAgendaItem', { id, position: 1 })).rejects.toMatchObject({
      code: 'withdrawn',
      reason: 'Ben Cole took this item off the agenda, so it was not moved.',
    });
    expect(only(store.rows('meeting_agenda')).position).toBe(2.5);
  });

  it('refuses to move or unpin an item this desk does not know', async () => {
    const store = createMemoryStore();
    await expect(run(store, 1, 'moveAgendaItem', { id: MISSING, position: 1 })).rejects.toMatchObject({
      code: 'not-found',
      reason: 'This agenda item is not in the notebook (it may not have reached this desk), so it was not moved.',
    });
    await expect(run(store, 2, 'unpinFromAgenda', { id: MISSING })).rejects.toMatchObject({
      code: 'not-found',
      reason: 'This agenda item is not in the notebook (it may not have reached this desk), so it was not taken off the agenda.',
    });
  });

  it('refuses a move without a position', async () => {
    await expect(run(createMemoryStore(), 1, 'moveAgendaItem', { id: MISSING })).rejects.toMatchObject(invalid('position', 'Give the position as a number'));
  });

  it('computes positions between neighbours', () => {
    expect(agendaPositionBetween(undefined, undefined)).toBe(0);
    expect(agendaPositionBetween(3, undefined)).toBe(4);
    expect(agendaPositionBetween(undefined, 3)).toBe(2);
    expect(agendaPositionBetween(1, 2)).toBe(1.5);
    const end = isoToUnixMs(timeOf(1));
    expect(agendaPositionBetween(end, undefined)).toBeLessThan(isoToUnixMs(timeOf(2)));
  });
});

describe('decisions', () => {
  const decision = { period: '2026-11', kind: 'decision', signature: lights, themeLabel: 'Street lights out', text: 'Ask the council for a survey' };
  const action = { ...decision, kind: 'action', text: 'Call the lighting contractor', owner: 'Ben Cole', due: '2026-12-15' };

  async function withDecisions(): Promise<{ store: MemoryStore; decisionId: string; actionId: string }> {
    const store = createMemoryStore();
    await run(store, 1, 'recordDecision', decision);
    await run(store, 2, 'recordDecision', action);
    const rows = store.rows('meeting_decisions');
    return { store, decisionId: rows.find((d) => d.kind === 'decision')!.id, actionId: rows.find((d) => d.kind === 'action')!.id };
  }

  it('records a decision and an action item with their stamps', async () => {
    const { store, decisionId, actionId } = await withDecisions();
    const stamps = { doneAt: null, doneBy: null, by: 'Fay Moss', withdrawnAt: null, withdrawnBy: null };
    expect(await store.get('meeting_decisions', decisionId)).toEqual({ ...decision, ...stamps, id: decisionId, owner: '', due: '', at: timeOf(1) });
    expect(await store.get('meeting_decisions', actionId)).toEqual({ ...action, ...stamps, id: actionId, at: timeOf(2) });
  });

  it.each([
    ['no text', { ...decision, text: '  ' }, 'text', 'Write what was decided'],
    ['a text too long', { ...decision, text: 'x'.repeat(MAX_DECISION_LENGTH + 1) }, 'text', `A decision can be at most ${MAX_DECISION_LENGTH} characters`],
    ['a due date not in ISO form', { ...action, due: '15/12/2026' }, 'due', 'Enter a date as YYYY-MM-DD'],
    ['an owner name too long', { ...action, owner: 'x'.repeat(81) }, 'owner', 'The owner can be at most 80 characters'],
    ['an owner on a decision', { ...decision, owner: 'Ben Cole' }, 'owner', 'Only an action item has an owner and a due date; record it as an action to give it one'],
    ['a month in words', { ...decision, period: 'November' }, 'period', 'Enter a month as YYYY-MM, like 2026-11'],
  ])('refuses to record a decision with %s', async (_label, args, field, message) => {
    const store = createMemoryStore();
    await expect(run(store, 1, 'recordDecision', args)).rejects.toMatchObject(invalid(field, message));
    expect(store.rows('meeting_decisions')).toEqual([]);
  });

  it('edits only the fields named, so two desks editing different fields both keep theirs', async () => {
    const { store, actionId } = await withDecisions();
    await runMutation(store, 'editDecision', { id: actionId, owner: 'Ana Ruiz' }, ctxFor(DESK_A, 3));
    await runMutation(store, 'editDecision', { id: actionId, due: '2027-01-10' }, ctxFor(DESK_B, 3));
    expect(await store.get('meeting_decisions', actionId)).toMatchObject({ text: action.text, owner: 'Ana Ruiz', due: '2027-01-10' });
  });

  it('refuses an edit naming nothing, and an owner on a decision', async () => {
    const { store, decisionId } = await withDecisions();
    await expect(run(store, 3, 'editDecision', { id: decisionId })).rejects.toMatchObject(invalid('text', 'Say what to change: the text, the owner or the due date'));
    await expect(run(store, 3, 'editDecision', { id: decisionId, owner: 'Ben Cole' })).rejects.toMatchObject({
      code: 'invalid-args',
      reason: 'Only an action item has an owner and a due date; record it as an action to give it one.',
    });
    expect((await store.get('meeting_decisions', decisionId))?.owner).toBe('');
  });

  it('marks an action done and not done, keeping the first completion when two desks tick it', async () => {
    const { store, actionId } = await withDecisions();
    await run(store, 3, 'completeDecision', { id: actionId, done: true }, 'Ben Cole');
    await run(store, 4, 'completeDecision', { id: actionId, done: true }, 'Ana Ruiz');
    expect(await store.get('meeting_decisions', actionId)).toMatchObject({ doneAt: timeOf(3), doneBy: 'Ben Cole' });
    await run(store, 5, 'completeDecision', { id: actionId, done: false });
    expect(await store.get('meeting_decisions', actionId)).toMatchObject({ doneAt: null, doneBy: null });
    await expect(run(store, 6, 'completeDecision', { id: actionId, done: 'yes' })).rejects.toMatchObject(invalid('done', 'Say whether it is done (true or false)'));
  });

  it('withdraws once, then refuses edits and completion of the withdrawn decision, naming who withdrew it', async () => {
    const { store, actionId } = await withDecisions();
    await run(store, 3, 'withdrawDecision', { id: actionId }, 'Ben Cole');
    await run(store, 4, 'withdrawDecision', { id: actionId }, 'Ana Ruiz');
    const withdrawn = await store.get('meeting_decisions', actionId);
    expect(withdrawn).toMatchObject({ withdrawnAt: timeOf(3), withdrawnBy: 'Ben Cole' });
    await expect(run(store, 5, 'editDecision', { id: actionId, text: 'Changed' })).rejects.toMatchObject({
      code: 'withdrawn',
      reason: 'Ben Cole withdrew this decision, so it was not changed.',
    });
    await expect(run(store, 6, 'completeDecision', { id: actionId, done: true })).rejects.toMatchObject({
      code: 'withdrawn',
      reason: 'Ben Cole withdrew this decision, so it was not marked done.',
    });
    expect(await store.get('meeting_decisions', actionId)).toEqual(withdrawn);
  });

  it.each([
    ['editDecision', { id: MISSING, text: 'New' }, 'changed'],
    ['completeDecision', { id: MISSING, done: true }, 'marked done'],
    ['withdrawDecision', { id: MISSING }, 'withdrawn'],
  ])('%s refuses a decision this desk does not know', async (name, args, change) => {
    await expect(run(createMemoryStore(), 1, name, args)).rejects.toMatchObject({
      code: 'not-found',
      reason: `This decision is not in the notebook (it may not have reached this desk), so it was not ${change}.`,
    });
  });
});

describe('the registry', () => {
  it('knows every meeting mutator by name and files them apart from concerns', () => {
    const names = ['correctTheme', 'withdrawCorrection', 'pinToAgenda', 'moveAgendaItem', 'unpinFromAgenda', 'recordDecision', 'editDecision', 'completeDecision', 'withdrawDecision'];
    expect(names.every(isMeetingMutator)).toBe(true);
    expect(isMeetingMutator('logConcern')).toBe(false);
  });
});
