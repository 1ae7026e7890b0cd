/**
 * The review queue's records (issue 5): what go-to people and their colleagues add to a concern besides its
 * fields. Each is a row of its own synced table (shared/sync/store.ts), so concurrent work at several desks
 * merges without losing anything:
 *
 *   concern_flags      a colleague asks a go-to person to look at a concern, with a reason; open until a
 *                      reviewer marks it reviewed (reviewedAt/reviewedBy), which names the flags it saw, so a
 *                      flag raised meanwhile at another desk stays open
 *   concern_comments   insert-only notes between staff; `mentions` are staff ids (office_staff) to notify
 *   concern_responses  insert-only record of an answer given to the citizen (how, what); the first one stops
 *                      the concern's response clock (Concern.firstResponseAt)
 *   concern_assignees  who a concern is assigned to, an observed-remove set like tags: one row per (concern,
 *                      staff member) with the ids of the adds that keep it; Concern.assignees mirrors it
 *   office_staff       the office's staff as desks may know them (name, role, active), written by the server,
 *                      so desks can offer assignees and @mentions offline
 *
 * Example flag row: { "id": "0195…", "concernId": "0195…", "reason": "Third call about this tree this week",
 *   "by": "Ben Cole", "at": "2026-12-03T10:00:00.000Z", "reviewedAt": null, "reviewedBy": null }
 */
import { z } from 'zod';
import { StaffNameSchema, TimestampSchema } from './concern';
import { LIMITS } from './limits';
import { UUIDV7_PATTERN } from '../lib/uuidv7';

const uuidv7 = z.string().regex(UUIDV7_PATTERN, 'Expected a UUIDv7 id');

/** Schema of a staff member's id (the server's, a UUID). */
export const StaffIdSchema = z.uuid({ error: 'Expected a staff id' });

/** Most characters of a flag's reason. */
export const MAX_FLAG_REASON_LENGTH = 500;
/** Most characters of a comment or of a response's text. */
export const MAX_COMMENT_LENGTH = 5000;
/** Most staff one comment may mention. */
export const MAX_MENTIONS = 20;
/** Most add ids kept per assignee row (as for tags: store.ts MAX_TAG_ADDS). */
export const MAX_ASSIGNEE_ADDS = 20;

/** Schema of a flag's reason: why a colleague wants a go-to person to look. */
export const FlagReasonSchema = z
  .string({ error: 'Say why this concern needs a go-to person' })
  .trim()
  .min(1, 'Say why this concern needs a go-to person')
  .max(MAX_FLAG_REASON_LENGTH, `Keep the reason under ${MAX_FLAG_REASON_LENGTH} characters`);

/** Schema of a concern_flags row. */
export const ConcernFlagSchema = z.object({
  id: uuidv7,
  concernId: uuidv7,
  reason: FlagReasonSchema,
  by: StaffNameSchema,
  at: TimestampSchema,
  reviewedAt: TimestampSchema.nullable(),
  reviewedBy: StaffNameSchema.nullable(),
});
/** A flag for review. */
export type ConcernFlag = z.infer<typeof ConcernFlagSchema>;

/** Schema of a comment's text. */
export const CommentTextSchema = z
  .string({ error: 'Write the comment' })
  .trim()
  .min(1, 'Write the comment')
  .max(MAX_COMMENT_LENGTH, `Keep a comment under ${MAX_COMMENT_LENGTH} characters`);

/** Schema of a concern_comments row. */
export const ConcernCommentSchema = z.object({
  id: uuidv7,
  concernId: uuidv7,
  text: CommentTextSchema,
  mentions: z.array(StaffIdSchema).max(MAX_MENTIONS, `Mention at most ${MAX_MENTIONS} colleagues in one comment`),
  by: StaffNameSchema,
  at: TimestampSchema,
});
/** A comment between staff. */
export type ConcernComment = z.infer<typeof ConcernCommentSchema>;

/** How an answer reached the citizen. */
export const RESPONSE_METHODS = ['phone', 'email', 'letter', 'in-person', 'social-media', 'other'] as const;
/** Schema of how an answer reached the citizen. */
export const ResponseMethodSchema = z.enum(RESPONSE_METHODS, 'Say how the citizen was answered: phone, email, letter, in person, social media or other');

/** Schema of a concern_responses row: an answer given to the citizen. */
export const ConcernResponseSchema = z.object({
  id: uuidv7,
  concernId: uuidv7,
  method: ResponseMethodSchema,
  text: z.string().trim().max(MAX_COMMENT_LENGTH, `Keep the response under ${MAX_COMMENT_LENGTH} characters`),
  by: StaffNameSchema,
  at: TimestampSchema,
});
/** An answer given to the citizen. */
export type ConcernResponse = z.infer<typeof ConcernResponseSchema>;

/** Id of the concern_assignees row of a staff member on a concern. */
export function concernAssigneeId(concernId: string, staffId: string): string {
  return `${concernId}:${staffId}`;
}

/** Schema of a concern_assignees row. */
export const ConcernAssigneeSchema = z
  .object({
    id: z.string(),
    concernId: uuidv7,
    staffId: StaffIdSchema,
    addIds: z.array(uuidv7).min(1).max(MAX_ASSIGNEE_ADDS),
  })
  .refine((row) => row.id === concernAssigneeId(row.concernId, row.staffId), {
    message: 'An assignee row id is "<concernId>:<staffId>"',
    path: ['id'],
  });
/** A staff member a concern is assigned to, and the adds that keep them there. */
export type ConcernAssignee = z.infer<typeof ConcernAssigneeSchema>;

/** Staff roles as desks see them (the same four as the server's accounts). */
export const STAFF_ROLES = ['counter', 'goto', 'facilitator', 'admin'] as const;

/** Schema of an office_staff row: a colleague as every desk of the office may know them. */
export const OfficeStaffSchema = z.object({
  id: StaffIdSchema,
  displayName: z.string().min(1).max(LIMITS.staffName),
  role: z.enum(STAFF_ROLES),
  isActive: z.boolean(),
});
/** A colleague as desks know them. */
export type OfficeStaff = z.infer<typeof OfficeStaffSchema>;
