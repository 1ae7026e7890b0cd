/**
 * How a theme moves: recurring, emerging (new or growing), fading, decided from its monthly counts against all
 * concerns per month.
 *
 *   present    a month where the theme has at least max(2, 0.5% of that month's concerns): one stray concern, or
 *              a sliver of a busy month, is not a presence
 *   recurring  present in at least 3 of the last 6 months, the period included
 *   new        absent in every earlier month of the window, present in the period with at least 5 concerns
 *   growing    a one-sided exact Poisson test of the period's count against expected = (the theme's share of all
 *              concerns in the earlier months) x (the period's total): p < 0.01, and observed >= 1.5 x expected,
 *              and observed >= 5 (so a tiny theme going 1 -> 4 is not news)
 *   fading     the same test the other way: p < 0.01 and observed <= expected / 1.5
 * New, growing and fading need at least 3 earlier months with concerns: fewer predict nothing.
 *
 * Example: monthly [10, 12, 9, 11, 10, 30] of totals [500 x 6] -> expected 10.4, observed 30, p = 1.6e-7:
 * growing, and present in 6 of 6 months: recurring.
 */
import type { Trend } from './types';
import { poissonLowerTail, poissonUpperTail } from './poisson';

/** The significance level of the growing and fading test. */
export const TREND_P_VALUE = 0.01;
/** How far the observed count must be from the expected one (a ratio). */
export const TREND_MIN_RATIO = 1.5;
/** Fewest concerns in the period for a theme to be new or growing. */
export const TREND_MIN_GROWING = 5;
/** Earlier months with concerns needed to call anything new, growing or fading. */
export const TREND_MIN_HISTORY = 3;
/** A month's presence minimum: this share of the month's concerns, and at least PRESENCE_MIN_COUNT. */
export const PRESENCE_SHARE = 0.005;
/** …at least this many concerns. */
export const PRESENCE_MIN_COUNT = 2;

/** The method, in plain words, for Analysis.method. */
export const TREND_METHOD = {
  test:
    "An exact Poisson test: this month's count of a theme against what the earlier months predict (the theme's share of all concerns then, times this month's total).",
  threshold:
    'Growing or fading when chance would give so many (or so few) less than 1 time in 100, and the count is at least one and a half times the expected (or at most two thirds of it); growing also needs 5 concerns or more. It needs at least 3 earlier months.',
  presence:
    "A theme is present in a month when it has at least 2 concerns and at least 0.5% of that month's concerns; recurring when present in 3 or more of the last 6 months.",
};

/** Whether a theme's count is a presence in a month with `total` concerns. */
export function isPresent(count: number, total: number): boolean {
  return count >= Math.max(PRESENCE_MIN_COUNT, Math.ceil(PRESENCE_SHARE * total));
}

function about(n: number): string {
  if (n >= 10) return String(Math.round(n));
  return String(Math.round(n * 10) / 10);
}

function chance(p: number): string {
  if (p < 0.001) return 'less likely than 1 in 1,000';
  if (p < 0.01) return 'less likely than 1 in 100';
  if (p < 0.05) return `about 1 in ${Math.round(1 / p)}`;
  return 'well within what chance gives';
}

/** The trend of a theme from its counts and all concerns' counts per month (oldest first, the period last). */
export function trendOf(counts: readonly number[], totals: readonly number[]): Trend {
  const last = counts.length - 1;
  const observed = counts[last] ?? 0;
  const periodTotal = totals[last] ?? 0;
  const earlierCount = counts.slice(0, last).reduce((a, c) => a + c, 0);
  const earlierTotal = totals.slice(0, last).reduce((a, c) => a + c, 0);
  const historyMonths = totals.slice(0, last).filter((t) => t > 0).length;
  const present = counts.map((c, m) => isPresent(c, totals[m] ?? 0));
  const monthsPresent = present.slice(Math.max(0, last - 5)).filter(Boolean).length;
  const expected = earlierTotal > 0 ? (earlierCount / earlierTotal) * periodTotal : 0;
  const up = observed >= expected;
  const pValue = up ? poissonUpperTail(observed, expected) : poissonLowerTail(observed, expected);
  const enoughHistory = historyMonths >= TREND_MIN_HISTORY;
  const isNew = enoughHistory && present[last] === true && observed >= TREND_MIN_GROWING && !present.slice(0, last).some(Boolean);
  const isGrowing = enoughHistory && up && pValue < TREND_P_VALUE && observed >= TREND_MIN_RATIO * expected && observed >= TREND_MIN_GROWING;
  const isFading = enoughHistory && !up && pValue < TREND_P_VALUE && observed <= expected / TREND_MIN_RATIO;
  return {
    monthsPresent,
    isRecurring: monthsPresent >= 3,
    emerging: isNew ? 'new' : isGrowing ? 'growing' : null,
    isFading,
    observed,
    expected,
    pValue,
    explanation: explain({ observed, expected, pValue, up, enoughHistory, historyMonths, isNew }),
  };
}

function explain(t: { observed: number; expected: number; pValue: number; up: boolean; enoughHistory: boolean; historyMonths: number; isNew: boolean }): string {
  const now = `${t.observed} this month`;
  if (!t.enoughHistory) {
    return `${now}; too few earlier months to compare with (${t.historyMonths} with concerns, 3 needed).`;
  }
  if (t.isNew) return `${now}; next to none in the earlier months.`;
  const how = t.up ? 'many' : 'few';
  return `${now} against about ${about(t.expected)} expected from the earlier months; that ${how} by chance is ${chance(t.pValue)}.`;
}
