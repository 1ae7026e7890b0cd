/**
 * The office profile: what every desk of an office needs to know about the office itself, synced to desks as
 * the one row of the server-only `office_profile` table (shared/sync/store.ts). Admins edit it on the server
 * (PUT /api/admin/office-profile, shared/api/office-profile.ts); nothing secret belongs here (the mail server
 * and its password stay in the server-only office settings).
 *
 *   { "id": "office", "officeName": "Riverside Town Hall",
 *     "responsePolicy": { "timeZone": "Europe/Berlin", "week": {…}, "holidays": [], "targets": {…} },
 *     "hasResponsePolicy": true,
 *     "priorityAddresses": ["urgent@town.example"], "priorityPhone": "+49 30 1234567",
 *     "offlineFallbackMinutes": 10, "replyTemplates": [{ "id": "ack-received", "group": "acknowledgement", … }],
 *     "commentPolicy": { "whenToRespond": "…", "tone": "…", "moveToPhoneAfter": 2, "whoToInvolve": "…" },
 *     "updatedAt": "2026-12-03T10:00:00.000Z" }
 *
 * A desk that has not received it (never synced, or an office that never saved one) uses defaultOfficeProfile
 * in its own time zone.
 */
import { z } from 'zod';
import { TimestampSchema } from './concern';
import { ResponsePolicySchema, defaultResponsePolicy, type ResponsePolicy } from './response-clock';
import { CommentPolicySchema, ReplyTemplatesSchema, defaultCommentPolicy, defaultReplyTemplates } from './replies';

/** The id of an office's one profile row. */
export const OFFICE_PROFILE_ID = 'office';

/** Minutes a desk waits, offline, before it offers to send a priority email itself, unless the office says otherwise. */
export const DEFAULT_OFFLINE_FALLBACK_MINUTES = 10;
/** The longest an office may make that wait: a day. */
export const MAX_OFFLINE_FALLBACK_MINUTES = 1440;
/** Most characters of the priority phone number. */
export const MAX_PRIORITY_PHONE_LENGTH = 40;

/** Schema of the minutes a desk waits offline before offering its own mail program or a call. */
export const OfflineFallbackMinutesSchema = z
  .int({ error: `Give the minutes as a whole number from 1 to ${MAX_OFFLINE_FALLBACK_MINUTES}` })
  .min(1, `Give the minutes as a whole number from 1 to ${MAX_OFFLINE_FALLBACK_MINUTES}`)
  .max(MAX_OFFLINE_FALLBACK_MINUTES, `Give the minutes as a whole number from 1 to ${MAX_OFFLINE_FALLBACK_MINUTES}`);

/** Schema of the number staff call for a top-priority concern when email cannot go out; '' when there is none. */
export const PriorityPhoneSchema = z
  .string({ error: 'The priority phone number is text' })
  .trim()
  .max(MAX_PRIORITY_PHONE_LENGTH, `The priority phone number can be at most ${MAX_PRIORITY_PHONE_LENGTH} characters`)
  .regex(/^[0-9+()./ -]*$/, 'Enter the phone number with digits, spaces and + ( ) - . / only, like +1 555 0100');

/** Schema of the office profile row. */
export const OfficeProfileSchema = z.object({
  id: z.literal(OFFICE_PROFILE_ID),
  officeName: z.string(),
  responsePolicy: ResponsePolicySchema,
  /**
   * False until an admin saves the response times: responsePolicy is then only the standard one in the server's
   * time zone, and desks use the standard one in their own zone instead (a server in a container runs on UTC).
   */
  hasResponsePolicy: z.boolean(),
  /** Where top-priority concerns are emailed (a copy of the office settings' list, for the desk's own mail program). */
  priorityAddresses: z.array(z.string()),
  priorityPhone: z.string(),
  offlineFallbackMinutes: OfflineFallbackMinutesSchema,
  /** The reply templates (replies.ts). Rows stored before templates existed read as the defaults. */
  replyTemplates: ReplyTemplatesSchema.default(defaultReplyTemplates),
  /** The response policy for comments (replies.ts), not the response times above; defaulted like the templates. */
  commentPolicy: CommentPolicySchema.default(defaultCommentPolicy),
  updatedAt: TimestampSchema.nullable(),
});
/** The office profile. */
export type OfficeProfile = z.infer<typeof OfficeProfileSchema>;

/** The profile of an office that has not set one: the standard response policy in `timeZone`, a 10-minute wait. */
export function defaultOfficeProfile(timeZone: string, officeName = ''): OfficeProfile {
  const responsePolicy: ResponsePolicy = defaultResponsePolicy(timeZone);
  return {
    id: OFFICE_PROFILE_ID,
    officeName,
    responsePolicy,
    hasResponsePolicy: false,
    priorityAddresses: [],
    priorityPhone: '',
    offlineFallbackMinutes: DEFAULT_OFFLINE_FALLBACK_MINUTES,
    replyTemplates: defaultReplyTemplates(),
    commentPolicy: defaultCommentPolicy(),
    updatedAt: null,
  };
}

/** The response policy a desk in `deskTimeZone` counts with: the office's once an admin set it, else the standard one there. */
export function effectiveResponsePolicy(profile: OfficeProfile, deskDefault: ResponsePolicy): ResponsePolicy {
  return profile.hasResponsePolicy ? profile.responsePolicy : deskDefault;
}
