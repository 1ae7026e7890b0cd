import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { concernAssigneeId, MAX_ASSIGNEE_ADDS } from '@shared/domain/review';
import { applyMutation, type ApplyOutcome } from '@shared/sync/apply';
import type { MutationContext } from '@shared/sync/context';
import type { MemoryStore } from '@shared/sync/memory-store';
import { runMutation, type NamedMutation } from '@shared/sync/mutators';
import { unassignArgs } from '@shared/sync/mutators/assign';
import { concernId, ctxFor, DESK_A, DESK_B, fields, storeWithConcern, timeOf } from '../fixtures';

const id = concernId(0);
const [ANA, BEN, CAL, DEE] = [1, 2, 3, 4].map((n) => `4f1c2d3e-0000-4000-8000-${String(n).padStart(12, '0')}`) as [string, string, string, string];

async function assigned(store: MemoryStore): Promise<readonly string[] | undefined> {
  return (await store.get('concerns', id))?.assignees;
}

const editedEntries = (store: MemoryStore) => store.rows('concern_history').filter((h) => h.kind === 'edited');

describe('assignConcern', () => {
  it('assigns the concern, remembers the add, and records the assignees before and after', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'assignConcern', { id, staffId: ANA }, ctxFor(DESK_A, 2, 'Gina'));
    expect(await store.get('concerns', id)).toMatchObject({ assignees: [ANA], updatedAt: timeOf(2), updatedBy: 'Gina' });
    expect(await store.get('concern_assignees', concernAssigneeId(id, ANA))).toEqual({
      id: concernAssigneeId(id, ANA),
      concernId: id,
      staffId: ANA,
      addIds: [ctxFor(DESK_A, 2).newId()],
    });
    expect(editedEntries(store).map((h) => h.changes)).toEqual([[{ field: 'assignees', from: [], to: [ANA] }]]);
  });

  it('keeps people in the order they were assigned', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'assignConcern', { id, staffId: BEN }, ctxFor(DESK_A, 2));
    await runMutation(store, 'assignConcern', { id, staffId: ANA }, ctxFor(DESK_A, 3));
    expect(await assigned(store)).toEqual([BEN, ANA]);
  });

  it('remembers a second assign of someone already assigned, without touching the concern or its history', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'assignConcern', { id, staffId: ANA }, ctxFor(DESK_A, 2));
    const concern = await store.get('concerns', id);
    await runMutation(store, 'assignConcern', { id, staffId: ANA }, ctxFor(DESK_B, 3));
    expect(await store.get('concerns', id)).toEqual(concern);
    expect((await store.get('concern_assignees', concernAssigneeId(id, ANA)))?.addIds).toHaveLength(2);
    expect(editedEntries(store)).toHaveLength(1);
  });

  it(`keeps the newest ${MAX_ASSIGNEE_ADDS} assigns of one person, and the person, however often they are assigned`, async () => {
    const store = await storeWithConcern();
    for (let n = 2; n < MAX_ASSIGNEE_ADDS + 10; n += 1) await runMutation(store, 'assignConcern', { id, staffId: ANA }, ctxFor(DESK_A, n));
    expect((await store.get('concern_assignees', concernAssigneeId(id, ANA)))?.addIds).toHaveLength(MAX_ASSIGNEE_ADDS);
    await runMutation(store, 'unassignConcern', (await unassignArgs(store, id, ANA))!, ctxFor(DESK_B, 1));
    expect(await assigned(store)).toEqual([]);
  });

  it('refuses a colleague the office marked as no longer active, by name, and changes nothing', async () => {
    const store = await storeWithConcern();
    await store.put('office_staff', { id: ANA, displayName: 'Ana Ruiz', role: 'goto', isActive: false });
    const before = store.snapshot();
    const outcome = await applyMutation(store, { name: 'assignConcern', args: { id, staffId: ANA } }, ctxFor(DESK_A, 2));
    expect(outcome).toMatchObject({
      status: 'rejected',
      reason: 'Ana Ruiz no longer works in this office, so the concern was not assigned to them.',
      rejection: { params: { staffId: ANA } },
    });
    expect(store.snapshot()).toEqual(before);
  });

  it('assigns an active colleague, and one this desk has not heard of yet', async () => {
    const store = await storeWithConcern();
    await store.put('office_staff', { id: ANA, displayName: 'Ana Ruiz', role: 'goto', isActive: true });
    await runMutation(store, 'assignConcern', { id, staffId: ANA }, ctxFor(DESK_A, 2));
    await runMutation(store, 'assignConcern', { id, staffId: BEN }, ctxFor(DESK_A, 3));
    expect(await assigned(store)).toEqual([ANA, BEN]);
  });

  it('refuses a staff id that is not one, naming the field', async () => {
    const store = await storeWithConcern();
    await expect(runMutation(store, 'assignConcern', { id, staffId: 'Ana' }, ctxFor(DESK_A, 2))).rejects.toMatchObject({
      code: 'invalid-args',
      params: { field: 'staffId', message: 'Expected a staff id' },
    });
  });
});

