import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact } from '@shared/domain/concern';
import { contributorKey, projectThanksId, type ProjectThanks } from '@shared/domain/project';
import { channelOf, contributorsOf, type ContributorConcern } from '@shared/domain/thanks';
import { callScript, draftThanks, type ThanksTemplates } from '@shared/domain/thanks-draft';

const P1 = '0195f1a0-0000-7000-8000-0000000000a1';
const id = (n: number) => `0195f1a0-0000-7000-8000-${String(n).padStart(12, '0')}`;
const at = (n: number) => new Date(Date.UTC(2026, 10, 1) + n * 60_000).toISOString();

const contact = (changes: Partial<Contact>): Contact => ({
  name: '',
  phone: '',
  email: '',
  preferredReply: 'none',
  consentToContact: true,
  anonymous: false,
  ...changes,
});
const concern = (n: number, c: Contact, otherContacts: Contact[] = []): ContributorConcern => ({ id: id(n), contact: c, otherContacts, createdAt: at(n) });
const linkAll = (concerns: readonly ContributorConcern[]) => concerns.map((c) => ({ concernId: c.id, unlinkedAt: null }));
const thanksRow = (c: Contact, concernId: string, changes: Partial<ProjectThanks> = {}): ProjectThanks => {
  const key = contributorKey(c) as string;
  return { id: projectThanksId(P1, key), projectId: P1, contributorKey: key, concernId, method: 'letter', note: '', by: 'Fay Moss', at: at(100), ...changes };
};

const ana = contact({ name: 'Ana Silva', email: 'ana@example.org', preferredReply: 'email' });
const ben = contact({ name: 'Ben Okafor', phone: '555 014 2368', preferredReply: 'phone' });
const cleo = contact({ name: 'Cleo Park', email: 'cleo@example.org', consentToContact: false });
const anon = contact({ anonymous: true, consentToContact: false, preferredReply: 'letter' });

describe('contributorsOf', () => {
  it('lists each consenting person once, counts those who did not agree and the anonymous, and never lists them', () => {
    const concerns = [concern(1, ana), concern(2, { ...ana, email: ' ANA@example.org ' }), concern(3, ben), concern(4, cleo), concern(5, anon)];
    const list = contributorsOf(linkAll(concerns), concerns, []);
    expect(list.toThank.map((c) => [c.name, c.channel, c.concernIds])).toEqual([
      ['Ana Silva', 'email', [id(1), id(2)]],
      ['Ben Okafor', 'call', [id(3)]],
    ]);
    expect(list.withoutConsent).toBe(1);
    expect(list.anonymous).toBe(1);
    expect(list.thanked).toEqual([]);
  });

  it('finds the people of merged duplicates among the concern’s other contacts', () => {
    const concerns = [concern(1, ana, [ben, anon])];
    const list = contributorsOf(linkAll(concerns), concerns, []);
    expect(list.toThank.map((c) => [c.name, c.concernIds])).toEqual([
      ['Ana Silva', [id(1)]],
      ['Ben Okafor', [id(1)]],
    ]);
    expect(list.anonymous).toBe(1);
  });

  it('leaves out unlinked concerns and concerns it does not have', () => {
    const concerns = [concern(1, ana), concern(2, ben)];
    const links = [
      { concernId: id(1), unlinkedAt: at(9) },
      { concernId: id(2), unlinkedAt: null },
      { concernId: id(3), unlinkedAt: null },
    ];
    expect(contributorsOf(links, concerns, []).all.map((c) => c.name)).toEqual(['Ben Okafor']);
  });

  it('shows thanked people as thanked, with how, and not among those to thank', () => {
    const concerns = [concern(1, ana), concern(2, ben)];
    const list = contributorsOf(linkAll(concerns), concerns, [thanksRow(ben, id(2), { method: 'phone', note: 'left a message' })]);
    expect(list.toThank.map((c) => c.name)).toEqual(['Ana Silva']);
    expect(list.thanked.map((c) => [c.name, c.thanked?.method, c.thanked?.by])).toEqual([['Ben Okafor', 'phone', 'Fay Moss']]);
  });

  it('does not contact someone when any of their contacts says not to, whatever the order', () => {
    const no = { ...ana, consentToContact: false };
    for (const concerns of [[concern(1, ana), concern(2, no)], [concern(1, no), concern(2, ana)], [concern(1, ana, [no])]]) {
      const list = contributorsOf(linkAll(concerns), concerns, []);
      expect(list.toThank).toEqual([]);
      expect(list.withoutConsent).toBe(1);
    }
  });

  it('takes the latest name, email, phone and stated preference of a person', () => {
    const first = contact({ name: 'B. Okafor', phone: '555 014 2368', email: 'ben@example.org', preferredReply: 'letter' });
    const later = contact({ name: 'Ben Okafor', phone: '(555) 014-2368', email: 'Ben@example.org', preferredReply: 'none' });
    const concerns = [concern(1, first), concern(2, later)];
    const [person] = contributorsOf(linkAll(concerns), concerns, []).toThank;
    expect(person).toMatchObject({ name: 'Ben Okafor', phone: '(555) 014-2368', channel: 'letter' });
  });
});

