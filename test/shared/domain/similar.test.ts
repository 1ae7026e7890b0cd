import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyConcernFields, type Concern, type ConcernFields } from '@shared/domain/concern';
import {
  concernWords,
  daysApart,
  inverseDocumentFrequency,
  similarConcerns,
  similarity,
  streetOf,
  wordOverlap,
} from '@shared/domain/similar';
import { uuidv7 } from '@shared/lib/uuidv7';

let sequence = 0;
const DAY = 86_400_000;
const BASE = Date.parse('2026-11-02T09:00:00.000Z');

function idAt(ms: number): string {
  sequence += 1;
  const random = new Uint8Array(10);
  new DataView(random.buffer).setUint32(6, sequence);
  return uuidv7(ms, random);
}

function concern(changes: Partial<ConcernFields> & { daysLater?: number; id?: string; mergedInto?: string } = {}): Concern {
  const { daysLater = 0, id, mergedInto, ...fields } = changes;
  const at = new Date(BASE + daysLater * DAY).toISOString();
  return {
    ...emptyConcernFields('phone'),
    summary: 'Something',
    ...fields,
    id: id ?? idAt(BASE + daysLater * DAY),
    createdAt: at,
    createdBy: 'Ana',
    updatedAt: at,
    updatedBy: 'Ana',
    ...(mergedInto === undefined ? {} : { mergedInto }),
  };
}

const place = (address: string, area = '') => ({ location: { address, area } });

const oak = concern({ summary: 'Fallen oak blocking Elm St', details: 'A big oak branch came down in the storm', ...place('12 Elm St', 'Northside') });
const sameOak = concern({ summary: 'Oak tree fell across Elm Street', details: 'Branch of the oak is across the road after the storm', ...place('14 Elm Street', 'Northside'), daysLater: 3 });
const unrelated = [
  concern({ summary: 'Missed bin collection', details: 'Recycling not picked up this week', ...place('3 Mill Lane', 'Southend'), daysLater: 1 }),
  concern({ summary: 'Noise from late bar', details: 'Music until 3am on weekends', ...place('88 High Road', 'Centre'), daysLater: 2 }),
  concern({ summary: 'Pothole on Station Road', details: 'Deep pothole near the bus stop', ...place('Station Road', 'Centre'), daysLater: 2 }),
  concern({ summary: 'Streetlight out', details: 'Lamp dark since Monday', ...place('40 Park Avenue', 'Westfield'), daysLater: 5 }),
];

describe('the words compared', () => {
  it('folds accents and case, and leaves stop words and very short words out', () => {
    expect(concernWords({ summary: 'The CAFÉ on the corner is too loud', details: 'an ox at 9' })).toEqual(['cafe', 'corner', 'loud', '9']);
  });

  it('reads a street without its house number and with its abbreviations spelt out', () => {
    expect(streetOf('12 Elm St')).toBe('elm street');
    expect(streetOf('14 Elm Street')).toBe('elm street');
    expect(streetOf('Flat 3, 7b Park Ave')).toBe('flat park avenue');
    expect(streetOf('  ')).toBe('');
  });

  it('weighs a word found in fewer documents more', () => {
    const idf = inverseDocumentFrequency([['oak', 'storm'], ['storm'], ['storm', 'bin']]);
    expect(idf.get('oak')).toBeGreaterThan(idf.get('storm') ?? Infinity);
  });

  it('counts whole days apart either way round', () => {
    expect(daysApart('2026-11-02T09:00:00.000Z', '2026-11-05T08:59:59.999Z')).toBe(2);
    expect(daysApart('2026-11-05T09:00:00.000Z', '2026-11-02T09:00:00.000Z')).toBe(3);
  });
});

