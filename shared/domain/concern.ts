/**
 * The concern: one thing a citizen told the office. One schema serves the capture form, the local database and
 * (from the sync issue on) the server, so a rule about a field lives here and nowhere else.
 *
 * Optional text fields hold '' when not given rather than being absent: forms bind to strings, history diffs
 * compare like with like, and search indexes every field without special cases.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { UUIDV7_PATTERN } from '../lib/uuidv7';

/** How the concern reached the office. */
export const CHANNELS = ['phone', 'walk-in', 'email', 'web-form', 'social-media', 'meeting', 'letter', 'other'] as const;
/** Priority levels, lowest first. */
export const PRIORITIES = ['normal', 'high', 'top'] as const;
/** Life-cycle states of a concern. */
export const STATUSES = ['new', 'acknowledged', 'in-progress', 'resolved', 'closed'] as const;
/** How the citizen would like to hear back. */
export const REPLY_METHODS = ['none', 'phone', 'email', 'letter', 'in-person'] as const;

/** Schema of a channel. */
export const ChannelSchema = z.enum(CHANNELS);
/** Schema of a priority. */
export const PrioritySchema = z.enum(PRIORITIES);
/** Schema of a status. */
export const StatusSchema = z.enum(STATUSES);
/** Schema of a preferred reply method. */
export const ReplyMethodSchema = z.enum(REPLY_METHODS);

/** A channel. */
export type Channel = z.infer<typeof ChannelSchema>;
/** A priority. */
export type Priority = z.infer<typeof PrioritySchema>;
/** A status. */
export type Status = z.infer<typeof StatusSchema>;
/** A preferred reply method. */
export type ReplyMethod = z.infer<typeof ReplyMethodSchema>;

/**
 * A tag: starts with a letter, then letters, digits, '-' or '_'; stored lower-case. "Letter" includes scripts
 * without case (Ll alone would refuse #東京 or #שלום) and the combining marks Devanagari, Thai or Arabic words
 * need. Only characters that lower-casing leaves alone are allowed (the uppercase Roman numerals of \p{Nl} are
 * not), so a stored tag and the same tag typed again on the quick line are the same string.
 */
export const TAG_PATTERN = /^[\p{Ll}\p{Lm}\p{Lo}][\p{Ll}\p{Lm}\p{Lo}\p{M}\p{Nd}\p{No}_-]*$/u;

/** Schema of one free tag (already normalised to lower case). */
export const TagSchema = z
  .string()
  .min(1, 'A tag cannot be empty')
  .max(LIMITS.tag, `A tag can be at most ${LIMITS.tag} characters`)
  .regex(TAG_PATTERN, 'A tag starts with a letter and uses only letters, numbers, - and _');

const PHONE_CHARS = /^\+?[0-9 ().\-/]+(\s*(x|ext\.?)\s*[0-9]{1,6})?$/i;

/** True when the text looks like a phone number a person could dial: 7 to 15 digits, usual separators. */
export function isPhoneNumber(text: string): boolean {
  const main = text.replace(/\s*(x|ext\.?)\s*[0-9]{1,6}$/i, '');
  const digits = main.replace(/[^0-9]/g, '').length;
  return PHONE_CHARS.test(text) && digits >= 7 && digits <= 15;
}

const text = (max: number, label: string) =>
  z.string().max(max, `${label} can be at most ${max} characters`);

// Short fields are trimmed before checking: a stray space after a pasted email must not make it "invalid".
const trimmed = (max: number, label: string) =>
  z.string().trim().max(max, { error: `${label} can be at most ${max} characters`, abort: true });

/** Schema of the citizen's contact details; '' means not given. */
export const ContactSchema = z
  .object({
    name: trimmed(LIMITS.name, 'The name'),
    phone: trimmed(LIMITS.phone, 'The phone number').refine((v) => v === '' || isPhoneNumber(v), {
      message: 'Enter a phone number with 7 to 15 digits, like 555 014 2368',
    }),
    email: trimmed(LIMITS.email, 'The email address').refine((v) => v === '' || z.email().safeParse(v).success, {
      message: 'Enter an email address like name@example.org',
    }),
    preferredReply: ReplyMethodSchema,
    consentToContact: z.boolean(),
    /**
     * The citizen asked for the office's monthly newsletter (issue 7); needs an email. Absent on contacts saved
     * before the newsletter existed: they never consented.
     */
    consentToUpdates: z.boolean().optional(),
    anonymous: z.boolean(),
  })
  .superRefine((c, ctx) => {
    if (c.anonymous) {
      for (const field of ['name', 'phone', 'email'] as const) {
        if (c[field].trim() !== '') {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `An anonymous concern keeps no ${field === 'name' ? 'name' : field === 'phone' ? 'phone number' : 'email'}: clear it or untick "Anonymous"`,
          });
        }
      }
      // Asking for the phone number or email here would contradict the rule above and send staff in circles.
      if (c.preferredReply === 'email' || c.preferredReply === 'phone') {
        ctx.addIssue({
          code: 'custom',
          path: ['preferredReply'],
          message: `An anonymous concern cannot be answered by ${c.preferredReply}: choose another way or untick "Anonymous"`,
        });
      }
      return;
    }
    if (c.consentToUpdates === true && c.email.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['email'], message: 'Add an email address to send them the newsletter' });
    }
    if (c.preferredReply === 'email' && c.email.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['email'], message: 'Add an email address to reply by email' });
    }
    if (c.preferredReply === 'phone' && c.phone.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['phone'], message: 'Add a phone number to reply by phone' });
    }
  });
/** The citizen's contact details. */
export type Contact = z.infer<typeof ContactSchema>;

