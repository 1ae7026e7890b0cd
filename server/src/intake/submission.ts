/**
 * What the public can give the office (through the suggestion form or Open311), and how it becomes a concern's
 * fields: a new concern of normal priority, status new, no tags and no follow-up, whose contact is anonymous
 * when no name, email or phone was given. The fields are checked with the one ConcernFieldsSchema the desks use,
 * so a submission is refused for exactly what a desk would refuse, and each problem names its field.
 */
import { ConcernFieldsSchema, type Channel, type ConcernFields, type ReplyMethod } from '@shared/domain/concern';
import { LIMITS } from '@shared/domain/limits';
import { issuePath } from '@shared/sync/errors';
import { formatReference } from './reference';

/**
 * Most characters of a submission's details: the concern's limit less the line that gives staff the reference
 * (referenceNote), so a citizen who fills the box to the brim is not refused for a line they did not write.
 */
export const MAX_SUBMISSION_DETAILS = LIMITS.details - 64;

/**
 * The line added to the details for staff: desks do not hold the reference table, and a citizen who phones
 * quoting "K7M2Q-9XD4F" must be found by a search of the notebook. Never shown to the public (details are not).
 */
export function referenceNote(reference: string): string {
  return `Reference given to the citizen: ${formatReference(reference)}`;
}

/** Where a submission came from; stored with its reference. */
export type IntakeSource = 'web-form' | 'open311';

/** The citizen's contact details as they gave them; every field is optional. */
export interface IntakeContact {
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
  /**
   * They agreed that the office contacts them about this submission (ContactSchema's consentToContact): with an
   * email, the office's acknowledgement is sent (when the office has it on) and replies go by email.
   */
  readonly consentToContact?: boolean;
  /** They asked for the office's newsletter (ContactSchema's consentToUpdates); needs an email. */
  readonly consentToUpdates?: boolean;
}

/** One submission from the public. */
export interface IntakeSubmission {
  readonly source: IntakeSource;
  /** The concern's channel: 'web-form' for the form. */
  readonly channel: Channel;
  /** Stamped on the concern and its history as its author (createdBy), e.g. "Web form" or "Open311: City app". */
  readonly author: string;
  /** When the server received it: the concern's createdAt. */
  readonly receivedAt: Date;
  readonly summary: string;
  readonly details: string;
  /** One of the office's categories, or '' for none. */
  readonly category: string;
  readonly location: { readonly address: string; readonly area: string };
  readonly contact?: IntakeContact;
}

/** One problem with a submission: the concern field's path ('summary', 'contact.email', …) and what is wrong. */
export interface IntakeIssue {
  readonly path: string;
  readonly message: string;
}

/** A submission that cannot become a concern; nothing was stored. */
export class IntakeInvalid extends Error {
  constructor(readonly issues: readonly IntakeIssue[]) {
    super(`The submission was not taken: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.name = 'IntakeInvalid';
  }
}

function replyMethodOf(contact: IntakeContact): ReplyMethod {
  if (contact.consentToContact !== true) return 'none';
  if ((contact.email ?? '').trim() !== '') return 'email';
  if ((contact.phone ?? '').trim() !== '') return 'phone';
  return 'none';
}

/** The concern fields a submission asks for, not yet checked. */
export function fieldsOf(submission: IntakeSubmission): ConcernFields {
  const c = submission.contact ?? {};
  const name = c.name ?? '';
  const email = c.email ?? '';
  const phone = c.phone ?? '';
  const isAnonymous = name.trim() === '' && email.trim() === '' && phone.trim() === '';
  return {
    channel: submission.channel,
    summary: submission.summary,
    details: submission.details,
    contact: {
      name,
      email,
      phone,
      preferredReply: isAnonymous ? 'none' : replyMethodOf(c),
      consentToContact: !isAnonymous && c.consentToContact === true,
      consentToUpdates: !isAnonymous && c.consentToUpdates === true,
      anonymous: isAnonymous,
    },
    location: { address: submission.location.address, area: submission.location.area },
    category: submission.category,
    tags: [],
    priority: 'normal',
    status: 'new',
    followUp: { needed: false, due: '' },
  };
}

/**
 * The checked (trimmed) concern fields of a submission, exactly as stored under `reference`: its details end
 * with the reference's note (without a reference, the fields without the note). Throws IntakeInvalid listing
 * every problem by field.
 */
export function checkedFieldsOf(submission: IntakeSubmission, reference?: string): ConcernFields {
  const issues: IntakeIssue[] = [];
  const details = submission.details.trim();
  if (details.length > MAX_SUBMISSION_DETAILS) issues.push({ path: 'details', message: `The details can be at most ${MAX_SUBMISSION_DETAILS} characters` });
  const note = reference === undefined ? '' : `${details === '' ? '' : '\n\n'}${referenceNote(reference)}`;
  const parsed = ConcernFieldsSchema.safeParse({ ...fieldsOf(submission), details: `${details}${note}` });
  if (!parsed.success) issues.push(...parsed.error.issues.map((issue) => ({ path: issuePath(issue), message: issue.message })));
  if (issues.length === 0 && parsed.success) return parsed.data;
  throw new IntakeInvalid(issues);
}