describe('unassignConcern', () => {
  it('unassigns the person the remover saw and records the assignees before and after', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'assignConcern', { id, staffId: ANA }, ctxFor(DESK_A, 2));
    await runMutation(store, 'assignConcern', { id, staffId: BEN }, ctxFor(DESK_A, 3));
    await runMutation(store, 'unassignConcern', (await unassignArgs(store, id, ANA))!, ctxFor(DESK_A, 4));
    expect(await assigned(store)).toEqual([BEN]);
    expect(await store.get('concern_assignees', concernAssigneeId(id, ANA))).toBeUndefined();
    expect(editedEntries(store).at(-1)?.changes).toEqual([{ field: 'assignees', from: [ANA, BEN], to: [BEN] }]);
  });

  it('keeps an assign another desk made that the remover had not seen', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'assignConcern', { id, staffId: ANA }, ctxFor(DESK_A, 2));
    const seenByA = (await unassignArgs(store, id, ANA))!;
    await runMutation(store, 'assignConcern', { id, staffId: ANA }, ctxFor(DESK_B, 3));
    const historyBefore = editedEntries(store);
    await runMutation(store, 'unassignConcern', seenByA, ctxFor(DESK_A, 4));
    expect(await assigned(store)).toEqual([ANA]);
    expect((await store.get('concern_assignees', concernAssigneeId(id, ANA)))?.addIds).toEqual([ctxFor(DESK_B, 3).newId()]);
    expect(editedEntries(store)).toEqual(historyBefore);
  });

  it('changes nothing when the person was already unassigned elsewhere', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'assignConcern', { id, staffId: ANA }, ctxFor(DESK_A, 2));
    const args = (await unassignArgs(store, id, ANA))!;
    await runMutation(store, 'unassignConcern', args, ctxFor(DESK_B, 3));
    const before = store.snapshot();
    await runMutation(store, 'unassignConcern', args, ctxFor(DESK_A, 4));
    expect(store.snapshot()).toEqual(before);
  });

  it('unassigns a colleague who has since left the office', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'assignConcern', { id, staffId: ANA }, ctxFor(DESK_A, 2));
    await store.put('office_staff', { id: ANA, displayName: 'Ana Ruiz', role: 'goto', isActive: false });
    await runMutation(store, 'unassignConcern', (await unassignArgs(store, id, ANA))!, ctxFor(DESK_A, 3));
    expect(await assigned(store)).toEqual([]);
  });

  it('gives no args for someone not assigned, so nothing is sent', async () => {
    const store = await storeWithConcern();
    expect(await unassignArgs(store, id, ANA)).toBeUndefined();
  });

  it('refuses an unassign naming no assign, or an add id that is not one, naming the field', async () => {
    const store = await storeWithConcern();
    await expect(runMutation(store, 'unassignConcern', { id, staffId: ANA, addIds: [] }, ctxFor(DESK_A, 2))).rejects.toMatchObject({
      params: { field: 'addIds', message: 'Name the assignments you saw' },
    });
    await expect(runMutation(store, 'unassignConcern', { id, staffId: ANA, addIds: ['x'] }, ctxFor(DESK_A, 2))).rejects.toMatchObject({
      params: { field: 'addIds.0', message: 'Expected an add id (a UUIDv7)' },
    });
  });
});

describe('reassignConcern', () => {
  it('hands the concern from one person to another in one step with one history entry', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'assignConcern', { id, staffId: ANA }, ctxFor(DESK_A, 2));
    const { addIds } = (await unassignArgs(store, id, ANA))!;
    await runMutation(store, 'reassignConcern', { id, fromStaffId: ANA, addIds, toStaffId: BEN }, ctxFor(DESK_A, 3));
    expect(await assigned(store)).toEqual([BEN]);
    expect(store.rows('concern_assignees').map((r) => r.staffId)).toEqual([BEN]);
    expect(editedEntries(store).at(-1)?.changes).toEqual([{ field: 'assignees', from: [ANA], to: [BEN] }]);
  });

  it('keeps the first person when another desk assigned them again unseen, and adds the second', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'assignConcern', { id, staffId: ANA }, ctxFor(DESK_A, 2));
    const { addIds } = (await unassignArgs(store, id, ANA))!;
    await runMutation(store, 'assignConcern', { id, staffId: ANA }, ctxFor(DESK_B, 3));
    await runMutation(store, 'reassignConcern', { id, fromStaffId: ANA, addIds, toStaffId: BEN }, ctxFor(DESK_A, 4));
    expect(await assigned(store)).toEqual([ANA, BEN]);
  });

  it('refuses a hand-over to the same person, and to one who has left, changing nothing', async () => {
    const store = await storeWithConcern();
    await runMutation(store, 'assignConcern', { id, staffId: ANA }, ctxFor(DESK_A, 2));
    const { addIds } = (await unassignArgs(store, id, ANA))!;
    await expect(
      runMutation(store, 'reassignConcern', { id, fromStaffId: ANA, addIds, toStaffId: ANA }, ctxFor(DESK_A, 3)),
    ).rejects.toMatchObject({ params: { field: 'toStaffId', message: 'Choose someone else to hand the concern to' } });
    await store.put('office_staff', { id: BEN, displayName: 'Ben Cole', role: 'goto', isActive: false });
    const before = store.snapshot();
    const outcome = await applyMutation(
      store,
      { name: 'reassignConcern', args: { id, fromStaffId: ANA, addIds, toStaffId: BEN } },
      ctxFor(DESK_A, 3),
    );
    expect(outcome).toMatchObject({ reason: 'Ben Cole no longer works in this office, so the concern was not assigned to them.' });
    expect(store.snapshot()).toEqual(before);
  });
});

