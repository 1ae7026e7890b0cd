/**
 * Sending the monthly newsletter (issue 7) and its delivery status, for staff who may send it (facilitators and
 * admins: shared/domain/permissions.ts 'sendNewsletter'); the office is always the caller's own.
 *
 *   POST /api/newsletters/:month/send          (no body)
 *        ← 200 SendNewsletterResponse           the issue is final (sentAt set at the first press); every consenting
 *                                               recipient not yet recorded was queued; `queuedNow` counts those
 *        ← 400 { "error": "invalid-month" }     the month is not YYYY-MM
 *        ← 404 { "error": "not-found" }         no issue drafted for that month
 *        ← 409 { "error": "invalid-issue" }     the issue cannot be sent as saved (the message says what is wrong)
 *        ← 409 { "error": "not-configured" }    no mail server saved in the office settings
 *        ← 409 { "error": "no-recipients" }     nobody consented, or everyone unsubscribed, and nothing was sent before
 *   GET  /api/newsletters/:month/deliveries
 *        ← 200 NewsletterDeliveriesResponse     counts for the desk's status line ({ total: 0 } before any send)
 *
 * Without a login (the link in each email; not JSON: HTML pages):
 *   GET  /newsletter/unsubscribe/:token        a page with a confirm button (a GET never unsubscribes: mail
 *                                              scanners fetch links); 404 page for an unknown token
 *   POST /newsletter/unsubscribe/:token        unsubscribes (also RFC 8058's one-click POST with the body
 *                                              "List-Unsubscribe=One-Click"); idempotent; 404 for an unknown token
 *
 * Exactly once: the server records one delivery per (office, month, recipient) and never a second, so pressing
 * send again (a retry, a second person, new consents since) only queues people not yet recorded. The content is
 * frozen at the first press: later edits at a desk are refused because the issue is final.
 *
 * Example send answer: { "month": "2026-11", "sentAt": "2026-12-01T09:00:00.000Z", "sentBy": "Fay Moss",
 *   "queuedNow": 3, "deliveries": { "month": "2026-11", "total": 120, "queued": 3, "sending": 0, "sent": 116,
 *   "failed": 1, "failures": [{ "reason": "The mail server refused the email with code 550 (…).", "count": 1 }] } }
 */
import { z } from 'zod';
import { StaffNameSchema, TimestampSchema } from '../domain/concern';
import { MonthSchema } from '../domain/meeting';

/** The path that sends a month's issue. */
export function newsletterSendPath(month: string): string {
  return `/api/newsletters/${encodeURIComponent(month)}/send`;
}

/** The path of a month's delivery counts. */
export function newsletterDeliveriesPath(month: string): string {
  return `/api/newsletters/${encodeURIComponent(month)}/deliveries`;
}

/** The path, under the server's public address, of a recipient's unsubscribe page. */
export function newsletterUnsubscribePath(token: string): string {
  return `/newsletter/unsubscribe/${encodeURIComponent(token)}`;
}

/** Schema of one reason deliveries failed, with how many failed for it. */
export const DeliveryFailureCountSchema = z.object({ reason: z.string(), count: z.number().int().positive() });
/** One reason deliveries failed, with how many failed for it. */
export type DeliveryFailureCount = z.infer<typeof DeliveryFailureCountSchema>;

/** Schema of a month's delivery counts. `sending` counts deliveries claimed by a worker right now. */
export const NewsletterDeliveriesResponseSchema = z.object({
  month: MonthSchema,
  total: z.number().int().nonnegative(),
  queued: z.number().int().nonnegative(),
  sending: z.number().int().nonnegative(),
  sent: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  /** Most frequent first; no addresses, only the mail server's reasons in plain words. */
  failures: z.array(DeliveryFailureCountSchema),
});
/** A month's delivery counts, for the desk's status line. */
export type NewsletterDeliveriesResponse = z.infer<typeof NewsletterDeliveriesResponseSchema>;

/** Schema of the send answer. */
export const SendNewsletterResponseSchema = z.object({
  month: MonthSchema,
  /** When it was first sent (unchanged by later presses), and by whom. */
  sentAt: TimestampSchema,
  sentBy: StaffNameSchema,
  /** Recipients queued by this press (0 when everyone had it already). */
  queuedNow: z.number().int().nonnegative(),
  deliveries: NewsletterDeliveriesResponseSchema,
});
/** The send answer. */
export type SendNewsletterResponse = z.infer<typeof SendNewsletterResponseSchema>;

/** The error codes the newsletter routes answer with (besides the session's 401 and the role's 403). */
export const NEWSLETTER_ERRORS = ['invalid-month', 'not-found', 'invalid-issue', 'not-configured', 'no-recipients'] as const;
/** One of NEWSLETTER_ERRORS. */
export type NewsletterError = (typeof NEWSLETTER_ERRORS)[number];
