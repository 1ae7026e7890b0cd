/** The meeting view's numbers in words. */
import { describe, expect, it } from 'vitest';
import {
  earlierAverage,
  formatCount,
  formatMinutes,
  formatShare,
  progressWords,
  versusAverage,
} from '../../../../renderer/src/features/meeting/format-figures';

describe('meeting figures in words', () => {
  it('writes counts, shares and durations as people say them', () => {
    expect(formatCount(12034)).toBe('12,034');
    expect(formatShare(0.1449)).toBe('14%');
    expect(formatShare(0.001)).toBe('<1%');
    expect(formatShare(0)).toBe('0%');
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(200)).toBe('3 h 20 min');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMinutes(60 * 24 + 59)).toBe('1 day');
    expect(formatMinutes(60 * 52)).toBe('2 days 4 h');
  });

  it('compares a month with the average of the earlier months that had concerns', () => {
    const totals = [
      { month: '2026-08', count: 0, concernIds: [] },
      { month: '2026-09', count: 80, concernIds: [] },
      { month: '2026-10', count: 120, concernIds: [] },
      { month: '2026-11', count: 150, concernIds: [] },
    ];
    expect(earlierAverage(totals, '2026-11')).toBe(100);
    expect(earlierAverage(totals.slice(0, 1), '2026-11')).toBeNull();
    expect(versusAverage(150, 100)).toBe('50% more than the monthly average of 100');
    expect(versusAverage(70, 100)).toBe('30% fewer than the monthly average of 100');
    expect(versusAverage(103, 100)).toBe('About the monthly average of 100');
    expect(versusAverage(10, null)).toBe('No earlier months to compare with');
  });

  it('says what the worker is doing and how far, always moving forward through the stages', () => {
    expect(progressWords(undefined, 0)).toEqual({ words: 'Starting…', fraction: 0 });
    // Posted before the database opens: the wait behind a sync write is named, not left as "Starting…".
    expect(progressWords({ stage: 'reading', done: 0, total: 12, concerns: 0 }, 0).words).toMatch(/^Opening this desk’s concerns/);
    const reading = progressWords({ stage: 'reading', done: 6, total: 12, concerns: 12000 }, 12000);
    expect(reading.words).toBe('Reading concerns: 12,000 so far…');
    const themes = progressWords({ stage: 'themes', done: 1, total: 2 }, 12000);
    expect(themes.words).toBe('Reading 12,000 concerns… finding themes…');
    const figures = progressWords({ stage: 'figures', done: 2, total: 2 }, 12000);
    expect(reading.fraction).toBeLessThan(themes.fraction);
    expect(themes.fraction).toBeLessThan(figures.fraction);
    expect(figures.fraction).toBe(1);
  });
});
