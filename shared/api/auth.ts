/**
 * Signing in: the first run's setup, sessions, and who is signed in.
 *
 *   GET    /api/setup             ← { "needsSetup": true }
 *   POST   /api/setup             → { "code": "7KQ2-M9XD-4HT8", "officeName": "Town Hall", "email": "ana@town.example",
 *                                     "displayName": "Ana", "password": "…", "deviceLabel": "Front desk" }
 *                                  ← 201 SessionResponse (the new admin is signed in)
 *   POST   /api/sessions          → { "email": "ana@town.example", "password": "…", "officeId"?: "…", "deviceLabel"?: "…" }
 *                                  ← 201 { "token": "…", "staff": { "id", "displayName", "role", "officeId", "officeName",
 *                                          "email", "mustChangePassword" }, "expiresAt": "2025-04-13T09:30:00.000Z" }
 *                                  ← 409 ChooseOffice when the email and password fit accounts in several offices
 *   GET    /api/me                ← { "staff": { … }, "session": { "id", "deviceLabel", "expiresAt" } }
 *   PUT    /api/me/password       → { "currentPassword": "…", "newPassword": "…" }  ← 204
 *   DELETE /api/sessions/current  ← 204 (signed out)
 *
 * The token is sent as `Authorization: Bearer <token>` (desktop app) or comes back in the HttpOnly cookie
 * `cn_session` that the sign-in answer sets (browser build).
 */
import { z } from 'zod';
import { TimestampSchema } from '../domain/concern';
import {
  DeviceLabelSchema,
  DisplayNameSchema,
  EmailSchema,
  IdSchema,
  NewPasswordSchema,
  OfficeNameSchema,
  PasswordSchema,
  RoleSchema,
} from './staff';

/** Letters of a setup code: Crockford's base 32, which leaves out I, L, O and U so codes read aloud well. */
export const SETUP_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Characters of a setup code, without its dashes (60 random bits). */
export const SETUP_CODE_LENGTH = 12;

/**
 * A setup code as typed, in its canonical form: upper case, dashes and spaces dropped, and the letters people
 * confuse with digits read as those digits (O as 0, I and L as 1).
 */
export function normalizeSetupCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** A canonical setup code as printed: XXXX-XXXX-XXXX. */
export function formatSetupCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** Schema of a setup code as typed; parses to the canonical form. */
export const SetupCodeSchema = z
  .string({ error: 'Enter the setup code the server printed' })
  .max(64, 'That is not a setup code: it looks like XXXX-XXXX-XXXX')
  .transform(normalizeSetupCode)
  .pipe(
    z
      .string()
      .length(SETUP_CODE_LENGTH, 'That is not a setup code: it looks like XXXX-XXXX-XXXX')
      .regex(/^[0-9A-HJKMNP-TV-Z]+$/, 'That is not a setup code: it looks like XXXX-XXXX-XXXX'),
  );

/** Schema of GET /api/setup's answer. */
export const SetupStatusSchema = z.object({ needsSetup: z.boolean() });
/** Whether the server still waits for its first admin. */
export type SetupStatus = z.infer<typeof SetupStatusSchema>;

/** Schema of POST /api/setup's body: the first office and its first admin. */
export const SetupRequestSchema = z.strictObject({
  code: SetupCodeSchema,
  officeName: OfficeNameSchema,
  email: EmailSchema,
  displayName: DisplayNameSchema,
  password: NewPasswordSchema,
  deviceLabel: DeviceLabelSchema.optional(),
});
/** POST /api/setup's body. */
export type SetupRequest = z.input<typeof SetupRequestSchema>;

/** Schema of POST /api/sessions's body. officeId is needed only when the email is used in several offices. */
export const SignInRequestSchema = z.strictObject({
  email: EmailSchema,
  password: PasswordSchema,
  officeId: IdSchema.optional(),
  deviceLabel: DeviceLabelSchema.optional(),
});
/** POST /api/sessions's body. */
export type SignInRequest = z.input<typeof SignInRequestSchema>;

/** Schema of the signed-in staff member. */
export const SignedInStaffSchema = z.object({
  id: IdSchema,
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  officeId: IdSchema,
  officeName: z.string(),
  /** The password was set by an admin or the CLI: the app should ask for a new one. */
  mustChangePassword: z.boolean(),
});
/** The signed-in staff member. */
export type SignedInStaff = z.infer<typeof SignedInStaffSchema>;

/** Schema of the answer to a sign-in or setup. */
export const SessionResponseSchema = z.object({
  /** Shown once: the server keeps only its hash. */
  token: z.string(),
  staff: SignedInStaffSchema,
  expiresAt: TimestampSchema,
});
/** The answer to a sign-in or setup. */
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

/** Schema of the 409 answer when the email and password fit accounts in several offices. */
export const ChooseOfficeSchema = z.object({
  error: z.literal('choose-office'),
  message: z.string(),
  offices: z.array(z.object({ id: IdSchema, name: z.string() })),
});
/** The 409 answer asking which office to sign in to. */
export type ChooseOffice = z.infer<typeof ChooseOfficeSchema>;

/** Schema of GET /api/me's answer. */
export const MeResponseSchema = z.object({
  staff: SignedInStaffSchema,
  session: z.object({ id: IdSchema, deviceLabel: z.string().nullable(), expiresAt: TimestampSchema }),
});
/** GET /api/me's answer. */
export type MeResponse = z.infer<typeof MeResponseSchema>;

/** Schema of PUT /api/me/password's body. */
export const ChangePasswordRequestSchema = z.strictObject({
  currentPassword: PasswordSchema,
  newPassword: NewPasswordSchema,
});
/** PUT /api/me/password's body. */
export type ChangePasswordRequest = z.input<typeof ChangePasswordRequestSchema>;
