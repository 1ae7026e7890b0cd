import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROJECT_LIMITS, projectLinkId, type Project } from '@shared/domain/project';
import { applyMutation } from '@shared/sync/apply';
import { createMemoryStore, type MemoryStore } from '@shared/sync/memory-store';
import { runMutation } from '@shared/sync/mutators';
import { MAX_LINKS_PER_CHANGE } from '@shared/sync/mutators/project';
import { concernId, ctxFor, DESK_A, DESK_B, fields, timeOf } from '../fixtures';

const P1 = '0195f1a0-0000-7000-8000-0000000000a1';
const P2 = '0195f1a0-0000-7000-8000-0000000000a2';
const M1 = '0195f1a0-0000-7000-8000-0000000000b1';
const M2 = '0195f1a0-0000-7000-8000-0000000000b2';
const source = { kind: 'theme', period: '2026-11', signature: { terms: [{ term: 'streetlight', weight: 1 }] }, label: 'Street lights out' } as const;

/** Runs a mutation at desk A as Fay Moss, the n-th of the test (its time is timeOf(n)). */
const run = (store: MemoryStore, n: number, name: string, args: unknown, by = 'Fay Moss') => runMutation(store, name, args, ctxFor(DESK_A, n, by));
const invalid = (field: string, message: string) => ({ code: 'invalid-args', field, reason: `This change was not saved: ${message} (${field}).` });
const project = (store: MemoryStore, id = P1): Project | undefined => store.rows('projects').find((p) => p.id === id);
const linked = (store: MemoryStore, id = P1) =>
  store
    .rows('project_links')
    .filter((l) => l.projectId === id && l.unlinkedAt === null)
    .map((l) => l.concernId)
    .sort();

/** A store holding concerns concernId(0..count-1), logged by desk B. */
async function storeWithConcerns(count: number): Promise<MemoryStore> {
  const store = createMemoryStore();
  for (let i = 0; i < count; i += 1) {
    const outcome = await applyMutation(store, { name: 'logConcern', args: { id: concernId(i), fields: fields({ summary: `Concern ${i}` }) } }, ctxFor(DESK_B, 100 + i));
    if (outcome.status !== 'applied') throw new Error(outcome.reason);
  }
  return store;
}

