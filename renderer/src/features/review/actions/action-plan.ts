/**
 * What each review action writes, as data: the values a dialog collects (ActionValues) and, for one concern as
 * the desk has it now (ConcernSnapshot), the synced mutations that carry them out (mutationsFor). Pure, so a
 * bulk action is the same plan run once per concern, and tests check the plan without a screen.
 *
 * Guarded mutations (setStatus, setPriority, resolveConcern) are given `from` as the snapshot shows it: the
 * snapshot is read in the same transaction the mutations run in, and the dialog shows the same rows live, so
 * `from` is what the person saw. Flags to mark reviewed are likewise the open flags the dialog listed.
 */
import { PRIORITIES, type Concern, type Priority, type Status } from '@shared/domain/concern';
import type { ConcernAssignee, ConcernFlag, RESPONSE_METHODS } from '@shared/domain/review';
import type { NamedMutation } from '@shared/sync/mutators';
import { MutationRejected } from '@shared/sync/errors';
import type { Permissions } from '../permissions';
import { t } from '../../../i18n';

/** One concern as the desk has it when an action runs: the row, its open flags and its assignee rows. */
export interface ConcernSnapshot {
  readonly concern: Concern;
  /** Open flags (not yet reviewed) of the concern and of every concern merged into it, oldest first. */
  readonly openFlags: readonly ConcernFlag[];
  /** Its concern_assignees rows, in the order of Concern.assignees. */
  readonly assignees: readonly ConcernAssignee[];
}

/** How an answer reached the citizen (one of RESPONSE_METHODS). */
export type ResponseMethod = (typeof RESPONSE_METHODS)[number];

/** What a dialog collected, by kind. */
export type ActionValues =
  /** takeOn: the acknowledger's staff id; a concern nobody has is assigned to them (they said they are on it). */
  | { readonly kind: 'acknowledge'; readonly reviewFlags: boolean; readonly takeOn?: string }
  /** staffId null: unassign everyone. Otherwise the concern is handed to that person alone. */
  | { readonly kind: 'assign'; readonly staffId: string | null }
  | { readonly kind: 'comment'; readonly text: string; readonly mentions: readonly string[] }
  | { readonly kind: 'flag'; readonly reason: string }
  /** seen: the flag ids the dialog listed (only those are marked); undefined marks every open flag. */
  | { readonly kind: 'reviewFlags'; readonly seen?: readonly string[] }
  | { readonly kind: 'priority'; readonly to: Priority }
  /** note: given when moving to resolved, which then resolves with it. */
  | { readonly kind: 'status'; readonly to: Status; readonly note?: string; readonly reviewFlags?: boolean }
  | { readonly kind: 'respond'; readonly method: ResponseMethod; readonly text: string }
  | { readonly kind: 'resolve'; readonly note: string; readonly reviewFlags: boolean }
  /** into: the concern that survives; each concern the action runs on is merged into it. */
  | { readonly kind: 'merge'; readonly into: string };

/** A plan that cannot run on this concern, in plain words (shown like a mutator's refusal). */
function refuse(message: string): never {
  throw new MutationRejected(message, 'invalid-args');
}

function reviewOpenFlags(snapshot: ConcernSnapshot, seen?: readonly string[]): NamedMutation[] {
  const ids = snapshot.openFlags.map((flag) => flag.id).filter((id) => seen === undefined || seen.includes(id));
  return ids.length === 0 ? [] : [{ name: 'reviewFlags', args: { id: snapshot.concern.id, flagIds: ids } }];
}

function assignMutations(snapshot: ConcernSnapshot, staffId: string | null): NamedMutation[] {
  const id = snapshot.concern.id;
  const others = snapshot.assignees.filter((row) => row.staffId !== staffId);
  const unassign = (row: ConcernAssignee): NamedMutation => ({ name: 'unassignConcern', args: { id, staffId: row.staffId, addIds: row.addIds } });
  if (staffId === null) return others.map(unassign);
  const isAssigned = snapshot.assignees.some((row) => row.staffId === staffId);
  const [first, ...rest] = others;
  if (isAssigned || first === undefined) {
    return [...(isAssigned ? [] : [{ name: 'assignConcern', args: { id, staffId } } as const]), ...others.map(unassign)];
  }
  // One reassign for the first person it had, so the history says "from Ana to Ben" and it is never left
  // with nobody; anyone else it had is then unassigned.
  return [{ name: 'reassignConcern', args: { id, fromStaffId: first.staffId, addIds: first.addIds, toStaffId: staffId } }, ...rest.map(unassign)];
}

function resolveMutations(snapshot: ConcernSnapshot, note: string, withFlags: boolean): NamedMutation[] {
  const { concern } = snapshot;
  if (concern.status === 'resolved') refuse(t('reviewActions.refuse.alreadyResolved'));
  return [{ name: 'resolveConcern', args: { id: concern.id, from: concern.status, note } }, ...(withFlags ? reviewOpenFlags(snapshot) : [])];
}

/** The mutations that carry out `values` on the concern of `snapshot`, in order; [] when nothing would change. */
export function mutationsFor(values: ActionValues, snapshot: ConcernSnapshot): NamedMutation[] {
  const { concern } = snapshot;
  const id = concern.id;
  switch (values.kind) {
    case 'acknowledge':
      return [
        { name: 'acknowledgeConcern', args: { id } },
        ...(values.reviewFlags ? reviewOpenFlags(snapshot) : []),
        ...(values.takeOn !== undefined && snapshot.assignees.length === 0 ? assignMutations(snapshot, values.takeOn) : []),
      ];
    case 'assign':
      return assignMutations(snapshot, values.staffId);
    case 'comment':
      return [{ name: 'addComment', args: { id, text: values.text, mentions: [...values.mentions] } }];
    case 'flag':
      return [{ name: 'flagConcern', args: { id, reason: values.reason } }];
    case 'reviewFlags':
      return reviewOpenFlags(snapshot, values.seen);
    case 'priority':
      return concern.priority === values.to ? [] : [{ name: 'setPriority', args: { id, from: concern.priority, to: values.to } }];
    case 'status':
      if (values.to === 'resolved' && values.note !== undefined) return resolveMutations(snapshot, values.note, values.reviewFlags ?? false);
      return concern.status === values.to ? [] : [{ name: 'setStatus', args: { id, from: concern.status, to: values.to } }];
    case 'respond':
      return [{ name: 'recordResponse', args: { id, method: values.method, text: values.text } }];
    case 'resolve':
      return resolveMutations(snapshot, values.note, values.reviewFlags);
    case 'merge':
      if (values.into === id) refuse(t('reviewActions.refuse.mergeSelf'));
      return [{ name: 'mergeConcerns', args: { id: values.into, duplicateId: id } }];
  }
}

/**
 * The priorities the person may choose for concerns now at `from` (one per concern): a choice is offered when
 * it is allowed for every one of them (a counter may only raise, so "high" is not offered if one is top).
 */
export function allowedPriorities(permissions: Pick<Permissions, 'mayChangePriority'>, from: readonly Priority[]): Priority[] {
  return PRIORITIES.filter((to) => from.every((current) => permissions.mayChangePriority(current, to)));
}
