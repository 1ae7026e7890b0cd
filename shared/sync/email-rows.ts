/**
 * The rows of the server's email work that desks see (shared/sync/store.ts lists them among the synced tables):
 * each priority email's state (concern_escalations), a desk's own sending of a priority concern while offline
 * (escalation_fallbacks) and each citizen's automatic acknowledgement (citizen_acknowledgements).
 */
import { z } from 'zod';
import { StaffNameSchema, TimestampSchema } from '../domain/concern';
import { UUIDV7_PATTERN } from '../lib/uuidv7';

const uuid = z.string().regex(UUIDV7_PATTERN, 'Expected a UUIDv7 id');

/**
 * States of a priority email: waiting for the worker, being sent, accepted by the mail server, given up, or
 * handled: not emailed by the server because a desk sent the concern on itself first (escalation_fallbacks).
 */
export const ESCALATION_STATES = ['queued', 'sending', 'sent', 'failed', 'handled'] as const;

/** Id of the concern_escalations row of a concern's n-th escalation (1 for the first time it became top priority). */
export function concernEscalationId(concernId: string, escalationNumber: number): string {
  return `${concernId}:${escalationNumber}`;
}

/**
 * Schema of a concern_escalations row: one time a concern became top priority, and its email. `to` is where it
 * goes (or went); `attempts` counts delivery tries; `lastError` says in plain words why the last one failed;
 * `nextAttemptAt` is when a queued email is tried (again).
 */
export const ConcernEscalationSchema = z
  .object({
    id: z.string(),
    concernId: uuid,
    escalationNumber: z.int().min(1),
    state: z.enum(ESCALATION_STATES),
    to: z.array(z.string()),
    queuedAt: TimestampSchema,
    nextAttemptAt: TimestampSchema.nullable(),
    sentAt: TimestampSchema.nullable(),
    failedAt: TimestampSchema.nullable(),
    attempts: z.int().min(0),
    lastError: z.string().nullable(),
    /** When the server learnt that a desk had sent it on itself (state 'handled'); absent on older rows. */
    handledAt: TimestampSchema.nullable().optional(),
  })
  .refine((row) => row.id === concernEscalationId(row.concernId, row.escalationNumber), {
    message: 'An escalation row id is "<concernId>:<escalationNumber>"',
    path: ['id'],
  });
/** One escalation of a concern and the state of its priority email. */
export type ConcernEscalation = z.infer<typeof ConcernEscalationSchema>;

/** How a desk sent a top-priority concern on itself: its own mail program, or a phone call. */
export const FALLBACK_METHODS = ['email', 'phone'] as const;
/** Most characters of a note on a fallback ("Called Maria, she is on it"). */
export const MAX_FALLBACK_NOTE_LENGTH = 500;

/** Schema of an escalation_fallbacks row: a desk sent a top-priority concern on itself while offline. */
export const EscalationFallbackSchema = z.object({
  id: uuid,
  concernId: uuid,
  method: z.enum(FALLBACK_METHODS, 'Say whether the concern was emailed or phoned through'),
  note: z.string().trim().max(MAX_FALLBACK_NOTE_LENGTH, `Keep the note under ${MAX_FALLBACK_NOTE_LENGTH} characters`),
  at: TimestampSchema,
  by: StaffNameSchema,
});
/** A desk's record that it sent a top-priority concern on itself. */
export type EscalationFallback = z.infer<typeof EscalationFallbackSchema>;

/** States of a citizen's automatic acknowledgement email, as for a priority email (without 'handled'). */
export const ACKNOWLEDGEMENT_STATES = ['queued', 'sending', 'sent', 'failed'] as const;

/**
 * Schema of a citizen_acknowledgements row, keyed by the concern's id (one acknowledgement per concern, ever):
 * `to` is the citizen's address, kept only on the office's own devices like the rest of the concern.
 */
export const CitizenAcknowledgementSchema = z
  .object({
    id: uuid,
    concernId: uuid,
    state: z.enum(ACKNOWLEDGEMENT_STATES),
    to: z.string(),
    queuedAt: TimestampSchema,
    nextAttemptAt: TimestampSchema.nullable(),
    sentAt: TimestampSchema.nullable(),
    failedAt: TimestampSchema.nullable(),
    attempts: z.int().min(0),
    lastError: z.string().nullable(),
  })
  .refine((row) => row.id === row.concernId, { message: "An acknowledgement row's id is its concern's id", path: ['id'] });
/** The automatic acknowledgement of a concern and the state of its email. */
export type CitizenAcknowledgement = z.infer<typeof CitizenAcknowledgementSchema>;
