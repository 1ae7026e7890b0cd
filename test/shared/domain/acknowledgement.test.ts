import { describe, expect, it } from 'vitest';
import {
  AcknowledgementSettingsSchema,
  DEFAULT_ACKNOWLEDGEMENT_SETTINGS,
  acknowledgementAddressOf,
  acknowledgementValues,
  concernReference,
  renderAcknowledgement,
  unknownPlaceholdersIn,
  type AcknowledgementInput,
} from '@shared/domain/acknowledgement';
import type { Contact } from '@shared/domain/concern';
import { defaultResponsePolicy } from '@shared/domain/response-clock';
import { uuidv7 } from '@shared/lib/uuidv7';

const ID = '0195939c-2f60-7abc-9def-0123456789ab';
const CONTACT: Contact = { name: 'Dana Citizen', phone: '', email: 'dana@example.net', preferredReply: 'email', consentToContact: true, anonymous: false };

/** A concern logged Tuesday 11 March 2025, 15:00 in Berlin, at high priority (due one business day later). */
const input = (changes: Partial<AcknowledgementInput['concern']> = {}, now = '2025-03-11T14:05:00.000Z'): AcknowledgementInput => ({
  concern: { id: ID, summary: 'Streetlight out on Elm St', priority: 'high', createdAt: '2025-03-11T14:00:00.000Z', contact: CONTACT, ...changes },
  officeName: 'Riverside Town Hall',
  policy: defaultResponsePolicy('Europe/Berlin'),
  now,
});

