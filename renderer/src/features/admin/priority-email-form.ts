/**
 * The "Priority email" form: the office settings (shared/api/office-settings.ts) as the form holds them, checked
 * with the server's own field schemas so the app and the server say the same thing, and the conversions between
 * the form and the API: GET's settings into the form, the form into PUT's body, and the server's issue paths onto
 * the form's fields.
 *
 * The form differs from the body where a person types: one box per address ({ address } rows, so each has its
 * own error), numbers as the text typed, and the write-only password as a choice (keep, replace, remove) and a box
 * that is never filled in from the server. The citizens' acknowledgement is always sent, so what the form shows is
 * what is saved.
 */
import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import {
  MaxAttemptsSchema,
  PriorityAddressesSchema,
  SenderAddressSchema,
  SmtpHostSchema,
  SmtpPortSchema,
  SmtpTlsSchema,
  SmtpUserSchema,
  UpdateOfficeSettingsRequestSchema,
  MAX_SMTP_PASSWORD_LENGTH,
  type OfficeSettings,
  type UpdateOfficeSettingsRequest,
} from '@shared/api/office-settings';
import { EmailSchema } from '@shared/api/staff';
import { AcknowledgementSettingsSchema } from '@shared/domain/acknowledgement';
import { t } from '../../i18n';
import { typedNumber } from './typed-number';

/** What happens to the stored SMTP password on saving. */
export const PASSWORD_ACTIONS = ['keep', 'replace', 'remove'] as const;
/** What happens to the stored SMTP password on saving. */
export type PasswordAction = (typeof PASSWORD_ACTIONS)[number];

const AddressRowsSchema = z.array(z.object({ address: EmailSchema })).superRefine((rows, ctx) => {
  const seen = new Set<string>();
  rows.forEach(({ address }, index) => {
    if (seen.has(address)) ctx.addIssue({ code: 'custom', path: [index, 'address'], message: t('priorityEmail.address.twice') });
    seen.add(address);
  });
  // None, or too many: the server's own words, for the list as a whole.
  const whole = PriorityAddressesSchema.safeParse(rows.map((row) => row.address));
  for (const issue of whole.error?.issues ?? []) {
    const isAboutList = issue.path.length === 0 && (issue.code === 'too_small' || issue.code === 'too_big');
    if (isAboutList) ctx.addIssue({ code: 'custom', message: issue.message });
  }
});

const PasswordBoxSchema = z.string().max(MAX_SMTP_PASSWORD_LENGTH, t('priorityEmail.password.tooLong', { max: MAX_SMTP_PASSWORD_LENGTH }));

const FieldsSchema = z.object({
  priorityAddresses: AddressRowsSchema,
  senderAddress: SenderAddressSchema,
  smtp: z
    .object({
      host: SmtpHostSchema,
      port: typedNumber(SmtpPortSchema),
      tls: SmtpTlsSchema,
      user: SmtpUserSchema,
      hasPassword: z.boolean(),
      passwordAction: z.enum(PASSWORD_ACTIONS),
      password: PasswordBoxSchema,
    })
    .superRefine((smtp, ctx) => {
      if (smtp.hasPassword && smtp.passwordAction === 'replace' && smtp.password === '') {
        ctx.addIssue({ code: 'custom', path: ['password'], message: t('priorityEmail.password.empty') });
      }
    }),
  includeContactDetails: z.boolean(),
  maxAttempts: typedNumber(MaxAttemptsSchema),
  acknowledgement: AcknowledgementSettingsSchema,
});

/** What the form holds while editing. */
export type PriorityEmailInput = z.input<typeof FieldsSchema>;
/** What the form gives on submit, before it becomes the request. */
export type PriorityEmailValues = z.output<typeof FieldsSchema>;

/** The PUT body for the form's values: the password only when it changes. */
export function toSettingsRequest(values: PriorityEmailValues): UpdateOfficeSettingsRequest {
  const { hasPassword, passwordAction, password, ...smtp } = values.smtp;
  const newPassword =
    passwordAction === 'remove' ? (hasPassword ? null : undefined) : passwordAction === 'replace' && password !== '' ? password : undefined;
  return {
    priorityAddresses: values.priorityAddresses.map((row) => row.address),
    senderAddress: values.senderAddress,
    smtp: { ...smtp, ...(newPassword === undefined ? {} : { password: newPassword }) },
    includeContactDetails: values.includeContactDetails,
    maxAttempts: values.maxAttempts,
    acknowledgement: values.acknowledgement,
  };
}

/** The form filled in from GET's settings; one empty address box when there are none yet. The password never is. */
export function toPriorityEmailInput(settings: OfficeSettings): PriorityEmailInput {
  const addresses = settings.priorityAddresses.length > 0 ? settings.priorityAddresses : [''];
  return {
    priorityAddresses: addresses.map((address) => ({ address })),
    senderAddress: settings.senderAddress,
    smtp: {
      host: settings.smtp.host,
      port: String(settings.smtp.port),
      tls: settings.smtp.tls,
      user: settings.smtp.user,
      hasPassword: settings.smtp.hasPassword,
      passwordAction: settings.smtp.hasPassword ? 'keep' : 'replace',
      password: '',
    },
    includeContactDetails: settings.includeContactDetails,
    maxAttempts: String(settings.maxAttempts),
    acknowledgement: { ...settings.acknowledgement },
  };
}

const SAME_NAMED = new Set([
  'priorityAddresses',
  'senderAddress',
  'smtp.host',
  'smtp.port',
  'smtp.tls',
  'smtp.user',
  'smtp.password',
  'includeContactDetails',
  'maxAttempts',
  'acknowledgement.enabled',
  'acknowledgement.subject',
  'acknowledgement.body',
]);

/** The form field a server issue's dotted path is about ("priorityAddresses.1" is the second box); else undefined. */
export function priorityEmailFieldOf(path: string): FieldPath<PriorityEmailInput> | undefined {
  const address = /^priorityAddresses\.(\d+)/.exec(path);
  if (address !== null) return `priorityAddresses.${Number(address[1])}.address`;
  return SAME_NAMED.has(path) ? (path as FieldPath<PriorityEmailInput>) : undefined;
}

/**
 * The form's schema: each field with the server's rules, then the whole body through the server's request schema
 * for its rules across fields (no sign-in over an unencrypted connection to another machine), placed on the
 * field the server would name. Only those: the fields' own messages are already there, and the addresses'
 * "only once" is on the repeated box.
 */
export const PriorityEmailFormSchema = FieldsSchema.superRefine((values, ctx) => {
  const whole = UpdateOfficeSettingsRequestSchema.safeParse(toSettingsRequest(values));
  const acrossFields = (whole.error?.issues ?? []).filter((issue) => issue.code === 'custom' && issue.path[0] !== 'priorityAddresses');
  for (const issue of acrossFields) {
    const field = priorityEmailFieldOf(issue.path.map(String).join('.'));
    ctx.addIssue({ code: 'custom', path: field === undefined ? [] : field.split('.'), message: issue.message });
  }
});
