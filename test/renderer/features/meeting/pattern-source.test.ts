/**
 * The pattern engine's input read from a desk (fake-indexeddb): the concerns of a window of months in the
 * office's time zone, merged duplicates left out, mapped with toPatternConcern; the watch that re-runs the
 * analysis when a concern of the window changes; and the drill-down's read by ids.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { emptyConcernFields, type Concern } from '@shared/domain/concern';
import { countConcernsInMonth, readConcernsByIds, readPatternConcerns, watchConcerns } from '../../../../renderer/src/db/pattern-source';
import type { NotebookDb } from '../../../../renderer/src/db';
import { freshDb } from '../../../helpers/fake-db';
import { testId } from '../../../helpers/concerns';

let db: NotebookDb | undefined;
afterEach(() => db?.close());

function concern(createdAt: string, changes: Partial<Concern> = {}): Concern & { terms: string[] } {
  const at = Date.parse(createdAt);
  return {
    ...emptyConcernFields('phone'),
    summary: 'Streetlight out',
    details: 'Dark since Monday, call Ana Ruiz on 555 0100',
    contact: { name: 'Ana Ruiz', email: '', phone: '555 0100', preferredReply: 'phone' },
    id: testId(at),
    createdAt,
    createdBy: 'Desk',
    updatedAt: createdAt,
    updatedBy: 'Desk',
    ...changes,
    terms: [],
  } as Concern & { terms: string[] };
}

describe('pattern source', () => {
  it('reads the window month by month in the office zone, leaves merged duplicates out, and says how far it is', async () => {
    db = freshDb();
    const survivor = concern('2026-11-10T09:00:00.000Z', { raisedCount: 2 });
    await db.concerns.bulkAdd([
      concern('2026-08-31T22:30:00.000Z'), // 00:30 on 1 September in Berlin: inside the window
      concern('2026-08-31T21:30:00.000Z'), // 23:30 on 31 August in Berlin: before it
      concern('2026-10-05T12:00:00.000Z'),
      survivor,
      concern('2026-11-11T09:00:00.000Z', { mergedInto: survivor.id }),
      concern('2026-11-30T23:30:00.000Z'), // 1 December in Berlin: after it
    ]);
    const progress: number[] = [];
    const read = await readPatternConcerns(db, '2026-11', 3, 'Europe/Berlin', (p) => progress.push(p.done));
    expect(read.map((c) => c.createdAt)).toEqual(['2026-08-31T22:30:00.000Z', '2026-10-05T12:00:00.000Z', '2026-11-10T09:00:00.000Z']);
    expect(progress).toEqual([1, 2, 3]);
    const mapped = read[2];
    expect(mapped).toMatchObject({ id: survivor.id, raisedCount: 2, channel: 'phone', text: 'Streetlight out\nDark since Monday, call Ana Ruiz on 555 0100' });
    expect(mapped?.personal).toContain('Ana Ruiz');
    expect(mapped?.contactKey).not.toBe('');
    expect(await countConcernsInMonth(db, '2026-11', 'Europe/Berlin')).toBe(2);
    expect(await countConcernsInMonth(db, '2026-12', 'Europe/Berlin')).toBe(1);
  });

  it('tells when a concern is logged or changed, and not after it stops or for other tables', async () => {
    db = freshDb();
    const inside = concern('2026-11-10T09:00:00.000Z');
    await db.concerns.add(inside);
    let changes = 0;
    const stop = watchConcerns(db, () => (changes += 1));
    const settle = () => new Promise((resolve) => setTimeout(resolve, 60));
    await settle();
    expect(changes).toBe(0);
    await db.concerns.update(inside.id, { status: 'resolved' });
    await settle();
    expect(changes).toBe(1);
    await db.concerns.add(concern('2026-11-12T09:00:00.000Z'));
    await settle();
    expect(changes).toBe(2);
    await db.drafts.put({ id: 'draft', updatedAt: '2026-11-12T09:00:00.000Z' } as never);
    await settle();
    expect(changes).toBe(2);
    stop();
    await db.concerns.add(concern('2026-11-13T09:00:00.000Z'));
    await settle();
    expect(changes).toBe(2);
  });

  it('reads the concerns behind a figure newest first and counts those no longer on the desk', async () => {
    db = freshDb();
    const older = concern('2026-11-01T09:00:00.000Z');
    const newer = concern('2026-11-20T09:00:00.000Z');
    await db.concerns.bulkAdd([older, newer]);
    const gone = testId(Date.parse('2026-11-02T00:00:00.000Z'));
    const { concerns, missing } = await readConcernsByIds(db, [older.id, gone, newer.id]);
    expect(concerns.map((c) => c.id)).toEqual([newer.id, older.id]);
    expect(missing).toBe(1);
  });
});
