/**
 * The admin screen's API: staff of the admin's own office and the devices signed in to it. The server scopes
 * every one of these to the signed-in admin's office; an id from another office answers 404, like one that
 * does not exist.
 *
 *   GET    /api/admin/staff                ← { "staff": [StaffMember] }
 *   POST   /api/admin/staff                → { "email", "displayName", "role", "password" }  ← 201 { "staff": StaffMember }
 *   PATCH  /api/admin/staff/:id            → { "role"?, "displayName"?, "isDisabled"? }       ← 200 { "staff": StaffMember }
 *   POST   /api/admin/staff/:id/password   → { "password" }                                    ← 204 (their sessions end)
 *   GET    /api/admin/sessions             ← { "sessions": [DeviceSession] }
 *   DELETE /api/admin/sessions/:id         ← 204 (that device is signed out)
 */
import { z } from 'zod';
import { TimestampSchema } from '../domain/concern';
import { DisplayNameSchema, EmailSchema, IdSchema, NewPasswordSchema, RoleSchema } from './staff';

/** Schema of a route's `:id`. */
export const IdParamsSchema = z.strictObject({ id: IdSchema });

/** Schema of a staff member as an admin sees them (never their password). */
export const StaffMemberSchema = z.object({
  id: IdSchema,
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  isDisabled: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: TimestampSchema,
});
/** A staff member as an admin sees them. */
export type StaffMember = z.infer<typeof StaffMemberSchema>;

/** Schema of GET /api/admin/staff's answer. */
export const StaffListResponseSchema = z.object({ staff: z.array(StaffMemberSchema) });
/** GET /api/admin/staff's answer. */
export type StaffListResponse = z.infer<typeof StaffListResponseSchema>;

/** Schema of the answer carrying one staff member. */
export const StaffResponseSchema = z.object({ staff: StaffMemberSchema });
/** The answer carrying one staff member. */
export type StaffResponse = z.infer<typeof StaffResponseSchema>;

/** Schema of POST /api/admin/staff's body: the new person signs in with the temporary password. */
export const AddStaffRequestSchema = z.strictObject({
  email: EmailSchema,
  displayName: DisplayNameSchema,
  role: RoleSchema,
  password: NewPasswordSchema,
});
/** POST /api/admin/staff's body. */
export type AddStaffRequest = z.input<typeof AddStaffRequestSchema>;

/** Schema of PATCH /api/admin/staff/:id's body: at least one change. */
export const UpdateStaffRequestSchema = z
  .strictObject({
    role: RoleSchema.optional(),
    displayName: DisplayNameSchema.optional(),
    isDisabled: z.boolean({ error: 'isDisabled is true or false' }).optional(),
  })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), 'Say what to change: role, displayName or isDisabled');
/** PATCH /api/admin/staff/:id's body. */
export type UpdateStaffRequest = z.input<typeof UpdateStaffRequestSchema>;

/** Schema of POST /api/admin/staff/:id/password's body: a temporary password to hand over. */
export const ResetPasswordRequestSchema = z.strictObject({ password: NewPasswordSchema });
/** POST /api/admin/staff/:id/password's body. */
export type ResetPasswordRequest = z.input<typeof ResetPasswordRequestSchema>;

/** Schema of a device signed in to the office. */
export const DeviceSessionSchema = z.object({
  id: IdSchema,
  staffId: IdSchema,
  staffDisplayName: z.string(),
  staffEmail: z.string(),
  deviceLabel: z.string().nullable(),
  createdAt: TimestampSchema,
  lastSeenAt: TimestampSchema,
  expiresAt: TimestampSchema,
  /** The session this request came from. */
  isCurrent: z.boolean(),
});
/** A device signed in to the office. */
export type DeviceSession = z.infer<typeof DeviceSessionSchema>;

/** Schema of GET /api/admin/sessions's answer. */
export const DeviceSessionListResponseSchema = z.object({ sessions: z.array(DeviceSessionSchema) });
/** GET /api/admin/sessions's answer. */
export type DeviceSessionListResponse = z.infer<typeof DeviceSessionListResponseSchema>;
