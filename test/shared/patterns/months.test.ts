import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unixMsToIso } from '@shared/domain/local-time';
import {
  isMonth,
  lastCompleteMonth,
  monthEndIso,
  monthFromParts,
  monthIndexer,
  monthName,
  monthOf,
  monthsBetween,
  monthsEnding,
  monthStartIso,
  nextMonth,
  previousMonth,
} from '@shared/patterns/months';

describe('monthOf', () => {
  it('places an instant in the month the office calendar shows, not the UTC one', () => {
    // 22:30 UTC on 31 March 2026 is already 00:30 on 1 April in Berlin (summer time, UTC+2).
    expect(monthOf('2026-03-31T22:30:00.000Z', 'Europe/Berlin')).toBe('2026-04');
    expect(monthOf('2026-03-31T21:59:59.999Z', 'Europe/Berlin')).toBe('2026-03');
    expect(monthOf('2026-03-31T22:30:00.000Z', 'UTC')).toBe('2026-03');
  });

  it('places an instant west of UTC in the earlier month', () => {
    // 03:00 UTC on 1 November is 23:00 on 31 October in New York (EDT, UTC-4).
    expect(monthOf('2025-11-01T03:00:00.000Z', 'America/New_York')).toBe('2025-10');
    expect(monthOf('2025-11-01T04:00:00.000Z', 'America/New_York')).toBe('2025-11');
  });

  it('uses the offset in force at each end of a month whose clocks change inside it', () => {
    // Berlin: March starts in winter time (UTC+1) and ends in summer time (UTC+2).
    expect(monthStartIso('2026-03', 'Europe/Berlin')).toBe('2026-02-28T23:00:00.000Z');
    expect(monthEndIso('2026-03', 'Europe/Berlin')).toBe('2026-03-31T22:00:00.000Z');
    expect(monthOf('2026-02-28T23:00:00.000Z', 'Europe/Berlin')).toBe('2026-03');
    expect(monthOf('2026-02-28T22:59:59.999Z', 'Europe/Berlin')).toBe('2026-02');
    // October ends back in winter time.
    expect(monthEndIso('2026-10', 'Europe/Berlin')).toBe('2026-10-31T23:00:00.000Z');
  });

  it('crosses the year in a zone ahead of UTC', () => {
    expect(monthOf('2025-12-31T11:00:00.000Z', 'Pacific/Auckland')).toBe('2026-01');
    expect(monthOf('2025-12-31T10:59:59.999Z', 'Pacific/Auckland')).toBe('2025-12');
  });

  it('refuses a malformed timestamp and an unknown zone with a RangeError', () => {
    expect(() => monthOf('yesterday', 'UTC')).toThrow(RangeError);
    expect(() => monthOf('2026-03-01T00:00:00.000Z', 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('month arithmetic', () => {
  it('steps across years both ways', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(nextMonth('2025-12')).toBe('2026-01');
    expect(monthsBetween('2025-11', '2026-02')).toBe(3);
    expect(monthsBetween('2026-02', '2025-11')).toBe(-3);
  });

  it('lists the months ending with the period, oldest first', () => {
    expect(monthsEnding('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(monthsEnding('2026-02', 1)).toEqual(['2026-02']);
    expect(monthsEnding('2026-02', 0)).toEqual([]);
    expect(monthsEnding('2026-12', 12)[0]).toBe('2026-01');
  });

  it('takes the month before now as the last complete one, in the office zone', () => {
    expect(lastCompleteMonth('2026-03-31T22:30:00.000Z', 'Europe/Berlin')).toBe('2026-03');
    expect(lastCompleteMonth('2026-03-31T22:30:00.000Z', 'UTC')).toBe('2026-02');
  });

  it('tells months from other strings and names them', () => {
    expect(isMonth('2026-11')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-1')).toBe(false);
    expect(monthName('2026-03')).toBe('March 2026');
    expect(() => previousMonth('March')).toThrow(RangeError);
  });
});

describe('monthIndexer', () => {
  it('places every instant in the month monthOf gives, or nowhere outside the months, in any zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata', 'America/St_Johns'),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 14 }),
        fc.array(fc.integer({ min: -40 * 86_400_000, max: 460 * 86_400_000 }), { minLength: 1, maxLength: 40 }),
        (zone, startOffset, count, offsets) => {
          const months = monthsEnding(monthFromParts(2024 + Math.floor(startOffset / 12), 1 + (startOffset % 12)), count);
          const index = monthIndexer(months, zone);
          const base = Date.UTC(2023, 11, 1);
          for (const offset of offsets) {
            const iso = unixMsToIso(base + offset);
            expect(index(iso)).toBe(months.indexOf(monthOf(iso, zone)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads other ISO forms as monthOf does and refuses what it refuses', () => {
    const index = monthIndexer(monthsEnding('2026-03', 3), 'Europe/Berlin');
    expect(index('2026-03-31T22:30:00.000Z')).toBe(-1);
    expect(index('2026-03-31T21:30:00.000Z')).toBe(2);
    expect(index('2026-01-01T00:00:00.000Z')).toBe(0);
    expect(() => index('2026-03-31 21:30')).toThrow(RangeError);
    expect(() => index('2026-03-3xT21:30:00.000Z')).toThrow(RangeError);
  });
});