/** Schema of where the concern is about: free text street address and area or neighbourhood. */
export const LocationSchema = z.object({
  address: trimmed(LIMITS.address, 'The address'),
  area: trimmed(LIMITS.area, 'The area'),
});
/** Where the concern is about. */
export type Location = z.infer<typeof LocationSchema>;

/** Schema of a calendar date, YYYY-MM-DD. */
export const IsoDateSchema = z.iso.date({ error: 'Enter a date as YYYY-MM-DD' });

/** Schema of the follow-up flag; a needed follow-up carries its due date. */
export const FollowUpSchema = z
  .object({ needed: z.boolean(), due: z.union([z.literal(''), IsoDateSchema]) })
  .superRefine((f, ctx) => {
    if (f.needed && f.due === '') {
      ctx.addIssue({ code: 'custom', path: ['due'], message: 'Give the date the follow-up is due' });
    }
  });
/** The follow-up flag. */
export type FollowUp = z.infer<typeof FollowUpSchema>;

/** Schema of the fields staff edit: everything but identity and audit stamps. */
export const ConcernFieldsSchema = z.object({
  channel: ChannelSchema,
  summary: z
    .string()
    .trim()
    .min(1, 'Write a short summary of the concern')
    .max(LIMITS.summary, `Keep the summary under ${LIMITS.summary} characters; put the rest in the details`),
  details: text(LIMITS.details, 'The details'),
  contact: ContactSchema,
  location: LocationSchema,
  category: trimmed(LIMITS.category, 'The category'),
  tags: z
    .array(TagSchema)
    .max(LIMITS.tags, `A concern can have at most ${LIMITS.tags} tags`)
    .refine((tags) => new Set(tags).size === tags.length, { message: 'Each tag can appear only once' }),
  priority: PrioritySchema,
  status: StatusSchema,
  followUp: FollowUpSchema,
});
/** The fields staff edit. */
export type ConcernFields = z.infer<typeof ConcernFieldsSchema>;

/** Schema of an ISO 8601 UTC timestamp with milliseconds, as Date.prototype.toISOString() writes it. */
export const TimestampSchema = z.iso.datetime({ precision: 3, error: 'Expected an ISO 8601 UTC timestamp' });

/** Schema of the name of the staff member at a desk. */
export const StaffNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter the name of the person at this desk')
  .max(LIMITS.staffName, `A name can be at most ${LIMITS.staffName} characters`);

const uuidv7 = z.string().regex(UUIDV7_PATTERN, 'Expected a UUIDv7 id');

/**
 * Schema of a stored concern: its fields plus id and audit stamps, and what the review queue keeps on it
 * (review.ts), changed only by their own mutators, never by the form. Those are optional: concerns stored
 * before the review queue lack them, and readers take the defaults (reviewStateOf).
 */
export const ConcernSchema = ConcernFieldsSchema.extend({
  id: uuidv7,
  createdAt: TimestampSchema,
  createdBy: StaffNameSchema,
  updatedAt: TimestampSchema,
  updatedBy: StaffNameSchema,
  /** Staff ids the concern is assigned to, in step with its concern_assignees rows. Default []. */
  assignees: z.array(z.uuid()).optional(),
  /** When the first response or acknowledgement was recorded: it stops the response clock. Default null. */
  firstResponseAt: TimestampSchema.nullable().optional(),
  /** The resolution note written when it was resolved. Default ''. */
  resolution: text(LIMITS.details, 'The resolution note').optional(),
  /** The concern this one was merged into as a duplicate (it is then closed). Default null. */
  mergedInto: uuidv7.nullable().optional(),
  /** Every concern merged into this one, directly or through another. Default []. */
  mergedFrom: z.array(uuidv7).optional(),
  /** How many people raised it: 1, plus those of the concerns merged into it. Default 1. */
  raisedCount: z.int().min(1).optional(),
  /** Contacts of the concerns merged into this one (its own stays in `contact`). Default []. */
  otherContacts: z.array(ContactSchema).optional(),
  /** Marked as a negative comment (mutators/tone.ts): replies then show the response policy for comments. Default false. */
  negative: z.boolean().optional(),
});
/** A stored concern. */
export type Concern = z.infer<typeof ConcernSchema>;

/** What the review queue keeps on a concern, with the defaults of a concern stored before it existed. */
export interface ReviewState {
  readonly assignees: readonly string[];
  readonly firstResponseAt: string | null;
  readonly resolution: string;
  readonly mergedInto: string | null;
  readonly mergedFrom: readonly string[];
  readonly raisedCount: number;
  readonly otherContacts: readonly Contact[];
  readonly negative: boolean;
}

/** The review state of a concern, defaults filled in. */
export function reviewStateOf(concern: Concern): ReviewState {
  return {
    assignees: concern.assignees ?? [],
    firstResponseAt: concern.firstResponseAt ?? null,
    resolution: concern.resolution ?? '',
    mergedInto: concern.mergedInto ?? null,
    mergedFrom: concern.mergedFrom ?? [],
    raisedCount: concern.raisedCount ?? 1,
    otherContacts: concern.otherContacts ?? [],
    negative: concern.negative ?? false,
  };
}

/** The fields of a concern nobody has filled in yet. */
export function emptyConcernFields(channel: Channel = 'phone'): ConcernFields {
  return {
    channel,
    summary: '',
    details: '',
    contact: { name: '', phone: '', email: '', preferredReply: 'none', consentToContact: false, anonymous: false },
    location: { address: '', area: '' },
    category: '',
    tags: [],
    priority: 'normal',
    status: 'new',
    followUp: { needed: false, due: '' },
  };
}
