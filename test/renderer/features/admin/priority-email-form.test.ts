/**
 * The "Priority email" form's rules and conversions: the settings into the form (the password never), the form
 * into PUT's body (the password only when it changes), each address with its own message, and the server's
 * issue paths onto the form's fields.
 */
import { describe, expect, it } from 'vitest';
import type { OfficeSettings } from '../../../../shared/api/office-settings';
import {
  PriorityEmailFormSchema,
  priorityEmailFieldOf,
  toPriorityEmailInput,
  toSettingsRequest,
  type PriorityEmailInput,
} from '../../../../renderer/src/features/admin/priority-email-form';

const SAVED: OfficeSettings = {
  priorityAddresses: ['urgent@town.example', 'mayor@town.example'],
  senderAddress: 'notebook@town.example',
  smtp: { host: 'smtp.town.example', port: 587, tls: 'starttls', user: 'notebook', hasPassword: true },
  includeContactDetails: false,
  maxAttempts: 8,
  acknowledgement: { enabled: true, subject: 'We have your concern ({{reference}})', body: 'Hello {{name}},\n\nThank you.' },
  isConfigured: true,
  updatedAt: '2026-12-01T10:00:00.000Z',
};

const UNSET: OfficeSettings = {
  priorityAddresses: [],
  senderAddress: '',
  smtp: { host: '', port: 587, tls: 'starttls', user: '', hasPassword: false },
  includeContactDetails: false,
  maxAttempts: 8,
  acknowledgement: { enabled: false, subject: 'We have received your concern', body: 'Thank you for contacting {{office}}.' },
  isConfigured: false,
  updatedAt: null,
};

function withSmtp(input: PriorityEmailInput, smtp: Partial<PriorityEmailInput['smtp']>): PriorityEmailInput {
  return { ...input, smtp: { ...input.smtp, ...smtp } };
}

function messages(input: PriorityEmailInput): Record<string, string> {
  const result = PriorityEmailFormSchema.safeParse(input);
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
}

describe('the priority email form', () => {
  it('fills in the saved settings, never the password, and keeps a password that is set', () => {
    const input = toPriorityEmailInput(SAVED);
    expect(input).toEqual({
      priorityAddresses: [{ address: 'urgent@town.example' }, { address: 'mayor@town.example' }],
      senderAddress: 'notebook@town.example',
      smtp: { host: 'smtp.town.example', port: '587', tls: 'starttls', user: 'notebook', hasPassword: true, passwordAction: 'keep', password: '' },
      includeContactDetails: false,
      maxAttempts: '8',
      acknowledgement: SAVED.acknowledgement,
    });
    // Saved unchanged, the body leaves the password out, so the server keeps it.
    expect(toSettingsRequest(PriorityEmailFormSchema.parse(input))).toEqual({
      priorityAddresses: ['urgent@town.example', 'mayor@town.example'],
      senderAddress: 'notebook@town.example',
      smtp: { host: 'smtp.town.example', port: 587, tls: 'starttls', user: 'notebook' },
      includeContactDetails: false,
      maxAttempts: 8,
      acknowledgement: SAVED.acknowledgement,
    });
  });

  it('starts an office without settings with one empty address box', () => {
    expect(toPriorityEmailInput(UNSET).priorityAddresses).toEqual([{ address: '' }]);
  });

  it('replaces the password with the one typed, or removes it', () => {
    const input = toPriorityEmailInput(SAVED);
    const replaced = PriorityEmailFormSchema.parse(withSmtp(input, { passwordAction: 'replace', password: 'new secret' }));
    expect(toSettingsRequest(replaced).smtp.password).toBe('new secret');
    const removed = PriorityEmailFormSchema.parse(withSmtp(input, { passwordAction: 'remove', password: 'ignored' }));
    expect(toSettingsRequest(removed).smtp.password).toBeNull();
  });

  it('asks for the new password when "replace" is chosen with an empty box', () => {
    expect(messages(withSmtp(toPriorityEmailInput(SAVED), { passwordAction: 'replace', password: '' }))).toEqual({
      'smtp.password': 'Enter the new password, or choose “Keep it”',
    });
  });

  it('sets a first password only when one is typed', () => {
    const input = withSmtp(toPriorityEmailInput(UNSET), { host: 'smtp.town.example', user: 'notebook' });
    const typed = { ...input, priorityAddresses: [{ address: 'urgent@town.example' }] };
    expect(toSettingsRequest(PriorityEmailFormSchema.parse(typed)).smtp).not.toHaveProperty('password');
    const withPassword = withSmtp(typed, { password: 'first secret' });
    expect(toSettingsRequest(PriorityEmailFormSchema.parse(withPassword)).smtp.password).toBe('first secret');
  });

  it('gives each bad or repeated address its own message, and the list one when it is empty', () => {
    const input = toPriorityEmailInput(SAVED);
    const rows = [{ address: 'urgent@town.example' }, { address: 'not an address' }, { address: 'URGENT@town.example' }];
    // Addresses are compared as the server stores them: lower case.
    expect(messages({ ...input, priorityAddresses: rows })).toEqual({
      'priorityAddresses.1.address': 'Enter an email address like name@example.org',
      'priorityAddresses.2.address': 'This address is already in the list',
    });
    expect(messages({ ...input, priorityAddresses: [rows[0]!, rows[2]!] })).toEqual({
      'priorityAddresses.1.address': 'This address is already in the list',
    });
    expect(messages({ ...input, priorityAddresses: [] })).toEqual({ priorityAddresses: 'Add at least one address for top-priority concerns' });
  });

  it('checks the numbers typed with the server’s rules', () => {
    const input = withSmtp(toPriorityEmailInput(SAVED), { port: '70000' });
    expect(messages({ ...input, maxAttempts: '' })).toEqual({
      'smtp.port': 'The port is a whole number from 1 to 65535',
      maxAttempts: 'The number of attempts is a whole number from 1 to 20',
    });
  });

  it('refuses a sign-in over an unencrypted connection to another machine, at the encryption choice', () => {
    const input = withSmtp(toPriorityEmailInput(SAVED), { tls: 'none' });
    expect(Object.keys(messages(input))).toEqual(['smtp.tls']);
    expect(messages(withSmtp(input, { host: '127.0.0.1' }))).toEqual({});
  });

  it('checks the acknowledgement with the shared rules: a subject, and known placeholders only', () => {
    const input = toPriorityEmailInput(SAVED);
    expect(messages({ ...input, acknowledgement: { enabled: true, subject: ' ', body: 'Dear {{citizen}}' } })).toEqual({
      'acknowledgement.subject': 'Write a subject for the acknowledgement',
      'acknowledgement.body': expect.stringMatching(/^Unknown placeholder \{\{citizen\}\}: use only \{\{office\}\}/) as string,
    });
  });

  it("places the server's issue paths on the form's fields", () => {
    expect(priorityEmailFieldOf('priorityAddresses.2')).toBe('priorityAddresses.2.address');
    expect(priorityEmailFieldOf('priorityAddresses')).toBe('priorityAddresses');
    expect(priorityEmailFieldOf('smtp.host')).toBe('smtp.host');
    expect(priorityEmailFieldOf('smtp.password')).toBe('smtp.password');
    expect(priorityEmailFieldOf('maxAttempts')).toBe('maxAttempts');
    expect(priorityEmailFieldOf('acknowledgement.body')).toBe('acknowledgement.body');
    expect(priorityEmailFieldOf('smtp')).toBeUndefined();
    expect(priorityEmailFieldOf('')).toBeUndefined();
  });
});