describe('channelOf', () => {
  it.each([
    ['email', 'a@example.org', '', 'email'],
    ['email', '', '555 014 2368', 'call'],
    ['letter', 'a@example.org', '555 014 2368', 'letter'],
    ['phone', 'a@example.org', '555 014 2368', 'call'],
    ['in-person', 'a@example.org', '555 014 2368', 'call'],
    ['in-person', 'a@example.org', '', 'email'],
    ['in-person', '', '', 'call'],
    ['none', 'a@example.org', '555 014 2368', 'email'],
    ['none', '', '555 014 2368', 'call'],
    ['none', '', '', 'letter'],
  ] as const)('%s with email "%s" and phone "%s" is thanked by %s', (preferred, email, phone, channel) => {
    expect(channelOf(preferred, email, phone)).toBe(channel);
  });
});

// People are drawn from a small pool so that the same person often raises several concerns, under an email
// written differently, as a merged duplicate, or consenting in one and not in another.
const POOL = ['ana@example.org', 'ben@example.org', 'cleo@example.org', 'dan@example.org'];
const arbContact: fc.Arbitrary<Contact> = fc.oneof(
  fc.record({ who: fc.integer({ min: 0, max: POOL.length - 1 }), upper: fc.boolean(), consent: fc.boolean(), reply: fc.constantFrom('none', 'email', 'letter', 'in-person' as const) }).map(({ who, upper, consent, reply }) =>
    contact({ name: `Person ${who}`, email: upper ? ` ${(POOL[who] as string).toUpperCase()}` : (POOL[who] as string), consentToContact: consent, preferredReply: reply }),
  ),
  fc.record({ consent: fc.boolean() }).map(({ consent }) => contact({ anonymous: true, consentToContact: consent })),
);
const arbConcerns = fc.array(fc.record({ own: arbContact, others: fc.array(arbContact, { maxLength: 2 }), linked: fc.boolean() }), { maxLength: 12 });

describe('contributorsOf, any concerns', () => {
  it('lists each consenting, unthanked person exactly once and never one who did not agree or is anonymous', () => {
    fc.assert(
      fc.property(arbConcerns, fc.array(fc.integer({ min: 0, max: POOL.length - 1 }), { maxLength: 3 }), (drawn, thankedPeople) => {
        const concerns = drawn.map((d, i) => concern(i, d.own, d.others));
        const links = drawn.map((d, i) => ({ concernId: id(i), unlinkedAt: d.linked ? null : at(50) }));
        const linkedContacts = drawn.filter((d) => d.linked).flatMap((d) => [d.own, ...d.others]);
        const thanks = [...new Set(thankedPeople)].map((who) => thanksRow(contact({ email: POOL[who] as string }), id(0)));
        const thankedKeys = new Set(thanks.map((r) => r.contributorKey));
        const list = contributorsOf(links, concerns, thanks);

        const keysOf = (pred: (c: Contact) => boolean) => new Set(linkedContacts.filter(pred).map((c) => contributorKey(c)).filter((k) => k !== undefined));
        const refused = keysOf((c) => !c.consentToContact);
        const expected = [...keysOf(() => true)].filter((k) => !refused.has(k) && !thankedKeys.has(k));
        const listed = list.toThank.map((c) => c.key);
        expect(new Set(listed).size).toBe(listed.length);
        expect(new Set(listed)).toEqual(new Set(expected));
        expect(list.anonymous).toBe(linkedContacts.filter((c) => c.anonymous).length);
        for (const person of list.thanked) expect(thankedKeys.has(person.key)).toBe(true);
        expect(list.toThank.length + list.thanked.length + list.withoutConsent).toBe(list.all.length);
      }),
    );
  });
});