describe('createProject', () => {
  it('makes a proposed, private project with defaults, its source and its concerns linked, stamped with who and when', async () => {
    const store = await storeWithConcerns(2);
    await run(store, 1, 'createProject', { id: P1, fields: { title: '  Fix the lights ' }, source, concernIds: [concernId(0), concernId(1)] });
    expect(project(store)).toEqual({
      id: P1,
      title: 'Fix the lights',
      description: '',
      status: 'proposed',
      publicSummary: '',
      owner: '',
      startDate: '',
      targetDate: '',
      completedDate: '',
      milestones: [],
      progress: null,
      isPublic: false,
      source,
      statusChangedAt: timeOf(1),
      createdAt: timeOf(1),
      createdBy: 'Fay Moss',
      updatedAt: timeOf(1),
      updatedBy: 'Fay Moss',
    });
    expect(store.rows('project_links').find((l) => l.concernId === concernId(0))).toEqual({
      id: projectLinkId(P1, concernId(0)),
      projectId: P1,
      concernId: concernId(0),
      linkedAt: timeOf(1),
      linkedBy: 'Fay Moss',
      unlinkedAt: null,
      unlinkedBy: null,
    });
    expect(linked(store)).toEqual([concernId(0), concernId(1)].sort());
  });

  it('sets the completed day when it is made done, from the desk day given or the day of the change', async () => {
    const store = createMemoryStore();
    await run(store, 1, 'createProject', { id: P1, fields: { title: 'Old work', status: 'done' }, on: '2025-03-13' });
    await run(store, 2, 'createProject', { id: P2, fields: { title: 'Refused', status: 'declined' } });
    expect(project(store)?.completedDate).toBe('2025-03-13');
    expect(project(store, P2)?.completedDate).toBe(timeOf(2).slice(0, 10));
  });

  it('refuses an id already in use, and leaves the first project as it was', async () => {
    const store = createMemoryStore();
    await run(store, 1, 'createProject', { id: P1, fields: { title: 'First' } });
    await expect(run(store, 2, 'createProject', { id: P1, fields: { title: 'Second' } })).rejects.toMatchObject({ code: 'exists' });
    expect(project(store)?.title).toBe('First');
  });

  it.each([
    ['a blank title', { id: P1, fields: { title: '  ' } }, 'fields.title', 'Give the project a title'],
    ['a long title', { id: P1, fields: { title: 'x'.repeat(PROJECT_LIMITS.title + 1) } }, 'fields.title', `A project's title can be at most ${PROJECT_LIMITS.title} characters`],
    ['an unknown status', { id: P1, fields: { title: 'T', status: 'stalled' } }, 'fields.status', 'Choose a status: proposed, planned, in progress, done or declined'],
    ['a bad date', { id: P1, fields: { title: 'T', startDate: '2026-02-30' } }, 'fields.startDate', 'Enter a date as YYYY-MM-DD'],
    ['progress over 100', { id: P1, fields: { title: 'T', progress: 101 } }, 'fields.progress', 'Give the progress as a whole number from 0 to 100'],
    ['no concern in the list', { id: P1, fields: { title: 'T' }, concernIds: [] }, 'concernIds', 'Choose at least one concern to link'],
    ['a bad id', { id: 'p1', fields: { title: 'T' } }, 'id', 'Expected the project id (a UUIDv7)'],
  ])('refuses %s, naming the field, and writes nothing', async (_label, args, field, message) => {
    const store = createMemoryStore();
    await expect(run(store, 1, 'createProject', args)).rejects.toMatchObject(invalid(field, message));
    expect(store.rows('projects')).toEqual([]);
  });

  it('refuses a target date before the start date in words', async () => {
    const store = createMemoryStore();
    const args = { id: P1, fields: { title: 'T', startDate: '2026-05-02', targetDate: '2026-05-01' } };
    await expect(run(store, 1, 'createProject', args)).rejects.toMatchObject({
      code: 'invalid-args',
      reason: 'This change was not saved: the target date (2026-05-01) is before the start date (2026-05-02).',
    });
    expect(store.rows('projects')).toEqual([]);
  });

  it('refuses to make the project when one of its concerns is unknown, and makes nothing', async () => {
    const store = await storeWithConcerns(1);
    await expect(run(store, 1, 'createProject', { id: P1, fields: { title: 'T' }, concernIds: [concernId(0), concernId(9)] })).rejects.toMatchObject({
      code: 'not-found',
      reason: 'One of the concerns could not be linked because it is not in the notebook (it may not have reached this desk yet), so nothing was linked.',
    });
    expect(store.rows('projects')).toEqual([]);
    expect(store.rows('project_links')).toEqual([]);
  });

  it('makes the same rows on the desk and on the server', async () => {
    const [desk, server] = [await storeWithConcerns(1), await storeWithConcerns(1)];
    for (const store of [desk, server]) await run(store, 3, 'createProject', { id: P1, fields: { title: 'T' }, concernIds: [concernId(0)] });
    expect(desk.snapshot()).toEqual(server.snapshot());
  });
});

describe('editProject', () => {
  it('changes only the fields named, stamps the edit, and writes nothing for a patch that changes nothing', async () => {
    const store = createMemoryStore();
    await run(store, 1, 'createProject', { id: P1, fields: { title: 'T', owner: 'Ben' } });
    const milestones = [
      { id: M1, title: 'Survey', due: '', doneAt: timeOf(2) },
      { id: M2, title: 'Replace lamps', due: '2026-12-01', doneAt: null },
    ];
    await run(store, 2, 'editProject', { id: P1, patch: { description: ' Lamps out ', milestones, isPublic: true } }, 'Ana Ruiz');
    expect(project(store)).toMatchObject({ title: 'T', owner: 'Ben', description: 'Lamps out', milestones, isPublic: true, updatedAt: timeOf(2), updatedBy: 'Ana Ruiz' });
    await run(store, 3, 'editProject', { id: P1, patch: { owner: 'Ben' } }, 'Ben Cole');
    expect(project(store)).toMatchObject({ updatedAt: timeOf(2), updatedBy: 'Ana Ruiz' });
  });

  it('keeps both edits of different fields from two desks, and the later of two edits of one field', async () => {
    const store = createMemoryStore();
    await run(store, 1, 'createProject', { id: P1, fields: { title: 'T' } });
    await runMutation(store, 'editProject', { id: P1, patch: { owner: 'Ben' } }, ctxFor(DESK_A, 2));
    await runMutation(store, 'editProject', { id: P1, patch: { publicSummary: 'We fixed it' } }, ctxFor(DESK_B, 3));
    await runMutation(store, 'editProject', { id: P1, patch: { owner: 'Ana' } }, ctxFor(DESK_B, 4));
    expect(project(store)).toMatchObject({ owner: 'Ana', publicSummary: 'We fixed it' });
  });

  it.each([
    ['an empty patch', { id: P1, patch: {} }, 'patch', 'Say what to change'],
    ['a status', { id: P1, patch: { status: 'done' } }, 'patch', 'Say what to change'],
    ['a milestone without a title', { id: P1, patch: { milestones: [{ id: M1, title: ' ', due: '', doneAt: null }] } }, 'patch.milestones.0.title', 'Give the milestone a title'],
    ['too many milestones', { id: P1, patch: { milestones: Array.from({ length: 31 }, () => ({ id: M1, title: 'M', due: '', doneAt: null })) } }, 'patch.milestones', 'A project can have at most 30 milestones'],
  ])('refuses %s', async (_label, args, field, message) => {
    const store = createMemoryStore();
    await run(store, 1, 'createProject', { id: P1, fields: { title: 'T' } });
    await expect(run(store, 2, 'editProject', args)).rejects.toMatchObject(invalid(field, message));
    expect(project(store)?.updatedAt).toBe(timeOf(1));
  });

  it('refuses a target date that lands before a start date set at another desk', async () => {
    const store = createMemoryStore();
    await run(store, 1, 'createProject', { id: P1, fields: { title: 'T', startDate: '2026-06-01' } });
    await expect(run(store, 2, 'editProject', { id: P1, patch: { targetDate: '2026-05-01' } })).rejects.toMatchObject({ code: 'invalid-args' });
    expect(project(store)?.targetDate).toBe('');
  });

  it('refuses a project this desk does not know, plainly', async () => {
    await expect(run(createMemoryStore(), 1, 'editProject', { id: P1, patch: { owner: 'x' } })).rejects.toMatchObject({
      code: 'not-found',
      reason: 'This project is not in the notebook (it may not have reached this desk yet), so it was not changed.',
    });
  });
});

