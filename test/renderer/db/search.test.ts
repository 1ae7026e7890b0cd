import { describe, expect, it } from 'vitest';
import { concernReference } from '@shared/domain/reference';
import { createConcern, searchConcerns } from '../../../renderer/src/db';
import { freshDb } from '../../helpers/fake-db';
import { ctx, fields, testId } from '../../helpers/concerns';

async function seeded() {
  const db = freshDb();
  const base = Date.parse('2026-11-20T10:00:00.000Z');
  const rows = [
    fields({ summary: 'Streetlight out on Elm St', tags: ['streetlights'], contact: { ...fields().contact, name: 'Maria López' } }),
    fields({ summary: 'Pothole near the school', details: 'Deep enough to damage a bicycle wheel', location: { address: '14 Oak Avenue', area: 'Northside' } }),
    fields({ summary: 'Bins not collected', tags: ['waste'], contact: { ...fields().contact, phone: '555 014 2368', email: 'chen@example.org' } }),
  ];
  for (const [i, row] of rows.entries()) {
    const at = new Date(base + i * 60_000);
    await createConcern(db, testId(at.getTime()), row, ctx(at));
  }
  return db;
}

describe('search', () => {
  it('finds a concern by tag, with or without the #', async () => {
    const db = await seeded();
    expect((await searchConcerns(db, '#streetlights')).concerns.map((c) => c.summary)).toEqual(['Streetlight out on Elm St']);
    expect((await searchConcerns(db, 'waste')).total).toBe(1);
  });

  it('finds a concern by the short reference a citizen quotes, in any case', async () => {
    const db = await seeded();
    const [bins] = (await searchConcerns(db, 'bins')).concerns;
    const reference = concernReference(bins?.id ?? '');
    expect((await searchConcerns(db, reference)).concerns.map((c) => c.summary)).toEqual(['Bins not collected']);
    expect((await searchConcerns(db, reference.toLowerCase())).total).toBe(1);
  });

  it('finds a concern by contact name regardless of accents and case', async () => {
    const db = await seeded();
    expect((await searchConcerns(db, 'lopez')).concerns).toHaveLength(1);
    expect((await searchConcerns(db, 'LÓP')).concerns).toHaveLength(1);
  });

  it('finds a concern by a word in its details, its place and its contact', async () => {
    const db = await seeded();
    expect((await searchConcerns(db, 'bicycle')).concerns[0]?.summary).toBe('Pothole near the school');
    expect((await searchConcerns(db, 'oak northside')).total).toBe(1);
    expect((await searchConcerns(db, '555-014-2368')).total).toBe(1);
    expect((await searchConcerns(db, 'chen@example.org')).total).toBe(1);
  });

  it('requires every word to match and lists the newest first', async () => {
    const db = await seeded();
    expect((await searchConcerns(db, 'elm pothole')).total).toBe(0);
    const all = await searchConcerns(db, 'st');
    expect(all.concerns.length).toBeGreaterThan(0);
    const stamps = all.concerns.map((c) => c.createdAt);
    expect([...stamps].sort().reverse()).toEqual(stamps);
  });

  it('returns nothing for an empty or one-letter query', async () => {
    const db = await seeded();
    expect(await searchConcerns(db, '')).toMatchObject({ concerns: [], total: 0 });
    expect(await searchConcerns(db, 'e')).toMatchObject({ concerns: [], total: 0 });
  });
});

describe('search on a full desk', () => {
  // Thresholds lowered so a handful of concerns reach the paths a desk of 100,000 takes.
  const tiny = { common: 2, scanLimit: 3, checkLimit: 2 };

  async function desk(count: number) {
    const db = freshDb();
    const base = Date.parse('2026-11-01T10:00:00.000Z');
    for (let i = 0; i < count; i += 1) {
      const at = new Date(base + i * 60_000);
      const street = i % 2 === 0 ? 'Elm St' : 'Mill Lane';
      await createConcern(db, testId(at.getTime()), fields({ summary: `Report r${i} on ${street}` }), ctx(at));
    }
    return db;
  }

  it('checks a common word on the rows of a rarer one and keeps the total exact when all were checked', async () => {
    const db = await desk(6);
    const result = await searchConcerns(db, 'r3 mill', 50, { ...tiny, checkLimit: 100 });
    expect(result.concerns.map((c) => c.summary)).toEqual(['Report r3 on Mill Lane']);
    expect(result).toMatchObject({ total: 1, isTotalExact: true });
  });

  it('gives an "at least" total when only the newest rows of a common word were scanned', async () => {
    const db = await desk(8);
    const result = await searchConcerns(db, 'report', 2, tiny);
    expect(result.concerns.map((c) => c.summary)).toEqual(['Report r7 on Mill Lane', 'Report r6 on Elm St']);
    expect(result).toMatchObject({ total: 2, isTotalExact: false });
  });

  it('falls back to reading every word when common words rarely meet, and still finds the match', async () => {
    const db = await desk(8);
    await createConcern(db, testId(Date.parse('2026-10-01T09:00:00.000Z')), fields({ summary: 'Report from Elm Mill' }), ctx(new Date('2026-10-01T09:00:00.000Z')));
    const result = await searchConcerns(db, 'elm mill', 50, tiny);
    expect(result.concerns.map((c) => c.summary)).toEqual(['Report from Elm Mill']);
    expect(result).toMatchObject({ total: 1, isTotalExact: true });
  });

  it('answers the same with the app tuning as with the tiny one, for an exact query', async () => {
    const db = await desk(6);
    const app = await searchConcerns(db, 'report elm');
    const small = await searchConcerns(db, 'report elm', 50, { ...tiny, checkLimit: 100 });
    expect(small.concerns.map((c) => c.id)).toEqual(app.concerns.map((c) => c.id));
    expect(app).toMatchObject({ total: 3, isTotalExact: true });
  });
});
