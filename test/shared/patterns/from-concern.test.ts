import { describe, expect, it } from 'vitest';
import { ConcernSchema, emptyConcernFields, type Concern, type Contact } from '@shared/domain/concern';
import { contactKeyOf, normalizePhone, toPatternConcern } from '@shared/patterns/from-concern';
import { testId } from '../../helpers/concerns';

const at = '2026-03-04T09:30:00.000Z';

function contact(changes: Partial<Contact>): Contact {
  return { ...emptyConcernFields().contact, ...changes };
}

function concern(changes: Partial<Concern> = {}): Concern {
  return ConcernSchema.parse({
    ...emptyConcernFields('email'),
    id: testId(Date.parse(at)),
    createdAt: at,
    createdBy: 'Ana',
    updatedAt: at,
    updatedBy: 'Ana',
    summary: 'Street light out',
    ...changes,
  });
}

describe('toPatternConcern', () => {
  it("reads the concern's words, facets and clock", () => {
    const c = concern({
      details: '  Dark for a week.  ',
      category: 'Streets',
      location: { address: '12 Oak Lane', area: 'Northside' },
      tags: ['lights'],
      priority: 'high',
      status: 'acknowledged',
      firstResponseAt: '2026-03-04T10:00:00.000Z',
      raisedCount: 3,
    });
    expect(toPatternConcern(c)).toMatchObject({
      id: c.id,
      createdAt: at,
      text: 'Street light out\nDark for a week.',
      category: 'Streets',
      channel: 'email',
      area: 'Northside',
      address: '12 Oak Lane',
      tags: ['lights'],
      priority: 'high',
      status: 'acknowledged',
      firstResponseAt: '2026-03-04T10:00:00.000Z',
      raisedCount: 3,
    });
  });

  it('takes the defaults of a concern stored before the review queue', () => {
    const p = toPatternConcern(concern());
    expect(p.text).toBe('Street light out');
    expect(p.firstResponseAt).toBeNull();
    expect(p.raisedCount).toBe(1);
    expect(p.contactKey).toBe('');
    expect(p.personal).toEqual([]);
  });

  it("lists every contact's name, email and phone and the address as personal data, each once", () => {
    const c = concern({
      contact: contact({ name: 'Maria Lopez', email: 'maria@example.org', phone: '555 014 2368' }),
      otherContacts: [contact({ name: 'Tom Baker', phone: '555 014 9999' }), contact({ name: 'Maria Lopez' })],
      location: { address: '12 Oak Lane', area: 'Northside' },
    });
    expect(toPatternConcern(c).personal).toEqual(['Maria Lopez', 'maria@example.org', '555 014 2368', 'Tom Baker', '555 014 9999', '12 Oak Lane']);
  });
});

describe('contactKeyOf', () => {
  it('keys a citizen by email first, in any case', () => {
    expect(contactKeyOf(contact({ name: 'Maria', email: ' Maria@Example.ORG', phone: '555 014 2368' }))).toBe('email:maria@example.org');
  });

  it('keys by the phone digits when there is no email, so groupings and a country code agree', () => {
    const a = contactKeyOf(contact({ phone: '(555) 014-2368' }));
    expect(a).toBe('phone:5550142368');
    expect(contactKeyOf(contact({ phone: '+1 555 014 2368' }))).toBe(a);
    expect(normalizePhone('555 014 2368 ext. 12')).toBe('5550142368');
  });

  it('keys by the name, accents and spacing aside, when that is all there is', () => {
    expect(contactKeyOf(contact({ name: '  José   López ' }))).toBe('name:jose lopez');
    expect(contactKeyOf(contact({ name: 'jose lopez' }))).toBe('name:jose lopez');
  });

  it('gives no key to an anonymous or empty contact', () => {
    expect(contactKeyOf(contact({ anonymous: true }))).toBe('');
    expect(contactKeyOf(contact({}))).toBe('');
  });
});