describe('setProjectStatus', () => {
  it('stamps the change, sets the completed day on done and declined, and clears it when reopened', async () => {
    const store = createMemoryStore();
    await run(store, 1, 'createProject', { id: P1, fields: { title: 'T' } });
    await run(store, 2, 'setProjectStatus', { id: P1, status: 'in-progress' });
    expect(project(store)).toMatchObject({ status: 'in-progress', statusChangedAt: timeOf(2), completedDate: '' });
    await run(store, 3, 'setProjectStatus', { id: P1, status: 'done', on: '2025-03-15' });
    expect(project(store)).toMatchObject({ status: 'done', statusChangedAt: timeOf(3), completedDate: '2025-03-15' });
    await run(store, 4, 'setProjectStatus', { id: P1, status: 'done', on: '2025-03-20' });
    expect(project(store)).toMatchObject({ statusChangedAt: timeOf(3), completedDate: '2025-03-15' });
    await run(store, 5, 'setProjectStatus', { id: P1, status: 'planned' });
    expect(project(store)).toMatchObject({ status: 'planned', statusChangedAt: timeOf(5), completedDate: '' });
    await run(store, 6, 'setProjectStatus', { id: P1, status: 'declined' });
    expect(project(store)).toMatchObject({ status: 'declined', completedDate: timeOf(6).slice(0, 10) });
  });

  it('refuses an unknown status and an unknown project', async () => {
    const store = createMemoryStore();
    await run(store, 1, 'createProject', { id: P1, fields: { title: 'T' } });
    await expect(run(store, 2, 'setProjectStatus', { id: P1, status: 'paused' })).rejects.toMatchObject({ code: 'invalid-args', field: 'status' });
    await expect(run(store, 3, 'setProjectStatus', { id: P2, status: 'done' })).rejects.toMatchObject({
      code: 'not-found',
      reason: 'This project is not in the notebook (it may not have reached this desk yet), so it was not moved.',
    });
  });
});

