/**
 * Staff accounts as the API shows them: roles, and the fields people type (email, display name, passwords,
 * office name, device label). The server validates every request with these; the app's forms use the same
 * schemas, so both give the same messages.
 */
import { z } from 'zod';
import { StaffNameSchema } from '../domain/concern';

/** Staff roles, least to most powerful in what they may change. */
export const ROLES = ['counter', 'goto', 'facilitator', 'admin'] as const;
/** Schema of a staff role. */
export const RoleSchema = z.enum(ROLES, { error: 'Choose one of the roles: counter, goto, facilitator or admin' });
/** A staff role. */
export type Role = z.infer<typeof RoleSchema>;

/** Roles as people call them. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  counter: 'Counter staff',
  goto: 'Go-to person',
  facilitator: 'Facilitator',
  admin: 'Admin',
};

/** Fewest characters of a password (Unicode code points, so an emoji counts once). */
export const MIN_PASSWORD_LENGTH = 12;
/** Most characters of a password: long passphrases are welcome, unbounded input to scrypt is not. */
export const MAX_PASSWORD_LENGTH = 256;
/** Most characters of an email address (RFC 5321's path limit). */
export const MAX_EMAIL_LENGTH = 254;
/** Most characters of an office's name or a device label. */
export const MAX_LABEL_LENGTH = 120;

// The database cannot store NUL, and control characters in a name are never meant.
const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;
// Plain ASCII addresses: the database lower-cases and compares them byte for byte, which is exact only there.
const EMAIL_PATTERN = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

function codePoints(text: string): number {
  return [...text].length;
}

/** Schema of an email address; trimmed and lower-cased, since addresses are compared without case. */
export const EmailSchema = z
  .string({ error: 'Enter an email address' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter an email address')
  .max(MAX_EMAIL_LENGTH, `An email address can be at most ${MAX_EMAIL_LENGTH} characters`)
  .regex(EMAIL_PATTERN, 'Enter an email address like name@example.org');

/** Schema of a staff member's display name: the desk's staff name rules, without control characters. */
export const DisplayNameSchema = StaffNameSchema.regex(NO_CONTROL_CHARACTERS, 'A name cannot contain control characters');

/** Schema of a password being set: 12 to 256 characters, anything else goes (spaces, any script). */
export const NewPasswordSchema = z
  .string({ error: 'Enter a password' })
  .refine((password) => codePoints(password) >= MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters for a password`)
  .refine((password) => codePoints(password) <= MAX_PASSWORD_LENGTH, `A password can be at most ${MAX_PASSWORD_LENGTH} characters`);

/** Schema of a password being checked: not held to today's minimum, but never unbounded. */
export const PasswordSchema = z
  .string({ error: 'Enter your password' })
  .min(1, 'Enter your password')
  .refine((password) => codePoints(password) <= MAX_PASSWORD_LENGTH, `A password can be at most ${MAX_PASSWORD_LENGTH} characters`);

/** Schema of an office's name. */
export const OfficeNameSchema = z
  .string({ error: "Enter the office's name" })
  .trim()
  .min(1, "Enter the office's name")
  .max(MAX_LABEL_LENGTH, `An office name can be at most ${MAX_LABEL_LENGTH} characters`)
  .regex(NO_CONTROL_CHARACTERS, 'An office name cannot contain control characters');

/** Schema of what someone calls a device ("Front desk laptop"), so an admin can tell devices apart. */
export const DeviceLabelSchema = z
  .string({ error: 'A device label is text' })
  .trim()
  .min(1, 'A device label cannot be empty')
  .max(MAX_LABEL_LENGTH, `A device label can be at most ${MAX_LABEL_LENGTH} characters`)
  .regex(NO_CONTROL_CHARACTERS, 'A device label cannot contain control characters');

/** Schema of a server-made id (offices, staff, sessions). */
export const IdSchema = z.uuid({ error: 'Expected an id like 1b4e28ba-2fa1-41d2-883f-0016d3cca427' });
