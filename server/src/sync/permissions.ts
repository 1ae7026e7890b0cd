/**
 * What each role may change, checked on the server for every pushed mutation (the app hides what a role may
 * not do, but a device's word is never trusted). The table itself is shared/domain/permissions.ts, which the
 * app reads too. A refused mutation is recorded as rejected, like any other rejection, so the device rolls it
 * back, tells the person why, and carries on with its next changes.
 *
 * Two checks: refusalFor needs only the mutation's name (run before taking the office's lock); refusalOnConcern
 * reads the concern for the rule that depends on it: counter staff may raise a priority, never lower it, by
 * setPriority or by an edit (a status moves only through setStatus, which refusalFor covers).
 */
import { ACTION_OF_MUTATOR, ACTION_WORDS, MUTATOR_WORDS, mayChangePriority, mayDo, rolesThatMay, type Action } from '@shared/domain/permissions';
import { PrioritySchema, type Concern } from '@shared/domain/concern';
import type { SyncStore } from '@shared/sync/store';
import type { Role } from '../auth/staff-session';

/** Why a role may not make a change, in plain words, with a code for the app's message catalogue. */
export interface Refusal {
  readonly code: 'forbidden';
  readonly reason: string;
}

const FACILITATOR: Refusal = {
  code: 'forbidden',
  reason: 'Facilitators can read the notebook but not change it, so this change was not saved.',
};

function onlyThoseWhoMay(action: Action, name = ''): Refusal {
  const words = Object.hasOwn(MUTATOR_WORDS, name) ? MUTATOR_WORDS[name] : ACTION_WORDS[action];
  const outcome = action === 'delete' ? 'so it was not deleted' : action === 'merge' ? 'so nothing was merged' : 'so this change was not saved';
  return { code: 'forbidden', reason: `Only ${rolesThatMay(action)} can ${words}, ${outcome}.` };
}

/** The refusal of mutation `name` for `role`, or undefined when the role may make it. */
export function refusalFor(role: Role, name: string): Refusal | undefined {
  const action = Object.hasOwn(ACTION_OF_MUTATOR, name) ? ACTION_OF_MUTATOR[name] : undefined;
  if (action !== undefined && mayDo(role, action)) return undefined;
  // A facilitator changes the meeting's records only: any other change gets the plain "read only" answer.
  if (role === 'facilitator') return FACILITATOR;
  if (action === undefined) return undefined;
  return onlyThoseWhoMay(action, name);
}

function field(args: unknown, name: string): unknown {
  return args !== null && typeof args === 'object' ? (args as Record<string, unknown>)[name] : undefined;
}

/**
 * The refusal that depends on the concern the mutation changes, or undefined. Args are not validated yet: a
 * malformed one is left for the mutator to reject with its own specific message.
 */
export async function refusalOnConcern(role: Role, name: string, args: unknown, store: SyncStore): Promise<Refusal | undefined> {
  if (mayDo(role, 'priority')) return undefined;
  if (name !== 'setPriority' && name !== 'editConcern') return undefined;
  const id = field(args, 'id');
  if (typeof id !== 'string') return undefined;
  const concern = (await store.get('concerns', id)) as Concern | undefined;
  if (concern === undefined) return undefined;
  const change = name === 'setPriority' ? args : field(args, 'patch');
  const to = PrioritySchema.safeParse(field(change, 'priority') ?? field(change, 'to'));
  if (to.success && !mayChangePriority(role, concern.priority, to.data)) {
    return { code: 'forbidden', reason: 'Only a go-to person or an admin can lower a priority, so this change was not saved.' };
  }
  return undefined;
}