describe('linkConcerns and unlinkConcern', () => {
  it('links, keeps the first linker on a second link, unlinks, and revives the row on a re-link', async () => {
    const store = await storeWithConcerns(2);
    await run(store, 1, 'createProject', { id: P1, fields: { title: 'T' } });
    await run(store, 2, 'linkConcerns', { projectId: P1, concernIds: [concernId(0)] }, 'Ana Ruiz');
    await run(store, 3, 'linkConcerns', { projectId: P1, concernIds: [concernId(0), concernId(1)] }, 'Ben Cole');
    const row = () => store.rows('project_links').find((l) => l.concernId === concernId(0));
    expect(row()).toMatchObject({ linkedAt: timeOf(2), linkedBy: 'Ana Ruiz', unlinkedAt: null });
    await run(store, 4, 'unlinkConcern', { projectId: P1, concernId: concernId(0) }, 'Ben Cole');
    await run(store, 5, 'unlinkConcern', { projectId: P1, concernId: concernId(0) }, 'Ana Ruiz');
    expect(row()).toMatchObject({ unlinkedAt: timeOf(4), unlinkedBy: 'Ben Cole' });
    expect(linked(store)).toEqual([concernId(1)]);
    await run(store, 6, 'linkConcerns', { projectId: P1, concernIds: [concernId(0)] }, 'Fay Moss');
    expect(row()).toMatchObject({ linkedAt: timeOf(6), linkedBy: 'Fay Moss', unlinkedAt: null, unlinkedBy: null });
    expect(store.rows('project_links')).toHaveLength(2);
  });

  it('refuses a deleted concern in plain words, linking none of the others', async () => {
    const store = await storeWithConcerns(2);
    await run(store, 1, 'createProject', { id: P1, fields: { title: 'T' } });
    await run(store, 2, 'deleteConcern', { id: concernId(1) }, 'Ben Cole');
    await expect(run(store, 3, 'linkConcerns', { projectId: P1, concernIds: [concernId(0), concernId(1)] })).rejects.toMatchObject({
      code: 'deleted',
      reason: 'One of the concerns could not be linked because someone deleted it, so nothing was linked.',
    });
    await expect(run(store, 4, 'linkConcerns', { projectId: P1, concernIds: [concernId(1), concernId(7), concernId(8)] })).rejects.toMatchObject({
      reason: '3 of the concerns could not be linked because 1 of them was deleted and the others are not in the notebook, so nothing was linked.',
    });
    expect(store.rows('project_links')).toEqual([]);
  });

  it('unlinks a concern deleted after it was linked', async () => {
    const store = await storeWithConcerns(1);
    await run(store, 1, 'createProject', { id: P1, fields: { title: 'T' }, concernIds: [concernId(0)] });
    await run(store, 2, 'deleteConcern', { id: concernId(0) });
    await run(store, 3, 'unlinkConcern', { projectId: P1, concernId: concernId(0) });
    expect(linked(store)).toEqual([]);
  });

  it.each([
    ['a concern named twice', { projectId: P1, concernIds: [concernId(0), concernId(0)] }, 'concernIds', 'A concern is named twice'],
    ['more than the limit', { projectId: P1, concernIds: Array.from({ length: MAX_LINKS_PER_CHANGE + 1 }, (_, i) => concernId(i)) }, 'concernIds', `Link at most ${MAX_LINKS_PER_CHANGE} concerns at a time`],
    ['a bad concern id', { projectId: P1, concernIds: ['c1'] }, 'concernIds.0', 'Expected the concern id (a UUIDv7)'],
  ])('refuses %s', async (_label, args, field, message) => {
    const store = createMemoryStore();
    await run(store, 1, 'createProject', { id: P1, fields: { title: 'T' } });
    await expect(run(store, 2, 'linkConcerns', args)).rejects.toMatchObject(invalid(field, message));
  });

  it('links the most concerns one change allows', async () => {
    const store = await storeWithConcerns(MAX_LINKS_PER_CHANGE);
    await run(store, 1, 'createProject', { id: P1, fields: { title: 'T' } });
    await run(store, 2, 'linkConcerns', { projectId: P1, concernIds: Array.from({ length: MAX_LINKS_PER_CHANGE }, (_, i) => concernId(i)) });
    expect(linked(store)).toHaveLength(MAX_LINKS_PER_CHANGE);
  });

  it('refuses links to a project this desk does not know', async () => {
    const store = await storeWithConcerns(1);
    await expect(run(store, 1, 'linkConcerns', { projectId: P2, concernIds: [concernId(0)] })).rejects.toMatchObject({ code: 'not-found' });
    await expect(run(store, 2, 'unlinkConcern', { projectId: P2, concernId: concernId(0) })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('ends any sequence of links and unlinks with the last one of each concern winning', async () => {
    const step = fc.record({ link: fc.boolean(), concerns: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 12 }), async (steps) => {
        const store = await storeWithConcerns(4);
        await run(store, 1, 'createProject', { id: P1, fields: { title: 'T' } });
        const expected = new Map<number, boolean>();
        let n = 2;
        for (const { link, concerns } of steps) {
          if (link) await run(store, n++, 'linkConcerns', { projectId: P1, concernIds: concerns.map(concernId) });
          else for (const c of concerns) await run(store, n++, 'unlinkConcern', { projectId: P1, concernId: concernId(c) });
          for (const c of concerns) expected.set(c, link);
        }
        const want = [...expected].filter(([, isLinked]) => isLinked).map(([c]) => concernId(c)).sort();
        expect(linked(store)).toEqual(want);
        expect(store.rows('project_links').every((l) => l.id === projectLinkId(P1, l.concernId))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
