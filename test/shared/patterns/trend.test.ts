import { describe, expect, it } from 'vitest';
import { logGamma, poissonLowerTail, poissonUpperTail } from '@shared/patterns/poisson';
import { isPresent, trendOf } from '@shared/patterns/trend';

describe('Poisson tails', () => {
  it('match known values', () => {
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 10);
    expect(poissonUpperTail(5, 1)).toBeCloseTo(0.00365984, 7);
    expect(poissonLowerTail(2, 10)).toBeCloseTo(61 * Math.exp(-10), 9);
    expect(poissonUpperTail(0, 3)).toBe(1);
    expect(poissonUpperTail(15, 10)).toBeCloseTo(0.0834585, 6);
    expect(poissonLowerTail(10, 10)).toBeCloseTo(0.5830398, 6);
  });
  it('stay finite and ordered for counts in the thousands', () => {
    const p = poissonUpperTail(5600, 5000);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-15);
    expect(poissonLowerTail(4400, 5000)).toBeLessThan(1e-15);
    expect(poissonUpperTail(5000, 5000)).toBeCloseTo(0.5, 1);
  });
});

const flat = (n: number, value: number): number[] => new Array<number>(n).fill(value);

describe('trendOf', () => {
  it('calls a theme growing when the period is far above what earlier months predict', () => {
    const t = trendOf([...flat(11, 10), 42], flat(12, 1000));
    expect(t.emerging).toBe('growing');
    expect(t.expected).toBeCloseTo(10, 6);
    expect(t.pValue).toBeLessThan(0.01);
    expect(t.isRecurring).toBe(true);
    expect(t.explanation).toMatch(/^42 this month against about 10 expected from the earlier months; that many by chance is less likely than 1 in/);
  });
  it('calls a theme new when it was absent from every earlier month', () => {
    const t = trendOf([0, 0, 1, 0, 0, 8], flat(6, 300));
    expect(t.emerging).toBe('new');
    expect(t.monthsPresent).toBe(1);
    expect(t.isRecurring).toBe(false);
  });
  it('calls a theme fading when the period is far below what earlier months predict', () => {
    const t = trendOf([...flat(5, 40), 8], flat(6, 1000));
    expect(t.isFading).toBe(true);
    expect(t.emerging).toBeNull();
    expect(t.explanation).toContain('that few by chance');
  });
  it('calls nothing on noise, on tiny counts or without 3 months of history', () => {
    expect(trendOf([10, 12, 9, 11, 10, 13], flat(6, 1000)).emerging).toBeNull();
    expect(trendOf([1, 0, 1, 0, 1, 4], flat(6, 100)).emerging).toBeNull();
    const short = trendOf([0, 0, 0, 0, 10, 40], [0, 0, 0, 0, 500, 500]);
    expect(short.emerging).toBeNull();
    expect(short.isFading).toBe(false);
    expect(short.explanation).toContain('too few earlier months');
  });
  it('counts presence against each month\'s total', () => {
    expect(isPresent(1, 10)).toBe(false);
    expect(isPresent(2, 10)).toBe(true);
    expect(isPresent(4, 1000)).toBe(false);
    expect(isPresent(5, 1000)).toBe(true);
    expect(trendOf([5, 5, 0, 0, 5, 5], flat(6, 100)).monthsPresent).toBe(4);
  });
});
