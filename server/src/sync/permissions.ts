/**
 * What each role may change, checked on the server for every pushed mutation (the app hides what a role may
 * not do, but a device's word is never trusted). A refused mutation is recorded as rejected, like any other
 * rejection, so the device rolls it back, tells the person why, and carries on with its next changes.
 */
import type { Role } from '../auth/staff-session';

/** Why a role may not make a change, in plain words, with a code for the app's message catalogue. */
export interface Refusal {
  readonly code: 'forbidden';
  readonly reason: string;
}

const MAY_DELETE: readonly Role[] = ['goto', 'admin'];

// The review queue's go-to work, in the words of "Only a go-to person or an admin can ...". Counter staff may
// still flag, comment and record a response: they answer citizens at the counter.
const GOTO_REVIEW_WORK: Readonly<Record<string, string>> = {
  reviewFlags: 'mark flags reviewed',
  acknowledgeConcern: 'acknowledge a concern',
  resolveConcern: 'resolve a concern',
  assignConcern: 'assign a concern',
  unassignConcern: 'unassign a concern',
  reassignConcern: 'reassign a concern',
};

/** The refusal of mutation `name` for `role`, or undefined when the role may make it. */
export function refusalFor(role: Role, name: string): Refusal | undefined {
  if (role === 'facilitator') {
    return { code: 'forbidden', reason: 'Facilitators can read the notebook but not change it, so this change was not saved.' };
  }
  if (name === 'deleteConcern' && !MAY_DELETE.includes(role)) {
    return { code: 'forbidden', reason: 'Only a go-to person or an admin can delete a concern, so it was not deleted.' };
  }
  if (name === 'mergeConcerns' && !MAY_DELETE.includes(role)) {
    return { code: 'forbidden', reason: 'Only a go-to person or an admin can merge concerns, so nothing was merged.' };
  }
  const work = Object.hasOwn(GOTO_REVIEW_WORK, name) ? GOTO_REVIEW_WORK[name] : undefined;
  if (work !== undefined && !MAY_DELETE.includes(role)) {
    return { code: 'forbidden', reason: `Only a go-to person or an admin can ${work}, so this change was not saved.` };
  }
  return undefined;
}
