/**
 * Builds a Theme from a group of the window's concerns: its signature (the centroid of their TF-IDF rows), key
 * phrases and label (labels.ts), quotes (the period's concerns nearest the centroid, redacted), spread, people,
 * monthly series and trend. Everything is recomputed from the members, so a theme changed by a correction
 * (corrections.ts) is described as fully as one the engine found.
 */
import type { Month, ThemeSignature } from '../domain/meeting';
import type { Features } from './features';
import { keyPhrasesOf, labelOf, type ScoredTerm } from './labels';
import { redact } from './redact';
import { signatureId, signatureOf } from './signature';
import { trendOf } from './trend';
import type { Count, MonthFigure, PatternConcern, Quote, Theme } from './types';

// Loops over the TF-IDF rows index typed arrays with `!`: indptr, indices and columns are in range by construction.

/** The window the themes are built in: its concerns (sorted by id), their months, and their words. */
export interface ThemeContext {
  concerns: readonly PatternConcern[];
  /** Each concern's month, as an index into `months`. */
  monthIndex: Int32Array;
  months: readonly Month[];
  /** All concerns per month. */
  totals: readonly number[];
  features: Features;
}

/** A theme before it is described: its members (indexes into the window) and what corrections set. */
export interface ThemeDraft {
  members: number[];
  /** A facilitator's label, or null for the engine's. */
  label: string | null;
  corrections: string[];
}

/** Quotes per theme, and their longest length in characters. */
export const QUOTES = 3;
/** A quote is cut at a word boundary to about this many characters. */
export const QUOTE_LENGTH = 240;

/** The centroid of the members' TF-IDF rows, dense over the columns, unit length. */
export function centroidOf(members: readonly number[], features: Features): Float64Array {
  const { indptr, indices, values, cols } = features.tfidf.matrix;
  const sums = new Float64Array(cols);
  for (const row of members) {
    for (let k = indptr[row]!; k < indptr[row + 1]!; k += 1) sums[indices[k]!]! += values[k]!;
  }
  let norm = 0;
  for (const v of sums) norm += v * v;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let c = 0; c < cols; c += 1) sums[c]! *= scale;
  return sums;
}

/** The signature of a centroid (or of a group of the window's concerns). */
export function draftSignature(members: readonly number[] | Float64Array, features: Features): ThemeSignature {
  const centroid = members instanceof Float64Array ? members : centroidOf(members, features);
  const named = new Map<string, number>();
  centroid.forEach((w, col) => {
    if (w > 0) named.set(features.columnTerms[col] ?? '', w);
  });
  return signatureOf(named);
}

function scoredTerms(members: readonly number[], features: Features): ScoredTerm[] {
  const { indptr, indices, rows, cols } = features.tfidf.matrix;
  const inTheme = new Int32Array(cols);
  for (const row of members) {
    for (let k = indptr[row]!; k < indptr[row + 1]!; k += 1) inTheme[indices[k]!]! += 1;
  }
  const minCount = Math.min(2, members.length);
  const scored: ScoredTerm[] = [];
  inTheme.forEach((count, col) => {
    if (count < minCount) return;
    const p = count / members.length;
    const q = (features.tfidf.df[col] ?? 1) / rows;
    scored.push({ term: features.columnTerms[col] ?? '', score: p * Math.log(1 + p / q) });
  });
  return scored;
}

/** Cuts a text to about `max` characters at a word boundary. */
export function cutAtWord(text: string, max = QUOTE_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

function quotesOf(draft: ThemeDraft, centroid: Float64Array, ctx: ThemeContext, period: number): Quote[] {
  const { indptr, indices, values } = ctx.features.tfidf.matrix;
  const closeness = (row: number): number => {
    let s = 0;
    for (let k = indptr[row]!; k < indptr[row + 1]!; k += 1) s += values[k]! * centroid[indices[k]!]!;
    return s;
  };
  // The period's concerns first (the meeting is about this month), then the earlier ones; nearest first.
  const ranked = draft.members
    .map((row) => ({ row, inPeriod: ctx.monthIndex[row] === period, score: closeness(row) }))
    .sort((a, b) => Number(b.inPeriod) - Number(a.inPeriod) || b.score - a.score || a.row - b.row);
  const quotes: Quote[] = [];
  const seen = new Set<string>();
  for (const { row } of ranked) {
    const concern = ctx.concerns[row];
    if (!concern) continue;
    const text = cutAtWord(redact(concern.text, concern.personal));
    if (text === '' || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    quotes.push({ concernId: concern.id, text });
    if (quotes.length === QUOTES) break;
  }
  return quotes;
}

function countsBy(members: readonly PatternConcern[], key: (c: PatternConcern) => string): Count[] {
  const groups = new Map<string, string[]>();
  for (const c of members) {
    const k = key(c).trim();
    if (k === '') continue;
    const ids = groups.get(k);
    if (ids) ids.push(c.id);
    else groups.set(k, [c.id]);
  }
  return [...groups]
    .map(([k, ids]) => ({ key: k, count: ids.length, share: members.length > 0 ? ids.length / members.length : 0, concernIds: ids }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Describes a draft in full. */
export function buildTheme(draft: ThemeDraft, ctx: ThemeContext): Theme {
  const period = ctx.months.length - 1;
  const monthly: MonthFigure[] = ctx.months.map((month) => ({ month, count: 0, concernIds: [] }));
  for (const row of draft.members) {
    const figure = monthly[ctx.monthIndex[row] ?? 0];
    const concern = ctx.concerns[row];
    if (figure && concern) {
      figure.count += 1;
      figure.concernIds.push(concern.id);
    }
  }
  const inPeriod = draft.members.filter((row) => ctx.monthIndex[row] === period).map((row) => ctx.concerns[row] as PatternConcern);
  const centroid = centroidOf(draft.members, ctx.features);
  const signature = draftSignature(centroid, ctx.features);
  const keyPhrases = keyPhrasesOf(scoredTerms(draft.members, ctx.features), ctx.features.lexicon, ctx.features.personalWords);
  return {
    id: signatureId(signature),
    label: draft.label ?? labelOf(keyPhrases),
    labelSource: draft.label === null ? 'engine' : 'facilitator',
    keyPhrases,
    signature,
    concernIds: inPeriod.map((c) => c.id),
    count: inPeriod.length,
    people: inPeriod.reduce((a, c) => a + Math.max(1, c.raisedCount), 0),
    monthly,
    trend: trendOf(monthly.map((m) => m.count), ctx.totals),
    quotes: quotesOf(draft, centroid, ctx, period),
    spread: { channels: countsBy(inPeriod, (c) => c.channel), areas: countsBy(inPeriod, (c) => c.area), categories: countsBy(inPeriod, (c) => c.category) },
    corrections: [...draft.corrections],
  };
}
