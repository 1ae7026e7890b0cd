/**
 * Who a concern is assigned to, as an observed-remove set exactly like tags (tags.ts, store.ts): each assign
 * writes a fresh add id on the concern_assignees row of (concern, staff member); an unassign names the add ids
 * its author saw and removes only those. A staff member stays assigned while any add id is left, so an assign
 * made at another desk that the remover had not seen survives, in any server order. Concern.assignees is kept
 * in step with the rows, in the order people were assigned, so lists and search need no query.
 *
 * Reassigning is reassignConcern: the unassign and the assign in one mutation, so the concern is never seen
 * (or left, if one half were refused) with nobody on it, and its history says "from Ana to Ben" in one entry.
 *
 * Build unassign args with unassignArgs(store, id, staffId) when the person unassigns: the add ids it reads
 * from the local store are exactly what that person saw.
 */
import { z } from 'zod';
import { reviewStateOf, type Concern } from '../../domain/concern';
import { MAX_ASSIGNEE_ADDS, StaffIdSchema, concernAssigneeId } from '../../domain/review';
import { UUIDV7_PATTERN } from '../../lib/uuidv7';
import type { MutationContext } from '../context';
import { MutationRejected } from '../errors';
import { ConcernIdSchema, defineMutator, putRow, recordHistory, touched } from '../mutator';
import type { SyncStore } from '../store';
import { requireOpenConcern } from './open-concern';

const AddIdsSchema = z
  .array(z.string().regex(UUIDV7_PATTERN, 'Expected an add id (a UUIDv7)'))
  .min(1, 'Name the assignments you saw')
  .max(MAX_ASSIGNEE_ADDS, `Name at most ${MAX_ASSIGNEE_ADDS} assignments`);

/** Refuses to assign a colleague the office has marked as no longer active; one it does not know is let through. */
async function requireActiveStaff(store: SyncStore, staffId: string): Promise<void> {
  // The staff list reaches desks from the server and may not be there yet (a new desk, a new colleague), so
  // only a known, inactive colleague is refused; the server's own list has the last word when the push lands.
  const staff = await store.get('office_staff', staffId);
  if (staff === undefined || staff.isActive) return;
  throw new MutationRejected(
    `${staff.displayName} no longer works in this office, so the concern was not assigned to them.`,
    'not-found',
    { staffId },
  );
}

/** Records one assign under a fresh add id; returns the concern's assignee list after it. */
async function assignOnce(store: SyncStore, ctx: MutationContext, concernId: string, staffId: string, list: readonly string[]) {
  const id = concernAssigneeId(concernId, staffId);
  const row = await store.get('concern_assignees', id);
  const addIds = [...(row?.addIds ?? []), ctx.newId()].slice(-MAX_ASSIGNEE_ADDS);
  await putRow(store, 'concern_assignees', { id, concernId, staffId, addIds });
  return list.includes(staffId) ? list : [...list, staffId];
}

/** Removes the add ids its author saw; returns the concern's assignee list after it. */
async function unassignSeen(store: SyncStore, concernId: string, staffId: string, seen: readonly string[], list: readonly string[]) {
  const id = concernAssigneeId(concernId, staffId);
  const row = await store.get('concern_assignees', id);
  if (row === undefined) return list;
  const left = row.addIds.filter((addId) => !seen.includes(addId));
  if (left.length === row.addIds.length) return list;
  if (left.length > 0) {
    await putRow(store, 'concern_assignees', { ...row, addIds: left });
    return list;
  }
  await store.delete('concern_assignees', id);
  return list.filter((s) => s !== staffId);
}

/** Writes the concern's new assignee list and its history entry, if the list changed. */
async function saveAssignees(store: SyncStore, ctx: MutationContext, concern: Concern, after: readonly string[]): Promise<void> {
  const before = reviewStateOf(concern).assignees;
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  await putRow(store, 'concerns', touched(concern, { assignees: [...after] }, ctx));
  await recordHistory(store, ctx, concern.id, 'edited', [{ field: 'assignees', from: before, to: after }]);
}

/** Assigns a concern to a staff member; each assign is remembered separately so a concurrent unassign cannot undo it. */
export const assignConcern = defineMutator({
  name: 'assignConcern',
  args: z.object({ id: ConcernIdSchema, staffId: StaffIdSchema }),
  async run(store, { id, staffId }, ctx) {
    const concern = await requireOpenConcern(store, id);
    await requireActiveStaff(store, staffId);
    // A fresh add id even for someone already assigned: the author may not have seen the existing assign, and
    // an unassign of that one elsewhere must not take this one with it.
    const after = await assignOnce(store, ctx, id, staffId, reviewStateOf(concern).assignees);
    await saveAssignees(store, ctx, concern, after);
  },
});

/** Unassigns a staff member, removing only the assigns its author saw (`addIds`). */
export const unassignConcern = defineMutator({
  name: 'unassignConcern',
  args: z.object({ id: ConcernIdSchema, staffId: StaffIdSchema, addIds: AddIdsSchema }),
  async run(store, { id, staffId, addIds }, ctx) {
    const concern = await requireOpenConcern(store, id);
    const after = await unassignSeen(store, id, staffId, addIds, reviewStateOf(concern).assignees);
    await saveAssignees(store, ctx, concern, after);
  },
});

/** Hands a concern from one staff member (the assigns its author saw) to another, in one step. */
export const reassignConcern = defineMutator({
  name: 'reassignConcern',
  args: z
    .object({ id: ConcernIdSchema, fromStaffId: StaffIdSchema, addIds: AddIdsSchema, toStaffId: StaffIdSchema })
    .refine((a) => a.fromStaffId !== a.toStaffId, { message: 'Choose someone else to hand the concern to', path: ['toStaffId'] }),
  async run(store, { id, fromStaffId, addIds, toStaffId }, ctx) {
    const concern = await requireOpenConcern(store, id);
    await requireActiveStaff(store, toStaffId);
    const without = await unassignSeen(store, id, fromStaffId, addIds, reviewStateOf(concern).assignees);
    const after = await assignOnce(store, ctx, id, toStaffId, without);
    await saveAssignees(store, ctx, concern, after);
  },
});

/** Args of unassignConcern. */
export type UnassignConcernArgs = z.input<typeof unassignConcern.args>;

/** The unassignConcern args for a staff member's assigns on a concern in this store now; undefined if none. */
export async function unassignArgs(store: SyncStore, id: string, staffId: string): Promise<UnassignConcernArgs | undefined> {
  const row = await store.get('concern_assignees', concernAssigneeId(id, staffId));
  return row === undefined ? undefined : { id, staffId, addIds: row.addIds };
}
