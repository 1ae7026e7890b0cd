/**
 * The intake core: a submission from the public (the suggestion form, Open311) becomes a concern of the office,
 * exactly as if a desk had pushed a logConcern, in one transaction:
 *
 *   1. the office's sync lock (push.ts lockOffice), so the mutator's reads see every earlier write;
 *   2. the next mutation of the office's intake origin (origin.ts), whose ids make the rows' ids unique;
 *   3. the shared logConcern mutator on the office's SQL store, author and channel from the submission;
 *   4. the priority emails of a concern made top priority (none: the public cannot choose the priority) and the
 *      citizen's acknowledgement when they gave an email and agreed to be contacted and the office has the
 *      auto-responder on (escalations/acknowledgements.ts decides, for desks and the public alike);
 *   5. the submission's reference number (intake_submissions; also written at the end of the concern's details,
 *      so staff find it by a search when the citizen phones), and a poke so desks pull it at once.
 *
 * The fields are checked before anything is written (IntakeInvalid, by field), and anything that fails later
 * rolls the whole transaction back: a refused submission leaves nothing behind.
 *
 * Example:
 *   const { concernId, reference } = await intakeConcern(db, officeId, {
 *     source: 'web-form', channel: 'web-form', author: 'Web form', receivedAt: new Date(),
 *     summary: 'Broken bench in Elm Park', details: '', category: 'Parks and green spaces',
 *     location: { address: '', area: 'Elm Park' }, contact: { email: 'ana@example.org', consentToContact: true },
 *   });
 *   formatReference(reference) // -> "K7M2Q-9XD4F"
 */
import { randomBytes } from 'node:crypto';
import { LIMITS } from '@shared/domain/limits';
import { uuidv7, UUIDV7_RANDOM_BYTES } from '@shared/lib/uuidv7';
import { applyMutation } from '@shared/sync/apply';
import { createMutationContext } from '@shared/sync/context';
import type { Db, Queryable, Tx } from '../db/db';
import { queueAcknowledgements } from '../escalations/acknowledgements';
import { queueEscalations } from '../escalations/queue';
import { pokeOffice } from '../sync/pokes';
import { lockOffice } from '../sync/push';
import { createSqlStore } from '../sync/sql-store';
import { nextIntakeMutation, recordSubmission } from './origin';
import { formatReference, newReference, normalizeReference } from './reference';
import { checkedFieldsOf, IntakeInvalid, type IntakeSource, type IntakeSubmission } from './submission';

export { IntakeInvalid, MAX_SUBMISSION_DETAILS, type IntakeContact, type IntakeIssue, type IntakeSource, type IntakeSubmission } from './submission';
export { formatReference, normalizeReference } from './reference';

/** What a submission became: the concern's id and the reference number (canonical: 10 characters, no dash). */
export interface IntakeResult {
  readonly concernId: string;
  readonly reference: string;
}

function authorOf(submission: IntakeSubmission): string {
  const author = submission.author.trim().slice(0, LIMITS.staffName);
  if (author === '') throw new Error('An intake submission needs an author name to stamp on the concern');
  return author;
}

/** Tries before giving up on drawing an unused reference; with 2^50 of them, a second try is already rare. */
const REFERENCE_TRIES = 3;

function isReferenceTaken(error: unknown): boolean {
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown } | null;
  return e?.code === '23505' && String(e.constraint ?? e.message).includes('intake_submissions_pkey');
}

/** What a caller adds to a submission's transaction. */
export interface IntakeOptions {
  /**
   * Runs in the transaction that logs the concern, after its reference is recorded: rows of the caller's own
   * (Open311's coordinates) are then stored exactly when the concern is, and an error here stores nothing.
   */
  readonly withinTransaction?: (tx: Tx, result: IntakeResult) => Promise<void>;
}

/**
 * Logs the submission as a new concern of the office and gives it a reference number. Throws IntakeInvalid (by
 * field) for a submission a desk could not log either; nothing is stored then, nor on any other error.
 */
