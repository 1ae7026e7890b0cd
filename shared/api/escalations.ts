/**
 * Acting on priority emails from the app (issue 4).
 *
 *   POST /api/escalations/:concernId/:number/resend   (go-to people and admins)
 *        ← 200 { "escalation": ConcernEscalation }   the failed email queued again, attempts from zero
 *        ← 404 { "error": "not-found" }               no such escalation in the caller's office
 *        ← 409 { "error": "not-failed" }              it is queued, being sent, sent or handled by a desk
 *   POST /api/admin/office-settings/test               (admins) → { "to"?: "someone@town.example" }
 *        ← 200 { "sentTo": ["urgent@town.example"] }  a test message was accepted by the mail server
 *        ← 409 { "error": "not-configured" }          no settings saved yet
 *        ← 502 { "error": "smtp-failed", "message": "The mail server refused the sign-in: …" }
 *
 * A resend is still the same escalation (one email per escalation): a failed one was never accepted by the mail
 * server, so sending it again cannot make a second copy.
 */
import { z } from 'zod';
import { ConcernEscalationSchema } from '../sync/store';
import { EmailSchema } from './staff';

/** Schema of the resend answer. */
export const ResendEscalationResponseSchema = z.object({ escalation: ConcernEscalationSchema });
/** The resend answer. */
export type ResendEscalationResponse = z.infer<typeof ResendEscalationResponseSchema>;

/** Schema of the test email request: to the priority addresses, or to one given address. */
export const TestEmailRequestSchema = z.strictObject({ to: EmailSchema.optional() });
/** The test email request. */
export type TestEmailRequest = z.input<typeof TestEmailRequestSchema>;

/** Schema of the test email answer: who the mail server accepted it for. */
export const TestEmailResponseSchema = z.object({ sentTo: z.array(z.string()) });
/** The test email answer. */
export type TestEmailResponse = z.infer<typeof TestEmailResponseSchema>;
