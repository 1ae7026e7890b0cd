import { describe, expect, it } from 'vitest';
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
    expect(await searchConcerns(db, '')).toEqual({ concerns: [], total: 0 });
    expect(await searchConcerns(db, 'e')).toEqual({ concerns: [], total: 0 });
  });
});