describe('similarConcerns', () => {
  it('ranks a real duplicate above unrelated concerns, with the reasons a reviewer reads', () => {
    const [first, ...rest] = similarConcerns(oak, [...unrelated, sameOak]);
    expect(first?.concern.id).toBe(sameOak.id);
    expect(rest).toEqual([]);
    expect(first?.reasons.map((r) => r.kind)).toEqual(['street', 'days', 'words', 'channel']);
    expect(first?.reasons).toContainEqual({ kind: 'days', days: 3 });
    const words = first?.reasons.find((r) => r.kind === 'words');
    expect(words).toMatchObject({ kind: 'words', words: expect.arrayContaining(['oak']) });
  });

  it('leaves out the concern itself, resolved and closed concerns, and concerns merged into another', () => {
    const candidates = [
      oak,
      { ...sameOak, status: 'resolved' as const },
      { ...sameOak, id: idAt(BASE), status: 'closed' as const },
      { ...sameOak, id: idAt(BASE), mergedInto: oak.id },
    ];
    expect(similarConcerns(oak, candidates)).toEqual([]);
  });

  it('never suggests on closeness, channel and category alone', () => {
    const sameDay = concern({ summary: 'Parking permit question', category: 'Roads' });
    const other = concern({ summary: 'Hedge overgrown on path', category: 'Roads' });
    expect(similarConcerns(sameDay, [other])).toEqual([]);
  });

  it('keeps at most the limit, best first, ties broken by id', () => {
    const copies = Array.from({ length: 8 }, () => ({ ...sameOak, id: idAt(BASE + 3 * DAY) }));
    const found = similarConcerns(oak, copies, { limit: 3 });
    expect(found).toHaveLength(3);
    expect(found.map((s) => s.concern.id)).toEqual(copies.map((c) => c.id).sort().slice(0, 3));
  });

  it('names shared tags and the same category', () => {
    const a = concern({ summary: 'Graffiti on the underpass wall', tags: ['graffiti', 'underpass'], category: 'Cleaning' });
    const b = concern({ summary: 'Spray paint graffiti underpass', tags: ['underpass', 'graffiti'], category: 'cleaning', daysLater: 1 });
    const [found] = similarConcerns(a, [b]);
    expect(found?.reasons).toContainEqual({ kind: 'tags', tags: ['graffiti', 'underpass'] });
    expect(found?.reasons).toContainEqual({ kind: 'category' });
  });
});

// Summaries and details drawn from a small vocabulary, so random concerns share words now and then.
const VOCABULARY = ['oak', 'storm', 'bin', 'lamp', 'pothole', 'noise', 'road', 'park', 'bench', 'flood', 'drain', 'graffiti'];
const arbitraryConcern = fc
  .record({
    words: fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 6 }),
    street: fc.constantFrom('', 'Elm St', 'Mill Lane', 'High Road'),
    area: fc.constantFrom('', 'Northside', 'Centre'),
    category: fc.constantFrom('', 'Trees', 'Roads'),
    tags: fc.uniqueArray(fc.constantFrom('trees', 'roads', 'night'), { maxLength: 3 }),
    channel: fc.constantFrom('phone' as const, 'email' as const),
    status: fc.constantFrom('new' as const, 'acknowledged' as const, 'in-progress' as const, 'resolved' as const, 'closed' as const),
    daysLater: fc.integer({ min: 0, max: 60 }),
  })
  .map((r) =>
    concern({ summary: r.words.join(' '), ...place(r.street, r.area), category: r.category, tags: r.tags, channel: r.channel, status: r.status, daysLater: r.daysLater }),
  );

describe('similarConcerns, for any concerns', () => {
  it('scores a pair the same either way round, with the same reasons', () => {
    fc.assert(
      fc.property(arbitraryConcern, arbitraryConcern, fc.array(arbitraryConcern, { maxLength: 5 }), (a, b, others) => {
        const idf = inverseDocumentFrequency([a, b, ...others].map(concernWords));
        const ab = similarity(a, b, idf);
        const ba = similarity(b, a, idf);
        expect(ab.score).toBeCloseTo(ba.score, 10);
        expect(ab.reasons.map((r) => (r.kind === 'words' ? { ...r, share: Math.round(r.share * 1e9) } : r))).toEqual(
          ba.reasons.map((r) => (r.kind === 'words' ? { ...r, share: Math.round(r.share * 1e9) } : r)),
        );
      }),
    );
  });

  it('gives the same answer whatever order the candidates come in, within the limit, open ones only, never itself', () => {
    fc.assert(
      fc.property(arbitraryConcern, fc.array(arbitraryConcern, { maxLength: 12 }), fc.integer({ min: 0, max: 6 }), (subject, candidates, limit) => {
        const found = similarConcerns(subject, [...candidates, subject], { limit });
        const again = similarConcerns(subject, [...candidates].reverse(), { limit });
        expect(found.map((s) => s.concern.id)).toEqual(again.map((s) => s.concern.id));
        expect(found.length).toBeLessThanOrEqual(limit);
        for (const s of found) {
          expect(s.concern.id).not.toBe(subject.id);
          expect(['resolved', 'closed']).not.toContain(s.concern.status);
          expect(s.score).toBeGreaterThanOrEqual(0.25);
        }
        for (let i = 1; i < found.length; i += 1) expect(found[i - 1]!.score).toBeGreaterThanOrEqual(found[i]!.score);
      }),
    );
  });

  it('finds a word overlap between 0 and 1, and 1 for the same words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCABULARY)), fc.array(fc.constantFrom(...VOCABULARY)), (a, b) => {
        const idf = inverseDocumentFrequency([a, b]);
        const { share } = wordOverlap(a, b, idf);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
        if (a.length > 0) expect(wordOverlap(a, a, idf).share).toBeCloseTo(1, 10);
      }),
    );
  });
});