describe('every assignment mutator', () => {
  const mutations: NamedMutation[] = [
    { name: 'assignConcern', args: { id, staffId: ANA } },
    { name: 'unassignConcern', args: { id, staffId: ANA, addIds: [concernId(8)] } },
    { name: 'reassignConcern', args: { id, fromStaffId: ANA, addIds: [concernId(8)], toStaffId: BEN } },
  ];

  it.each(mutations)('$name refuses a concern merged into another, saying so, and changes nothing', async (mutation) => {
    const store = await storeWithConcern();
    await runMutation(store, 'logConcern', { id: concernId(1), fields: fields({ summary: 'Pothole on Main St' }) }, ctxFor(DESK_B, 1));
    await store.put('concerns', { ...(await store.get('concerns', id))!, mergedInto: concernId(1), status: 'closed' });
    const before = store.snapshot();
    const outcome = await applyMutation(store, mutation, ctxFor(DESK_A, 3));
    expect(outcome).toMatchObject({ status: 'rejected', reason: expect.stringContaining('was merged into the concern "Pothole on Main St"') });
    expect(store.snapshot()).toEqual(before);
  });

  it.each(mutations)('$name refuses a deleted concern plainly', async (mutation) => {
    const store = await storeWithConcern();
    await runMutation(store, 'deleteConcern', { id }, ctxFor(DESK_B, 2));
    await expect(runMutation(store, mutation.name, mutation.args, ctxFor(DESK_A, 3))).rejects.toMatchObject({ code: 'deleted' });
  });
});

describe('concurrent assignments', () => {
  const POOL = [ANA, BEN, CAL, DEE];
  const people = fc.subarray(POOL);
  type Step = { mutation: NamedMutation; ctx: () => MutationContext };

  async function unassignSteps(base: MemoryStore, staff: readonly string[], clientId: string, firstId: number): Promise<Step[]> {
    const steps: Step[] = [];
    for (const staffId of staff) {
      const args = await unassignArgs(base, id, staffId);
      const mutationId = firstId + steps.length;
      if (args !== undefined) steps.push({ mutation: { name: 'unassignConcern', args }, ctx: () => ctxFor(clientId, mutationId) });
    }
    return steps;
  }

  const assignSteps = (staff: readonly string[], clientId: string, firstId: number): Step[] =>
    staff.map((staffId, n) => ({ mutation: { name: 'assignConcern', args: { id, staffId } }, ctx: () => ctxFor(clientId, firstId + n) }));

  it('keeps everyone either desk assigned, and unassigns only the assigns the remover saw, in any server order', async () => {
    await fc.assert(
      fc.asyncProperty(people, people, people, people, people, fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }), async (start, addA, addB, removeA, removeB, picks) => {
        const base = await storeWithConcern();
        for (const [n, staffId] of start.entries()) await runMutation(base, 'assignConcern', { id, staffId }, ctxFor('0195f1a0-0000-4000-8000-00000000000c', 10 + n));
        // Each desk unassigns from what it saw (the base), then assigns; neither has seen the other's changes.
        const byA = [...(await unassignSteps(base, removeA, DESK_A, 1)), ...assignSteps(addA, DESK_A, 20)];
        const byB = [...(await unassignSteps(base, removeB, DESK_B, 1)), ...assignSteps(addB, DESK_B, 20)];
        // Interleave the two desks' queues in a random order that keeps each desk's own order.
        const steps: Step[] = [];
        let i = 0;
        while (byA.length > 0 || byB.length > 0) {
          const takeA = byB.length === 0 || (byA.length > 0 && (picks[i++ % picks.length] ?? true));
          steps.push((takeA ? byA : byB).shift()!);
        }
        const store = base.clone();
        const outcomes: ApplyOutcome[] = [];
        for (const step of steps) outcomes.push(await applyMutation(store, step.mutation, step.ctx()));

        expect(outcomes.every((o) => o.status === 'applied')).toBe(true);
        const removed = new Set([...removeA, ...removeB]);
        const expected = new Set([...addA, ...addB, ...start.filter((s) => !removed.has(s))]);
        const list = (await assigned(store)) ?? [];
        expect(new Set(list).size).toBe(list.length);
        expect([...list].sort()).toEqual([...expected].sort());
        // The assignee rows and the concern's list never disagree.
        expect(store.rows('concern_assignees').map((r) => r.staffId).sort()).toEqual([...list].sort());
      }),
    );
  });
});
