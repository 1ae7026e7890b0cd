import { describe, expect, it } from 'vitest';
import {
  ConcernFieldsSchema,
  ConcernSchema,
  ContactSchema,
  TagSchema,
  emptyConcernFields,
  isPhoneNumber,
  type Concern,
  type ConcernFields,
  type Contact,
} from '@shared/domain/concern';
import { LIMITS } from '@shared/domain/limits';
import { uuidv7 } from '@shared/lib/uuidv7';

interface Problem {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** The path and message of each issue, or [] when the value is valid. */
function problemsOf(result: { success: boolean; error?: { issues: readonly Problem[] } }): Problem[] {
  return (result.error?.issues ?? []).map(({ path, message }) => ({ path, message }));
}

const contact = (overrides: Partial<Contact> = {}): Contact => ({
  name: 'Ana López',
  phone: '555 014 2368',
  email: 'ana@example.org',
  preferredReply: 'email',
  consentToContact: true,
  anonymous: false,
  ...overrides,
});

const fields = (overrides: Partial<ConcernFields> = {}): ConcernFields => ({
  ...emptyConcernFields('walk-in'),
  summary: 'Streetlight out on Elm St',
  details: 'Out since Monday; the corner is dark at night.',
  contact: contact(),
  location: { address: '12 Elm St', area: 'Northside' },
  category: 'Streetlights',
  tags: ['streetlights', 'elm-st'],
  priority: 'high',
  followUp: { needed: true, due: '2025-03-14' },
  ...overrides,
});

const concern = (overrides: Partial<Concern> = {}): Concern => ({
  ...fields(),
  id: uuidv7(1_700_000_000_000, new Uint8Array(10).fill(0xab)),
  createdAt: '2025-03-01T09:30:00.000Z',
  createdBy: 'Sam at desk 2',
  updatedAt: '2025-03-01T09:31:12.345Z',
  updatedBy: 'Sam at desk 2',
  ...overrides,
});

describe('ConcernSchema', () => {
  it('accepts a complete, valid concern unchanged', () => {
    const value = concern();
    expect(ConcernSchema.parse(value)).toEqual(value);
  });

  it('accepts the empty fields once a summary is written', () => {
    expect(problemsOf(ConcernFieldsSchema.safeParse({ ...emptyConcernFields(), summary: 'Bins' }))).toEqual([]);
  });

  it('rejects an id that is not a UUIDv7', () => {
    expect(problemsOf(ConcernSchema.safeParse(concern({ id: '3b241101-e2bb-4255-8caf-4136c566a962' })))).toEqual([
      { path: ['id'], message: 'Expected a UUIDv7 id' },
    ]);
  });

  it('rejects a timestamp without milliseconds or not in UTC', () => {
    const message = 'Expected an ISO 8601 UTC timestamp';
    expect(problemsOf(ConcernSchema.safeParse(concern({ createdAt: '2025-03-01T09:30:00Z' })))).toEqual([
      { path: ['createdAt'], message },
    ]);
    expect(problemsOf(ConcernSchema.safeParse(concern({ updatedAt: '2025-03-01T09:30:00.000+01:00' })))).toEqual([
      { path: ['updatedAt'], message },
    ]);
  });

  it('rejects a blank staff name in the audit stamps', () => {
    expect(problemsOf(ConcernSchema.safeParse(concern({ updatedBy: '  ' })))).toEqual([
      { path: ['updatedBy'], message: 'Enter the name of the person at this desk' },
    ]);
  });
});

describe('ConcernFieldsSchema', () => {
  it('rejects an empty or blank summary', () => {
    const expected = [{ path: ['summary'], message: 'Write a short summary of the concern' }];
    expect(problemsOf(ConcernFieldsSchema.safeParse(fields({ summary: '' })))).toEqual(expected);
    expect(problemsOf(ConcernFieldsSchema.safeParse(fields({ summary: ' \n\t ' })))).toEqual(expected);
  });

  it('trims the summary it accepts', () => {
    expect(ConcernFieldsSchema.parse(fields({ summary: '  Bins  ' })).summary).toBe('Bins');
  });

  it('measures the summary limit after trimming', () => {
    const summary = ` ${'a'.repeat(LIMITS.summary)} `;
    expect(problemsOf(ConcernFieldsSchema.safeParse(fields({ summary })))).toEqual([]);
  });

  const a = (n: number): string => 'a'.repeat(n);
  const overLong: { field: string; overrides: Partial<ConcernFields>; path: string[]; message: string }[] = [
    {
      field: 'summary',
      overrides: { summary: a(LIMITS.summary + 1) },
      path: ['summary'],
      message: `Keep the summary under ${LIMITS.summary} characters; put the rest in the details`,
    },
    {
      field: 'details',
      overrides: { details: a(LIMITS.details + 1) },
      path: ['details'],
      message: `The details can be at most ${LIMITS.details} characters`,
    },
    {
      field: 'category',
      overrides: { category: a(LIMITS.category + 1) },
      path: ['category'],
      message: `The category can be at most ${LIMITS.category} characters`,
    },
    {
      field: 'address',
      overrides: { location: { address: a(LIMITS.address + 1), area: '' } },
      path: ['location', 'address'],
      message: `The address can be at most ${LIMITS.address} characters`,
    },
    {
      field: 'area',
      overrides: { location: { address: '', area: a(LIMITS.area + 1) } },
      path: ['location', 'area'],
      message: `The area can be at most ${LIMITS.area} characters`,
    },
    {
      field: 'name',
      overrides: { contact: contact({ name: a(LIMITS.name + 1) }) },
      path: ['contact', 'name'],
      message: `The name can be at most ${LIMITS.name} characters`,
    },
    {
      // Padded with spaces so the digit count stays valid and only the length rule fails.
      field: 'phone',
      overrides: { contact: contact({ phone: '555 014 2368 '.padEnd(LIMITS.phone + 1, '9') }) },
      path: ['contact', 'phone'],
      message: `The phone number can be at most ${LIMITS.phone} characters`,
    },
    {
      field: 'email',
      overrides: { contact: contact({ email: `${a(LIMITS.email)}@example.org` }) },
      path: ['contact', 'email'],
      message: `The email address can be at most ${LIMITS.email} characters`,
    },
  ];

  it.each(overLong)('rejects an over-long $field with the limit in the message', ({ overrides, path, message }) => {
    expect(problemsOf(ConcernFieldsSchema.safeParse(fields(overrides)))).toEqual([{ path, message }]);
  });

  it('accepts every text field exactly at its limit', () => {
    const atLimit = fields({
      summary: 'a'.repeat(LIMITS.summary),
      details: 'a'.repeat(LIMITS.details),
      category: 'a'.repeat(LIMITS.category),
      location: { address: 'a'.repeat(LIMITS.address), area: 'a'.repeat(LIMITS.area) },
      contact: contact({ name: 'a'.repeat(LIMITS.name) }),
    });
    expect(problemsOf(ConcernFieldsSchema.safeParse(atLimit))).toEqual([]);
  });

  it('rejects a tag that is not lower-case or does not start with a letter, pointing at that tag', () => {
    const message = 'A tag starts with a letter and uses only letters, numbers, - and _';
    expect(problemsOf(ConcernFieldsSchema.safeParse(fields({ tags: ['ok', 'Potholes', '4b', 'a b'] })))).toEqual([
      { path: ['tags', 1], message },
      { path: ['tags', 2], message },
      { path: ['tags', 3], message },
    ]);
  });

  it('rejects an empty tag and a tag over the tag limit', () => {
    const problems = problemsOf(ConcernFieldsSchema.safeParse(fields({ tags: ['', 'a'.repeat(LIMITS.tag + 1)] })));
    expect(problems).toContainEqual({ path: ['tags', 0], message: 'A tag cannot be empty' });
    expect(problems).toContainEqual({ path: ['tags', 1], message: `A tag can be at most ${LIMITS.tag} characters` });
  });

  it('rejects a tag that appears twice', () => {
    expect(problemsOf(ConcernFieldsSchema.safeParse(fields({ tags: ['bins', 'roads', 'bins'] })))).toEqual([
      { path: ['tags'], message: 'Each tag can appear only once' },
    ]);
  });

  it('rejects more tags than a concern can hold', () => {
    const tags = Array.from({ length: LIMITS.tags + 1 }, (_, i) => `t${i}`);
    expect(problemsOf(ConcernFieldsSchema.safeParse(fields({ tags })))).toEqual([
      { path: ['tags'], message: `A concern can have at most ${LIMITS.tags} tags` },
    ]);
  });

  it('rejects a needed follow-up without a due date', () => {
    expect(problemsOf(ConcernFieldsSchema.safeParse(fields({ followUp: { needed: true, due: '' } })))).toEqual([
      { path: ['followUp', 'due'], message: 'Give the date the follow-up is due' },
    ]);
  });

  it('accepts no follow-up with or without a date', () => {
    expect(problemsOf(ConcernFieldsSchema.safeParse(fields({ followUp: { needed: false, due: '' } })))).toEqual([]);
    const dated = fields({ followUp: { needed: false, due: '2025-03-14' } });
    expect(problemsOf(ConcernFieldsSchema.safeParse(dated))).toEqual([]);
  });

  it('rejects a due date that is not a real YYYY-MM-DD date', () => {
    for (const due of ['tomorrow', '14/03/2025', '2025-02-30', '2025-3-4']) {
      expect(problemsOf(ConcernFieldsSchema.safeParse(fields({ followUp: { needed: true, due } })))).toEqual([
        { path: ['followUp', 'due'], message: 'Enter a date as YYYY-MM-DD' },
      ]);
    }
  });

  it('rejects an unknown channel, priority or status', () => {
    const bad = { ...fields(), channel: 'fax', priority: 'urgent', status: 'done' };
    expect(problemsOf(ConcernFieldsSchema.safeParse(bad)).map((p) => p.path)).toEqual([
      ['channel'],
      ['priority'],
      ['status'],
    ]);
  });
});

describe('ContactSchema', () => {
  it('accepts empty contact details as "not given"', () => {
    expect(problemsOf(ContactSchema.safeParse(emptyConcernFields().contact))).toEqual([]);
  });

  it('rejects an invalid email address', () => {
    expect(problemsOf(ContactSchema.safeParse(contact({ email: 'ana at example' })))).toEqual([
      { path: ['email'], message: 'Enter an email address like name@example.org' },
    ]);
  });

  it('rejects an invalid phone number', () => {
    expect(problemsOf(ContactSchema.safeParse(contact({ phone: '555-CALL-NOW' })))).toEqual([
      { path: ['phone'], message: 'Enter a phone number with 7 to 15 digits, like 555 014 2368' },
    ]);
  });

  it('reports contact problems on the nested path of a concern', () => {
    expect(problemsOf(ConcernFieldsSchema.safeParse(fields({ contact: contact({ email: 'nope' }) })))).toEqual([
      { path: ['contact', 'email'], message: 'Enter an email address like name@example.org' },
    ]);
  });

  it('rejects a name, phone or email on an anonymous concern, each on its own field', () => {
    const anonymous = contact({ anonymous: true, preferredReply: 'none' });
    expect(problemsOf(ConcernFieldsSchema.safeParse(fields({ contact: anonymous })))).toEqual([
      { path: ['contact', 'name'], message: 'An anonymous concern keeps no name: clear it or untick "Anonymous"' },
      {
        path: ['contact', 'phone'],
        message: 'An anonymous concern keeps no phone number: clear it or untick "Anonymous"',
      },
      { path: ['contact', 'email'], message: 'An anonymous concern keeps no email: clear it or untick "Anonymous"' },
    ]);
  });

  it('accepts an anonymous concern with no contact details', () => {
    const anonymous = { ...emptyConcernFields().contact, anonymous: true };
    expect(problemsOf(ContactSchema.safeParse(anonymous))).toEqual([]);
  });

  it('asks for another reply method, not for an email, when an anonymous citizen wants a reply by email', () => {
    const anonymous = { ...emptyConcernFields().contact, anonymous: true, preferredReply: 'email' as const };
    expect(problemsOf(ContactSchema.safeParse(anonymous))).toEqual([
      {
        path: ['preferredReply'],
        message: 'An anonymous concern cannot be answered by email: choose another way or untick "Anonymous"',
      },
    ]);
  });

  it('rejects a reply by email without an email address', () => {
    expect(problemsOf(ConcernFieldsSchema.safeParse(fields({ contact: contact({ email: '' }) })))).toEqual([
      { path: ['contact', 'email'], message: 'Add an email address to reply by email' },
    ]);
  });

  it('rejects a reply by phone without a phone number', () => {
    const value = contact({ phone: ' ', preferredReply: 'phone' });
    expect(problemsOf(ContactSchema.safeParse(value))).toContainEqual({
      path: ['phone'],
      message: 'Add a phone number to reply by phone',
    });
  });
});

describe('TagSchema', () => {
  it('accepts lower-case tags in any script, with digits, - and _', () => {
    const tags = ['potholes', 'elm-st', 'bus_12', 'éclairage', '東京', 'שלום', 'सड़क'.normalize('NFC')];
    for (const tag of tags) expect(TagSchema.safeParse(tag).success).toBe(true);
  });

  it('rejects tags that lower-casing would change, so stored tags match typed ones', () => {
    for (const tag of ['Potholes', 'aⅫ', 'ÉCLAIRAGE']) expect(TagSchema.safeParse(tag).success).toBe(false);
  });
});

describe('isPhoneNumber', () => {
  it.each([
    '555 014 2368',
    '(555) 014-2368',
    '555.014.2368',
    '555/014 2368',
    '5550142',
    '+44 20 7946 0958',
    '+1 (555) 014-2368',
    '555 014 2368 ext. 12',
    '555 014 2368 ext 12',
    '555 014 2368 x12',
    '555 014 2368 X 123456',
  ])('accepts %s', (text) => {
    expect(isPhoneNumber(text)).toBe(true);
  });

  it.each([
    ['letters', '555-CALL-NOW'],
    ['too few digits', '555 014'],
    ['too many digits', '+44 1234 5678 9012 34'],
    ['an extension of seven digits', '555 014 2368 x1234567'],
    ['a + inside the number', '555+014 2368'],
    ['two leading +', '++44 20 7946 0958'],
    ['an empty string', ''],
    ['separators only', '(--) ..'],
  ])('rejects %s', (_label, text) => {
    expect(isPhoneNumber(text)).toBe(false);
  });

  it('counts only the digits before the extension towards the 7 to 15', () => {
    expect(isPhoneNumber('123 456 789 012 345 x99')).toBe(true);
    expect(isPhoneNumber('12345 x99')).toBe(false);
  });
});

describe('forgiving input', () => {
  it('accepts a pasted email or phone with stray spaces and stores it trimmed', () => {
    const contact = ContactSchema.parse({
      name: ' Ana Ruiz ',
      phone: ' 555 014 2368 ',
      email: 'ana@example.org ',
      preferredReply: 'email',
      consentToContact: true,
      anonymous: false,
    });
    expect(contact).toMatchObject({ name: 'Ana Ruiz', phone: '555 014 2368', email: 'ana@example.org' });
  });
});
