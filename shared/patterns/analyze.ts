/**
 * The pattern engine: analyze(concerns, options) -> Analysis (types.ts). Pure and deterministic: the concerns
 * are taken in id order whatever order they come in, randomness is a seeded generator of our own, ties break by
 * id, so the same concerns and options give the same themes and ids, in the app's Web Worker, in Node and in
 * tests. README.md describes the method.
 *
 * Steps: the window (the period and `history` months before it, by the office's time zone) -> words
 * (features.ts) -> themes over the whole window, so each has a monthly series (discover.ts) -> the facilitators'
 * corrections (corrections.ts) -> each theme described, with its trend (themes.ts, trend.ts) -> figures
 * (figures.ts) -> what became of last month's themes (last-month.ts).
 */
import type { Month } from '../domain/meeting';
import { applyCorrections, type CorrectableDraft } from './corrections';
import { discoverThemes, DEFAULT_DISCOVERY, type DiscoveryOptions } from './discover';
import { extractFeatures, type Features } from './features';
import { computeFigures } from './figures';
import { lastMonthThemes } from './last-month';
import { monthIndexer, monthsEnding } from './months';
import { buildTheme, type ThemeContext } from './themes';
import { TREND_METHOD } from './trend';
import type { Analysis, AnalysisOptions, AnalysisProgress, PatternConcern, Theme } from './types';

/** Months compared before the period when options.history is not given: a year in all. */
export const DEFAULT_HISTORY = 11;

/** The window's concerns (in id order, each id once) and each one's month index. */
export function windowOf(concerns: readonly PatternConcern[], months: readonly Month[], timeZone: string): { concerns: PatternConcern[]; monthIndex: Int32Array } {
  const monthIndex = monthIndexer(months, timeZone);
  const kept: { concern: PatternConcern; month: number }[] = [];
  for (const concern of concerns) {
    const month = monthIndex(concern.createdAt);
    if (month >= 0) kept.push({ concern, month });
  }
  kept.sort((a, b) => (a.concern.id < b.concern.id ? -1 : a.concern.id > b.concern.id ? 1 : 0));
  const unique = kept.filter((k, i) => i === 0 || kept[i - 1]?.concern.id !== k.concern.id);
  return { concerns: unique.map((k) => k.concern), monthIndex: Int32Array.from(unique, (k) => k.month) };
}

/** The themes the engine finds in a window's concerns (in the order given), before corrections. */
export function findThemes(concerns: readonly PatternConcern[], options: DiscoveryOptions = DEFAULT_DISCOVERY): { features: Features; drafts: CorrectableDraft[] } {
  const features = extractFeatures(concerns);
  const discovery = discoverThemes(features.tfidf, concerns.map((c) => c.id), options);
  const drafts: CorrectableDraft[] = Array.from({ length: discovery.k }, () => ({ members: [], label: null, corrections: [], hidden: false }));
  discovery.assignment.forEach((theme, row) => {
    if (theme >= 0) drafts[theme]?.members.push(row);
  });
  return { features, drafts };
}

function byCountThenLabel(a: Theme, b: Theme): number {
  return b.count - a.count || a.label.localeCompare(b.label, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Two themes with the same five top terms would share an id: the later ones get "-2", "-3"… */
function uniqueIds(themes: Theme[]): void {
  const seen = new Map<string, number>();
  for (const theme of themes) {
    const n = (seen.get(theme.id) ?? 0) + 1;
    seen.set(theme.id, n);
    if (n > 1) theme.id = `${theme.id}-${n}`;
  }
}

/** Analyses the concerns for options.period against the months before it. */
export function analyze(concerns: readonly PatternConcern[], options: AnalysisOptions): Analysis {
  const progress = (stage: AnalysisProgress['stage'], done: number): void => options.onProgress?.({ stage, done, total: 1 });
  const months = monthsEnding(options.period, (options.history ?? DEFAULT_HISTORY) + 1);
  const period = months.length - 1;
  progress('words', 0);
  const window = windowOf(concerns, months, options.timeZone);
  const totals = months.map(() => 0);
  window.monthIndex.forEach((m) => (totals[m] = (totals[m] ?? 0) + 1));
  const found = findThemes(window.concerns);
  progress('words', 1);
  progress('themes', 0);
  const corrected = applyCorrections(found.drafts, options.corrections, window.concerns, found.features);
  const ctx: ThemeContext = { concerns: window.concerns, monthIndex: window.monthIndex, months, totals, features: found.features };
  progress('themes', 1);
  progress('trends', 0);
  const built = corrected.map((draft) => ({ theme: buildTheme(draft, ctx), hidden: draft.hidden }));
  const all = built.map((b) => b.theme).sort(byCountThenLabel);
  uniqueIds(all);
  const hiddenSet = new Set(built.filter((b) => b.hidden).map((b) => b.theme));
  const themes = all.filter((t) => !hiddenSet.has(t) && t.count > 0);
  const hiddenThemes = all.filter((t) => hiddenSet.has(t));
  progress('trends', 1);
  progress('figures', 0);
  const inPeriod = window.concerns.filter((_, i) => window.monthIndex[i] === period);
  const earlier = window.concerns.filter((_, i) => window.monthIndex[i] !== period);
  const themed = new Set(all.flatMap((t) => t.concernIds));
  const figures = computeFigures({ inPeriod, earlier, period: options.period, months, timeZone: options.timeZone, responsePolicy: options.responsePolicy });
  const byId = new Map(window.concerns.map((c) => [c.id, c]));
  const result: Analysis = {
    period: options.period,
    months,
    totals: months.map((month, m) => ({ month, count: totals[m] ?? 0, concernIds: [] as string[] })),
    themes,
    hiddenThemes,
    unthemed: inPeriod.filter((c) => !themed.has(c.id)).map((c) => c.id),
    ...figures,
    lastMonth: lastMonthThemes(all.filter((t) => !hiddenSet.has(t)), byId),
    method: TREND_METHOD,
  };
  window.concerns.forEach((c, i) => result.totals[window.monthIndex[i] ?? 0]?.concernIds.push(c.id));
  progress('figures', 1);
  return result;
}
