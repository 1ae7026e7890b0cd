/**
 * The office's settings for the priority lane (issue 4), admin only: where top-priority concerns are emailed and
 * through which mail server. They live on the server only (never in a synced table), and the SMTP password is
 * write-only: GET says whether one is set, never what it is.
 *
 *   GET /api/admin/office-settings   ← { "settings": OfficeSettings }
 *   PUT /api/admin/office-settings   → UpdateOfficeSettingsRequest   ← 200 { "settings": OfficeSettings }
 *
 * Example PUT body (without "password" the stored one is kept; null removes it):
 *   { "priorityAddresses": ["urgent@town.example"], "senderAddress": "",
 *     "smtp": { "host": "smtp.town.example", "port": 587, "tls": "starttls", "user": "notebook", "password": "…" },
 *     "includeContactDetails": false, "maxAttempts": 8,
 *     "acknowledgement": { "enabled": true, "subject": "We have received your concern ({{reference}})", "body": "…" } }
 *
 * "acknowledgement" (the citizens' automatic acknowledgement, shared/domain/acknowledgement.ts) may be left out
 * of a PUT: the stored one is kept. An office that never saved one has it switched off, with the default texts.
 */
import { z } from 'zod';
import { AcknowledgementSettingsSchema } from '../domain/acknowledgement';
import { TimestampSchema } from '../domain/concern';
import { EmailSchema, MAX_EMAIL_LENGTH } from './staff';

/** How the connection to the mail server is protected: none, upgraded with STARTTLS (required), or TLS from the start. */
export const SMTP_TLS_MODES = ['none', 'starttls', 'implicit'] as const;
/** Schema of the TLS mode. */
export const SmtpTlsSchema = z.enum(SMTP_TLS_MODES, {
  error: 'Choose how to protect the connection: none, starttls (STARTTLS required) or implicit (TLS from the start)',
});
/** How the connection to the mail server is protected. */
export type SmtpTls = z.infer<typeof SmtpTlsSchema>;

/** Most priority addresses an office may list. */
export const MAX_PRIORITY_ADDRESSES = 10;
/** Delivery attempts before an escalation is marked failed, unless the office sets another number. */
export const DEFAULT_MAX_ATTEMPTS = 8;
/** The most delivery attempts an office may ask for: past it the email is too late to matter. */
export const MAX_ATTEMPTS_LIMIT = 20;
/** Most characters of an SMTP password: passphrases fit, unbounded input does not. */
export const MAX_SMTP_PASSWORD_LENGTH = 1000;

// A host name, an IPv4 address or a bracket-less IPv6 address: no spaces, no scheme, no port.
const HOST_PATTERN = /^[A-Za-z0-9]([A-Za-z0-9.:-]*[A-Za-z0-9])?$/;
const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|::1)$/i;
const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;

/** True when the mail server is on this machine, where an unencrypted connection never crosses a network. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOST.test(host);
}

/** Schema of the mail server's host name. */
export const SmtpHostSchema = z
  .string({ error: "Enter the mail server's name, like smtp.example.org" })
  .trim()
  .min(1, "Enter the mail server's name, like smtp.example.org")
  .max(253, "The mail server's name can be at most 253 characters")
  .regex(HOST_PATTERN, "Enter only the mail server's name, like smtp.example.org (no spaces, http:// or port)");

/** Schema of the mail server's port. */
export const SmtpPortSchema = z
  .int({ error: 'The port is a whole number from 1 to 65535 (usually 587 for STARTTLS, 465 for TLS, 25 for none)' })
  .min(1, 'The port is a whole number from 1 to 65535')
  .max(65535, 'The port is a whole number from 1 to 65535');

/** Schema of the user name for the mail server; '' means the server needs no sign-in. */
export const SmtpUserSchema = z
  .string({ error: 'The user name is text' })
  .trim()
  .max(MAX_EMAIL_LENGTH, `The user name can be at most ${MAX_EMAIL_LENGTH} characters`)
  .regex(NO_CONTROL_CHARACTERS, 'The user name cannot contain control characters');

/** Schema of a new SMTP password; null removes the stored one. */
export const SmtpPasswordSchema = z
  .string({ error: 'The password is text, or null to remove it' })
  .min(1, 'Enter the password, or leave the field out to keep the one already set')
  .max(MAX_SMTP_PASSWORD_LENGTH, `The password can be at most ${MAX_SMTP_PASSWORD_LENGTH} characters`)
  .nullable();

