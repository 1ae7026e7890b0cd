/** Moving agenda items: the position puts the item exactly where it was moved, and figures open their concerns. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { figureConcernIds, positionForMove } from '../../../../../renderer/src/features/meeting/agenda/agenda-order';
import { matchTheme } from '@shared/patterns/match';
import { leakyAnalysis } from '../export/personal-fixtures';

const order = (items: { id: string; position: number }[]) => [...items].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1)).map((i) => i.id);

describe('positionForMove', () => {
  it('moves an item up, down, to the top and to the bottom', () => {
    const items = [10, 20, 30, 40].map((position, i) => ({ id: `i${i}`, position }));
    const moved = (from: number, to: number) => order(items.map((item, i) => (i === from ? { ...item, position: positionForMove(items, from, to) as number } : item)));
    expect(moved(2, 1)).toEqual(['i0', 'i2', 'i1', 'i3']);
    expect(moved(1, 2)).toEqual(['i0', 'i2', 'i1', 'i3']);
    expect(moved(3, 0)).toEqual(['i3', 'i0', 'i1', 'i2']);
    expect(moved(0, 3)).toEqual(['i1', 'i2', 'i3', 'i0']);
  });

  it('changes nothing for a move to the same place or outside the list', () => {
    const items = [{ position: 1 }, { position: 2 }];
    expect(positionForMove(items, 1, 1)).toBeUndefined();
    expect(positionForMove(items, 0, 2)).toBeUndefined();
    expect(positionForMove(items, -1, 0)).toBeUndefined();
  });

  it('puts the item at the index it was moved to, for any agenda and any move', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 12 }), fc.nat(), fc.nat(), (positions, a, b) => {
        const items = positions.sort((x, y) => x - y).map((position, i) => ({ id: `i${String(i).padStart(2, '0')}`, position }));
        const from = a % items.length;
        const to = b % items.length;
        const position = positionForMove(items, from, to);
        if (from === to) return position === undefined;
        const next = order(items.map((item, i) => (i === from ? { ...item, position: position as number } : item)));
        return next.indexOf(items[from]?.id as string) === to;
      }),
    );
  });
});

describe('figureConcernIds and matchTheme', () => {
  it('opens the concerns behind a figure, each once', () => {
    const analysis = leakyAnalysis();
    expect(figureConcernIds(analysis, 'places')).toEqual(['c1']);
    expect(figureConcernIds(analysis, 'response-times')).toEqual([]);
    expect(figureConcernIds(analysis, 'last-month')).toEqual(['c7']);
  });

  it('finds the theme a signature names, and none when nothing is alike enough', () => {
    const { themes } = leakyAnalysis();
    expect(matchTheme({ terms: [{ term: 'streetlight', weight: 0.9 }, { term: 'dark', weight: 0.3 }] }, themes)?.id).toBe('t-lights');
    expect(matchTheme({ terms: [{ term: 'graffiti', weight: 1 }] }, themes)).toBeNull();
  });
});
