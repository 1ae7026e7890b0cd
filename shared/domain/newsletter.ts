/**
 * The monthly newsletter (issue 7): one issue per month, drafted from the meeting's themes, projects' progress
 * and resolved concerns, edited at a desk, sent by the server to the citizens who consented to updates. Rows of
 * synced tables (shared/sync/store.ts):
 *
 *   newsletters              one row per month (id = the month, so two desks drafting the same month edit one
 *                            issue). Desks write the draft through a mutator; once sent (sentAt set, by the
 *                            server when an admin or facilitator sends it) the issue is final
 *   newsletter_unsubscribes  one row per email address that asked for no more newsletters, keyed by a hash of
 *                            the address (unsubscribeKey), so the table holds no addresses. Written by the
 *                            server when a citizen follows an unsubscribe link, or by a desk when a citizen asks
 *                            staff; every later issue and every recipient list honours it
 *
 * Example newsletter row: { "id": "2026-11", "month": "2026-11", "subject": "What you told us in November",
 *   "intro": "…", "sections": [{ "id": "themes", "kind": "themes", "heading": "What we heard", "body": "- Street
 *   lights out (42 concerns)\n- …" }], "closing": "…", "createdAt": "…", "createdBy": "Fay Moss", "updatedAt":
 *   "…", "updatedBy": "Fay Moss", "sentAt": null, "sentBy": null }
 *
 * Section bodies are plain text with a small, safe subset of Markdown: paragraphs separated by a blank line,
 * lines starting "- " as bullet points, and [text](https://…) links. Renderers escape everything else.
 */
import { z } from 'zod';
import { StaffNameSchema, TimestampSchema, type Contact } from './concern';
import { MonthSchema } from './meeting';
import { normalizeEmail } from './project';
import { sha256Hex } from '../lib/sha256';

/** Limits of a newsletter's texts and sections. */
export const NEWSLETTER_LIMITS = {
  subject: 150,
  intro: 3000,
  heading: 150,
  body: 6000,
  closing: 2000,
  sections: 20,
} as const;

/** What a section is about: the drafter writes the first three, staff may add their own. */
export const NEWSLETTER_SECTION_KINDS = ['themes', 'projects', 'resolved', 'custom'] as const;

/** Schema of one section of a newsletter issue. */
export const NewsletterSectionSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[a-z0-9-]+$/, 'A section id uses lower-case letters, digits and -'),
  kind: z.enum(NEWSLETTER_SECTION_KINDS),
  heading: z
    .string()
    .trim()
    .min(1, { error: 'Give the section a heading' })
    .max(NEWSLETTER_LIMITS.heading, { error: `A heading can be at most ${NEWSLETTER_LIMITS.heading} characters` }),
  body: z
    .string()
    .trim()
    .max(NEWSLETTER_LIMITS.body, { error: `A section can be at most ${NEWSLETTER_LIMITS.body} characters` }),
});
/** One section of a newsletter issue. */
export type NewsletterSection = z.infer<typeof NewsletterSectionSchema>;

/** Schema of the parts of an issue staff edit. */
export const NewsletterContentSchema = z.object({
  subject: z
    .string()
    .trim()
    .min(1, { error: 'Give the newsletter a subject line' })
    .max(NEWSLETTER_LIMITS.subject, { error: `The subject can be at most ${NEWSLETTER_LIMITS.subject} characters` }),
  intro: z.string().trim().max(NEWSLETTER_LIMITS.intro, { error: `The introduction can be at most ${NEWSLETTER_LIMITS.intro} characters` }),
  sections: z
    .array(NewsletterSectionSchema)
    .max(NEWSLETTER_LIMITS.sections, { error: `A newsletter can have at most ${NEWSLETTER_LIMITS.sections} sections` })
    .refine((sections) => new Set(sections.map((s) => s.id)).size === sections.length, { message: 'Each section id can appear only once' }),
  closing: z.string().trim().max(NEWSLETTER_LIMITS.closing, { error: `The closing can be at most ${NEWSLETTER_LIMITS.closing} characters` }),
});
/** The parts of an issue staff edit. */
export type NewsletterContent = z.infer<typeof NewsletterContentSchema>;

/** Schema of a newsletters row: one month's issue. */
export const NewsletterSchema = NewsletterContentSchema.extend({
  id: MonthSchema,
  month: MonthSchema,
  createdAt: TimestampSchema,
  createdBy: StaffNameSchema,
  updatedAt: TimestampSchema,
  updatedBy: StaffNameSchema,
  /** When the server began sending it (then it is final), and who sent it. */
  sentAt: TimestampSchema.nullable(),
  sentBy: StaffNameSchema.nullable(),
}).refine((row) => row.id === row.month, { message: "A newsletter's id is its month", path: ['id'] });
/** One month's newsletter issue. */
export type Newsletter = z.infer<typeof NewsletterSchema>;

/** The opaque key of an email address on the unsubscribe list: SHA-256 of the normalized address. */
export function unsubscribeKey(email: string): string {
  return sha256Hex(`newsletter:${normalizeEmail(email)}`);
}

/** Where an unsubscribe came from: the link in a newsletter, or staff recording a citizen's request. */
export const UNSUBSCRIBE_SOURCES = ['link', 'staff'] as const;

/** Schema of a newsletter_unsubscribes row. */
export const NewsletterUnsubscribeSchema = z
  .object({
    id: z.string().regex(/^[0-9a-f]{64}$/, 'Expected an unsubscribe key (64 hex digits)'),
    source: z.enum(UNSUBSCRIBE_SOURCES),
    /** The issue whose link was followed, or null (staff). */
    month: MonthSchema.nullable(),
    at: TimestampSchema,
    /** The staff member who recorded it, or null (the citizen's own link). */
    by: StaffNameSchema.nullable(),
  });
/** An email address that asked for no more newsletters (by its key). */
export type NewsletterUnsubscribe = z.infer<typeof NewsletterUnsubscribeSchema>;

/**
 * True when a concern's contact may receive the newsletter: not anonymous, an email given, the citizen
 * consented to updates, and the address is not on the unsubscribe list (`unsubscribed` holds unsubscribeKeys).
 */
export function isNewsletterRecipient(
  contact: Pick<Contact, 'anonymous' | 'email' | 'consentToUpdates'>,
  unsubscribed: ReadonlySet<string>,
): boolean {
  if (contact.anonymous || contact.consentToUpdates !== true) return false;
  const email = normalizeEmail(contact.email);
  return email !== '' && !unsubscribed.has(unsubscribeKey(email));
}