const templates: ThanksTemplates = {
  subject: 'Thank you: {project}',
  greetingNamed: 'Dear {name},',
  greetingNeutral: 'Hello,',
  raisedOne: 'Thank you for the concern you raised with {office}.',
  raisedMany: 'Thank you for the {count} concerns you raised with {office}.',
  project: 'It is part of "{project}", which is {status}.',
  summary: 'You said, we did: {summary}',
  closing: 'With thanks,\n{signature}',
  script: 'Hello {name}, this is {office} about "{project}", which is {status}.',
  statusInProgress: 'under way',
  statusDone: 'done',
  officeFallback: 'the office',
  signatureFallback: 'The office team',
  scriptNoName: 'there',
};

describe('draftThanks', () => {
  const project = { title: 'Fix the lights on Elm Street', publicSummary: 'You told us the lights were out. We replaced 14 lamps.', status: 'in-progress' } as const;

  it('greets by name and says the office, the project, where it stands and its public text', () => {
    const draft = draftThanks({ name: 'Ana Silva', concernIds: [id(1), id(2)] }, project, 'Riverside Town Hall', templates);
    expect(draft).toEqual({
      subject: 'Thank you: Fix the lights on Elm Street',
      body: [
        'Dear Ana Silva,',
        'Thank you for the 2 concerns you raised with Riverside Town Hall. It is part of "Fix the lights on Elm Street", which is under way.',
        'You said, we did: You told us the lights were out. We replaced 14 lamps.',
        'With thanks,\nRiverside Town Hall',
      ].join('\n\n'),
    });
  });

  it('greets someone without a name neutrally, names no office it does not have, and leaves out an empty public text', () => {
    const draft = draftThanks({ name: '', concernIds: [id(1)] }, { ...project, publicSummary: ' ', status: 'done' }, '', templates);
    expect(draft.body).toBe('Hello,\n\nThank you for the concern you raised with the office. It is part of "Fix the lights on Elm Street", which is done.\n\nWith thanks,\nThe office team');
  });

  it('never carries personal data typed into the project’s texts by mistake', () => {
    const leaky = { title: 'Call Maria Lopez back', publicSummary: 'Ask maria@example.org or 555 014 2368 at 12 Oak Lane', status: 'in-progress' } as const;
    const { subject, body } = draftThanks({ name: 'Ana Silva', concernIds: [id(1)] }, leaky, 'Town Hall', templates);
    const script = callScript({ name: 'Ana Silva', concernIds: [id(1)] }, leaky, 'Town Hall', templates);
    for (const text of [subject, body, script]) {
      for (const piece of ['maria@example.org', '555 014 2368', '12 Oak Lane']) expect(text).not.toContain(piece);
    }
  });

  it('drafts a call script by name, or greeting whoever answers', () => {
    expect(callScript({ name: 'Ben Okafor', concernIds: [id(1)] }, project, 'Town Hall', templates)).toBe(
      'Hello Ben Okafor, this is Town Hall about "Fix the lights on Elm Street", which is under way.',
    );
    expect(callScript({ name: '', concernIds: [id(1)] }, project, 'Town Hall', templates)).toMatch(/^Hello there,/);
  });
});
