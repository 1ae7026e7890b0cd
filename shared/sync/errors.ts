/**
 * Why a mutation did not apply. A rejection is an expected outcome, not a bug: the server records it and moves
 * on to the next mutation, and the client rolls the change back and tells the person in plain words. Any other
 * error thrown by a mutator is a fault (storage, a bug) and must abort the transaction so it is retried.
 */
import type { z } from 'zod';

/** Machine-readable kind of a rejection, for a translated message in the app. */
export type RejectionCode =
  | 'invalid-args'
  | 'unknown-mutation'
  | 'exists'
  | 'not-found'
  | 'deleted'
  | 'status-moved'
  | 'priority-moved'
  | 'too-many-tags'
  | 'invalid-result'
  | 'id-taken'
  | 'server-only-table'
  | 'merged'
  | 'merge-cycle'
  // A meeting record was withdrawn or taken off the agenda meanwhile (mutators/meeting.ts).
  | 'withdrawn'
  // The month's newsletter went out meanwhile, so it is final (mutators/newsletter.ts).
  | 'newsletter-sent';

/** A mutation that cannot apply to the current state; `reason` is a sentence staff understand. */
export class MutationRejected extends Error {
  override readonly name: string = 'MutationRejected';

  constructor(
    readonly reason: string,
    readonly code: RejectionCode,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(reason);
  }
}

/** The dotted path of a zod issue ("fields.contact.email"), or "args" for the whole value. */
export function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.length === 0 ? 'args' : issue.path.map(String).join('.');
}

/** A rejection of args that failed validation; `field` names the first bad field. */
export class InvalidArgs extends MutationRejected {
  override readonly name: string = 'InvalidArgs';
  /** Dotted path of the first invalid field. */
  readonly field: string;

  constructor(
    readonly mutation: string,
    readonly issues: readonly z.core.$ZodIssue[],
  ) {
    const first = issues[0];
    const field = first === undefined ? 'args' : issuePath(first);
    const message = first?.message ?? 'invalid value';
    super(`This change was not saved: ${message} (${field}).`, 'invalid-args', { field, message });
    this.field = field;
  }
}