export async function intakeConcern(db: Db, officeId: string, submission: IntakeSubmission, options: IntakeOptions = {}): Promise<IntakeResult> {
  const author = authorOf(submission);
  // Bad input is refused before any database work; every reference makes a note of the same length.
  checkedFieldsOf(submission, '0000000000');
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await logSubmission(db, officeId, submission, author, newReference(), options);
    } catch (error) {
      // The reference is drawn before the transaction (it is in the details): one already used rolls it all back.
      if (!isReferenceTaken(error) || attempt >= REFERENCE_TRIES) throw error;
    }
  }
}

async function logSubmission(
  db: Db,
  officeId: string,
  submission: IntakeSubmission,
  author: string,
  reference: string,
  options: IntakeOptions,
): Promise<IntakeResult> {
  const fields = checkedFieldsOf(submission, reference);
  const at = submission.receivedAt.toISOString();
  // Chosen here from the CSPRNG, as a desk chooses its concern ids: its tail is the short reference staff read
  // out (shared/domain/reference.ts), and it must not be predictable from anything the public sees.
  const concernId = uuidv7(submission.receivedAt.getTime(), randomBytes(UUIDV7_RANDOM_BYTES));
  return db.transaction(async (tx) => {
    await lockOffice(tx, officeId);
    const origin = await nextIntakeMutation(tx, officeId);
    const ctx = createMutationContext({ at, by: author, staffId: origin.clientId, officeId, clientId: origin.clientId, mutationId: origin.mutationId });
    const store = createSqlStore(tx, officeId);
    const outcome = await applyMutation(store, { name: 'logConcern', args: { id: concernId, fields } }, ctx);
    // Only a clash of ids could get here (the fields were checked): refuse rather than log half of it.
    if (outcome.status === 'rejected') throw new IntakeInvalid([{ path: 'concern', message: outcome.reason }]);
    await queueEscalations(tx, officeId, store, outcome.undo, new Set());
    await queueAcknowledgements(tx, officeId, store, outcome.undo);
    await recordSubmission(tx, { reference, officeId, concernId, source: submission.source, origin, receivedAt: submission.receivedAt });
    await options.withinTransaction?.(tx, { concernId, reference });
    await pokeOffice(tx, officeId);
    return { concernId, reference };
  });
}

/** The reference number given for a concern that came in as a submission, formatted (K7M2Q-9XD4F); else undefined. */
export async function submissionReferenceOf(q: Queryable, officeId: string, concernId: string): Promise<string | undefined> {
  const { rows } = await q.query<{ reference: string }>('select reference from intake_submissions where office_id = $1 and concern_id = $2', [
    officeId,
    concernId,
  ]);
  const reference = rows[0]?.reference;
  return reference === undefined ? undefined : formatReference(reference);
}

/** A stored submission, found by its reference. */
export interface SubmissionRecord {
  /** Canonical (10 characters, no dash). */
  readonly reference: string;
  readonly officeId: string;
  readonly concernId: string;
  readonly source: IntakeSource;
  readonly receivedAt: Date;
}

/**
 * The submission with this reference, as a person typed it (any case, spaces and dashes, I/L for 1 and O for 0);
 * undefined for one that cannot be a reference or is unknown. Pass `officeId` to look only in that office: a
 * reference of another office is then unknown too, so nobody learns that it exists elsewhere.
 */
export async function findByReference(q: Queryable, typed: string, officeId?: string): Promise<SubmissionRecord | undefined> {
  const reference = normalizeReference(typed);
  if (reference === undefined) return undefined;
  const { rows } = await q.query<{ reference: string; office_id: string; concern_id: string; source: IntakeSource; received_at: Date }>(
    `select reference, office_id, concern_id, source, received_at from intake_submissions
     where reference = $1 and ($2::uuid is null or office_id = $2::uuid)`,
    [reference, officeId ?? null],
  );
  const row = rows[0];
  if (row === undefined) return undefined;
  return { reference: row.reference, officeId: row.office_id, concernId: row.concern_id, source: row.source, receivedAt: row.received_at };
}