const parse = (changes: Record<string, unknown>) => AcknowledgementSettingsSchema.safeParse({ ...DEFAULT_ACKNOWLEDGEMENT_SETTINGS, ...changes });
const messagesOf = (changes: Record<string, unknown>): string[] => {
  const parsed = parse(changes);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe("the citizen's acknowledgement", () => {
  it('fills every placeholder of the default texts: office, name, summary, reference and the first answer in the office zone', () => {
    const { subject, body } = renderAcknowledgement(DEFAULT_ACKNOWLEDGEMENT_SETTINGS, acknowledgementValues(input()));
    expect(subject).toBe('We have received your concern (reference 456789AB)');
    expect(body).toContain('Hello Dana Citizen,');
    expect(body).toContain('Thank you for contacting Riverside Town Hall.');
    expect(body).toContain('  Streetlight out on Elm St');
    expect(body).toContain('We aim to give you a first answer by Wednesday 12 March at 15:00.');
    expect(body).not.toMatch(/\{\{|\}\}/);
  });

  it('greets a citizen who gave no name with a neutral word', () => {
    const { body } = renderAcknowledgement(DEFAULT_ACKNOWLEDGEMENT_SETTINGS, acknowledgementValues(input({ contact: { ...CONTACT, name: '' } })));
    expect(body.split('\n')[0]).toBe('Hello citizen,');
  });

  it('counts a first answer already overdue from now, so the citizen is never promised a time that has passed', () => {
    const late = acknowledgementValues(input({ priority: 'top' }, '2025-03-13T10:30:00.000Z'));
    expect(late.expectedBy).toBe('Thursday 13 March at 12:30');
    expect(acknowledgementValues(input({ priority: 'top' })).expectedBy).toBe('Tuesday 11 March at 16:00');
  });

  it("says the year when the answer is due in another year than now, in the office's time zone", () => {
    const values = acknowledgementValues({
      ...input({ createdAt: '2025-12-31T15:00:00.000Z', priority: 'high' }, '2025-12-31T15:00:00.000Z'),
      policy: defaultResponsePolicy('America/New_York'),
    });
    expect(values.expectedBy).toBe('Thursday 1 January 2026 at 10:00');
  });

  it('keeps values on one line without control characters, so a summary cannot break the subject', () => {
    const values = acknowledgementValues(input({ summary: 'Flooded\r\nunderpass\u0007 ', contact: { ...CONTACT, name: 'Dana\nCitizen' } }));
    expect(values).toMatchObject({ summary: 'Flooded underpass', name: 'Dana Citizen' });
    expect(renderAcknowledgement({ subject: '{{summary}} for {{name}}', body: 'x' }, values).subject).toBe('Flooded underpass for Dana Citizen');
  });

  it('takes placeholders written with spaces inside the braces, and leaves the rest of the text as written', () => {
    const values = acknowledgementValues(input());
    expect(renderAcknowledgement({ subject: 'Ref {{ reference }}', body: 'Costs $& {{office}} {not} {{office}}' }, values)).toEqual({
      subject: 'Ref 456789AB',
      body: 'Costs $& Riverside Town Hall {not} Riverside Town Hall',
    });
  });

  it('refers to a concern by the random end of its id, so concerns logged in the same minute differ', () => {
    const at = Date.UTC(2025, 2, 11, 14, 0, 0);
    const first = uuidv7(at, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    const second = uuidv7(at + 5, new Uint8Array([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]));
    expect(concernReference(first)).toMatch(/^[0-9A-F]{8}$/);
    expect(concernReference(first)).not.toBe(concernReference(second));
    expect(first.slice(0, 8)).toBe(second.slice(0, 8));
  });

  it('goes only to a citizen who gave an address, agreed to be contacted and is not anonymous', () => {
    expect(acknowledgementAddressOf({ ...CONTACT, email: ' dana@example.net ' })).toBe('dana@example.net');
    expect(acknowledgementAddressOf({ ...CONTACT, email: '' })).toBeUndefined();
    expect(acknowledgementAddressOf({ ...CONTACT, consentToContact: false })).toBeUndefined();
    expect(acknowledgementAddressOf({ ...CONTACT, anonymous: true })).toBeUndefined();
  });
});

describe('the acknowledgement settings', () => {
  it('start switched off with default texts that pass their own schema', () => {
    expect(DEFAULT_ACKNOWLEDGEMENT_SETTINGS.enabled).toBe(false);
    expect(AcknowledgementSettingsSchema.parse(DEFAULT_ACKNOWLEDGEMENT_SETTINGS)).toEqual(DEFAULT_ACKNOWLEDGEMENT_SETTINGS);
  });

  it('refuse unknown placeholders, naming each of them and the ones there are', () => {
    expect(unknownPlaceholdersIn('{{office}} {{ ref }} {{expectedby}} {{ ref }}')).toEqual(['{{ref}}', '{{expectedby}}']);
    expect(messagesOf({ subject: 'Your {{ticket}}' })).toEqual([
      'subject: Unknown placeholder {{ticket}}: use only {{office}}, {{name}}, {{summary}}, {{reference}} or {{expectedBy}}',
    ]);
    expect(messagesOf({ body: 'Hi {{firstName}}, by {{due}}' })).toEqual([
      'body: Unknown placeholders {{firstName}}, {{due}}: use only {{office}}, {{name}}, {{summary}}, {{reference}} or {{expectedBy}}',
    ]);
  });

  it('refuse a subject with a line break, an empty or too long text, and unknown keys', () => {
    expect(messagesOf({ subject: 'Two\nlines' })).toEqual(['subject: The subject must fit on one line, without line breaks or tabs']);
    expect(messagesOf({ subject: '  ' })).toEqual(['subject: Write a subject for the acknowledgement']);
    expect(messagesOf({ subject: 'x'.repeat(201) })).toEqual(['subject: Keep the subject to 200 characters']);
    expect(messagesOf({ body: '' })).toEqual(['body: Write the message citizens receive']);
    expect(messagesOf({ body: 'x'.repeat(5001) })).toEqual(['body: Keep the message to 5000 characters']);
    expect(messagesOf({ enabled: 'yes' })).toEqual(['enabled: enabled is true or false']);
    expect(messagesOf({ bcc: 'me@town.example' })[0]).toMatch(/bcc/);
    expect(parse({ subject: 'x'.repeat(200), body: 'Line one\nLine two' }).success).toBe(true);
  });
});
