/**
 * The sentences staff see about sync until the message catalogue has them; each goes with a code the UI can
 * translate instead (status.ts SyncProblem).
 */
import type { SyncProblem } from './status';
import type { Failure } from './transport';

/** The problem to show for a failed call. */
export function problemOf(failure: Failure): SyncProblem {
  return { code: failure.kind, message: failure.message };
}

/** The server expects changes this desk no longer has (it was restored from an older backup, or replaced). */
export function lostChanges(expected: number, oldest: number): SyncProblem {
  return {
    code: 'lost-changes',
    message:
      `The office server has lost track of changes this desk sent earlier (it expects change ${expected}, ` +
      `this desk's oldest unconfirmed change is ${oldest}). New changes are kept on this desk; ask your administrator.`,
  };
}

/** Something went wrong on this desk while taking in changes (storage full, a bug). */
export function deskError(error: unknown): SyncProblem {
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'desk-error', message: `This desk could not store changes from the office server: ${detail}` };
}