/** Schema of the addresses top-priority concerns are emailed to: one or more, each once. */
export const PriorityAddressesSchema = z
  .array(EmailSchema, { error: 'List the priority addresses, like ["urgent@town.example"]' })
  .min(1, 'Add at least one address for top-priority concerns')
  .max(MAX_PRIORITY_ADDRESSES, `List at most ${MAX_PRIORITY_ADDRESSES} priority addresses`)
  .refine((addresses) => new Set(addresses).size === addresses.length, 'Each priority address can appear only once');

/** Schema of the From address; '' means the SMTP user (when it is an address) or else the first priority address. */
export const SenderAddressSchema = z.union([z.literal(''), EmailSchema], {
  error: 'Enter the address the email comes from, like notebook@town.example, or leave it empty',
});

/** Schema of the number of delivery attempts before an escalation is marked failed. */
export const MaxAttemptsSchema = z
  .int({ error: `The number of attempts is a whole number from 1 to ${MAX_ATTEMPTS_LIMIT}` })
  .min(1, `The number of attempts is a whole number from 1 to ${MAX_ATTEMPTS_LIMIT}`)
  .max(MAX_ATTEMPTS_LIMIT, `The number of attempts is a whole number from 1 to ${MAX_ATTEMPTS_LIMIT}`);

/** Schema of the office settings as GET shows them: everything but the password, of which only whether it is set. */
export const OfficeSettingsSchema = z.object({
  priorityAddresses: z.array(z.string()),
  senderAddress: z.string(),
  smtp: z.object({
    host: z.string(),
    port: z.int(),
    tls: SmtpTlsSchema,
    user: z.string(),
    hasPassword: z.boolean(),
  }),
  includeContactDetails: z.boolean(),
  maxAttempts: z.int(),
  /** The citizens' automatic acknowledgement: whether it is sent, and its subject and body templates. */
  acknowledgement: z.object({ enabled: z.boolean(), subject: z.string(), body: z.string() }),
  /** False until an admin has saved the settings once: escalations cannot be emailed before. */
  isConfigured: z.boolean(),
  updatedAt: TimestampSchema.nullable(),
});
/** The office settings as GET shows them. */
export type OfficeSettings = z.infer<typeof OfficeSettingsSchema>;

/** Schema of GET and PUT /api/admin/office-settings's answer. */
export const OfficeSettingsResponseSchema = z.object({ settings: OfficeSettingsSchema });
/** GET and PUT /api/admin/office-settings's answer. */
export type OfficeSettingsResponse = z.infer<typeof OfficeSettingsResponseSchema>;

/** Schema of PUT /api/admin/office-settings's body: every setting; the password and the acknowledgement only when they change. */
export const UpdateOfficeSettingsRequestSchema = z
  .strictObject({
    priorityAddresses: PriorityAddressesSchema,
    senderAddress: SenderAddressSchema.default(''),
    smtp: z.strictObject(
      {
        host: SmtpHostSchema,
        port: SmtpPortSchema,
        tls: SmtpTlsSchema,
        user: SmtpUserSchema.default(''),
        password: SmtpPasswordSchema.optional(),
      },
      { error: 'Give the mail server as { host, port, tls, user, password }' },
    ),
    includeContactDetails: z.boolean({ error: 'includeContactDetails is true or false' }),
    maxAttempts: MaxAttemptsSchema.default(DEFAULT_MAX_ATTEMPTS),
    acknowledgement: AcknowledgementSettingsSchema.optional(),
  })
  .refine((body) => body.smtp.tls !== 'none' || body.smtp.user === '' || isLoopbackHost(body.smtp.host), {
    message:
      'Choose starttls or implicit to sign in to a mail server on another machine: without encryption the password would cross the network in the clear',
    path: ['smtp', 'tls'],
  });
/** PUT /api/admin/office-settings's body. */
export type UpdateOfficeSettingsRequest = z.input<typeof UpdateOfficeSettingsRequestSchema>;
/** PUT /api/admin/office-settings's body as parsed (defaults filled in). */
export type OfficeSettingsUpdate = z.output<typeof UpdateOfficeSettingsRequestSchema>;
