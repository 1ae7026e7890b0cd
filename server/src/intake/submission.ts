/**
 * What the public can give the office (through the suggestion form or Open311), and how it becomes a concern's
 * fields: a new concern of normal priority, status new, no tags and no follow-up, whose contact is anonymous
 * when no name, email or phone was given. The fields are checked with the one ConcernFieldsSchema the desks use,
 * so a submission is refused for exactly what a desk would refuse, and each problem names its field.
 */
import { ConcernFieldsSchema, type Channel, type ConcernFields, type ReplyMethod } from '@shared/domain/concern';
import { issuePath } from '@shared/sync/errors';

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

/** The checked (trimmed) concern fields of a submission; throws IntakeInvalid listing every problem by field. */
export function checkedFieldsOf(submission: IntakeSubmission): ConcernFields {
  const parsed = ConcernFieldsSchema.safeParse(fieldsOf(submission));
  if (parsed.success) return parsed.data;
  throw new IntakeInvalid(parsed.error.issues.map((issue) => ({ path: issuePath(issue), message: issue.message })));
}
