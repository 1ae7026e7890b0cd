/**
 * The office profile (shared/domain/office-profile.ts), edited by the office's admins: its response policy
 * (first-response targets, opening hours, holidays, time zone), the phone number staff call when a priority
 * email cannot go out, and how long a desk waits offline before offering that. Saving it syncs the profile to
 * every desk of the office. The priority addresses in it come from the office settings and change there.
 *
 *   GET /api/admin/office-profile   ← { "profile": OfficeProfile }
 *   PUT /api/admin/office-profile   → UpdateOfficeProfileRequest   ← 200 { "profile": OfficeProfile }
 *   PUT /api/admin/office-profile/replies   → UpdateReplySettingsRequest   ← 200 { "profile": OfficeProfile }
 *
 * The replies route saves the reply templates and the response policy for comments (shared/domain/replies.ts)
 * alone, so saving them never touches the response times, nor marks them as set.
 *
 * Example PUT body:
 *   { "responsePolicy": { "timeZone": "Europe/Berlin",
 *       "week": { "mon": [{ "start": "09:00", "end": "17:00" }], …, "sat": [], "sun": [] },
 *       "holidays": [{ "date": "2026-12-25", "name": "Christmas Day", "yearly": true }],
 *       "targets": { "top": { "unit": "hours", "amount": 1 }, "high": { "unit": "business-days", "amount": 1 },
 *                    "normal": { "unit": "business-days", "amount": 5 } } },
 *     "priorityPhone": "+49 30 1234567", "offlineFallbackMinutes": 10 }
 */
import { z } from 'zod';
import { OfficeProfileSchema, OfflineFallbackMinutesSchema, PriorityPhoneSchema } from '../domain/office-profile';
import { ResponsePolicySchema } from '../domain/response-clock';
import { CommentPolicySchema, ReplyTemplatesSchema } from '../domain/replies';

/** Schema of GET and PUT /api/admin/office-profile's answer. */
export const OfficeProfileResponseSchema = z.object({ profile: OfficeProfileSchema });
/** GET and PUT /api/admin/office-profile's answer. */
export type OfficeProfileResponse = z.infer<typeof OfficeProfileResponseSchema>;

/** Schema of PUT /api/admin/office-profile's body. */
export const UpdateOfficeProfileRequestSchema = z.strictObject({
  responsePolicy: ResponsePolicySchema,
  priorityPhone: PriorityPhoneSchema.default(''),
  offlineFallbackMinutes: OfflineFallbackMinutesSchema,
});
/** PUT /api/admin/office-profile's body. */
export type UpdateOfficeProfileRequest = z.input<typeof UpdateOfficeProfileRequestSchema>;
/** PUT /api/admin/office-profile's body as parsed. */
export type OfficeProfileUpdate = z.output<typeof UpdateOfficeProfileRequestSchema>;

/** Schema of PUT /api/admin/office-profile/replies's body: every template, in order, and the comment policy. */
export const UpdateReplySettingsRequestSchema = z.strictObject({
  replyTemplates: ReplyTemplatesSchema,
  commentPolicy: CommentPolicySchema,
});
/** PUT /api/admin/office-profile/replies's body. */
export type UpdateReplySettingsRequest = z.input<typeof UpdateReplySettingsRequestSchema>;
/** PUT /api/admin/office-profile/replies's body as parsed. */
export type ReplySettingsUpdate = z.output<typeof UpdateReplySettingsRequestSchema>;
