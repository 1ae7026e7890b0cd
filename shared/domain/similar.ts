/**
 * Similar concerns (issue 5): when a reviewer opens a concern, the open concerns most like it, each with the
 * reasons it looks like a duplicate, so the reviewer can judge ("same street, 3 days apart, most words shared").
 *
 * Signals, each a structured reason the interface words:
 *   words     the summary's and details' words both share, rarer words weighing more (IDF over the concern and
 *             its candidates, stop words out, folded as search-terms.ts folds them); `share` is a weighted
 *             cosine between 0 and 1
 *   street    the same street (house numbers and "St"/"Street" spellings aside), or else
 *   area      the same area or neighbourhood
 *   category  the same category;  tags  the tags both carry;  channel  the same channel (a weak hint)
 *   days      how many whole days apart they were logged: the closer, the more it adds
 * A candidate is suggested when its score reaches the threshold; channel and closeness alone never do.
 * Deterministic: equal scores are ordered by id. The concern itself, resolved or closed concerns and concerns
 * already merged into another are never suggested.
 *
 * Example: "Fallen oak blocking Elm St" (12 Elm St) against "Oak tree fell across Elm Street" (14 Elm Street)
 * logged 3 days later -> { score: 0.6…, reasons: [street, days 3, words share 0.5…] }.
 */
import { reviewStateOf, type Concern } from './concern';
import { foldText, wordsOf } from './search-terms';
import { isoToUnixMs } from '../sync/context';

/** A reason a candidate looks like the concern, as data the interface words. */
export type SimilarReason =
  | { readonly kind: 'street' }
  | { readonly kind: 'area' }
  | { readonly kind: 'days'; readonly days: number }
  | { readonly kind: 'words'; readonly share: number; readonly words: readonly string[] }
  | { readonly kind: 'category' }
  | { readonly kind: 'tags'; readonly tags: readonly string[] }
  | { readonly kind: 'channel' };

/** A suggested similar concern: its score (0 to about 1) and why. */
export interface SimilarSuggestion {
  readonly concern: Concern;
  readonly score: number;
  readonly reasons: readonly SimilarReason[];
}

/** Options of similarConcerns. */
export interface SimilarOptions {
  /** Most suggestions returned (default 5). */
  readonly limit?: number;
  /** Lowest score suggested (default SIMILAR_THRESHOLD). */
  readonly threshold?: number;
}

/** The score a candidate needs to be suggested: more than closeness, channel and category together give. */
export const SIMILAR_THRESHOLD = 0.25;
/** How many suggestions similarConcerns returns unless told otherwise. */
export const DEFAULT_SIMILAR_LIMIT = 5;
/** Most shared words a 'words' reason names, rarest first. */
export const MAX_REASON_WORDS = 3;

/** Weight of each signal in the score. */
export const SIMILAR_WEIGHTS = {
  words: 0.5,
  street: 0.25,
  area: 0.1,
  category: 0.08,
  tags: 0.1,
  channel: 0.02,
  days: 0.1,
} as const;

/** Within this many days, closeness in time adds to the score (linearly less the further apart). */
export const CLOSE_DAYS = 30;

const DAY_MS = 86_400_000;

/**
 * Words that say nothing about what a concern is about (English function words and the office's filler). A
 * word shorter than 3 characters is dropped as well, unless it is a number (a bus route, a house number).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'about above after again all also and any are around as at away back be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers him his how if in into is it its itself just me more most my near no nor not now of off ' +
    'on once only or other our out over own same she should so some still such than that the their them then ' +
    'there these they this those through to too under until up very was we were what when where which while ' +
    'who whom why will with would you your yours called caller calling says said asked wants want please ' +
    'thanks thank hello resident citizen concern issue problem'
  ).split(' '),
);

/** The content words of text: folded (search-terms.ts), stop words and very short words out, each once. */
export function contentWords(text: string): string[] {
  return [...new Set(wordsOf(text).filter((w) => !STOP_WORDS.has(w) && (w.length >= 3 || /^\p{N}+$/u.test(w))))];
}

/** The words a concern is compared by: its summary's and details' content words. */
export function concernWords(concern: Pick<Concern, 'summary' | 'details'>): string[] {
  return contentWords(`${concern.summary}\n${concern.details}`);
}

const STREET_WORDS: Readonly<Record<string, string>> = {
  st: 'street',
  str: 'street',
  rd: 'road',
  ave: 'avenue',
  av: 'avenue',
  dr: 'drive',
  ln: 'lane',
  blvd: 'boulevard',
  pl: 'place',
  sq: 'square',
  ct: 'court',
  cres: 'crescent',
  hwy: 'highway',
};

/** The street of an address: its folded words without house numbers, abbreviations spelt out; '' if none. */
export function streetOf(address: string): string {
  return wordsOf(address)
    .filter((w) => !/\p{N}/u.test(w))
    .map((w) => STREET_WORDS[w] ?? w)
    .join(' ');
}

/** How much rarer words weigh: ln(1 + N / df) over `documents` word lists (each list's words counted once). */
export function inverseDocumentFrequency(documents: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const words of documents) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = Math.max(1, documents.length);
  return new Map([...df].map(([w, count]) => [w, Math.log(1 + n / count)]));
}

/** The weighted cosine of two word lists (0 to 1) and the words both have, rarest first (ties by word). */
export function wordOverlap(a: readonly string[], b: readonly string[], idf: ReadonlyMap<string, number>): { share: number; shared: string[] } {
  const weight = (w: string) => idf.get(w) ?? Math.log(2);
  const setB = new Set(b);
  const shared = [...new Set(a)].filter((w) => setB.has(w));
  if (shared.length === 0) return { share: 0, shared: [] };
  const norm = (words: readonly string[]) => Math.sqrt([...new Set(words)].reduce((sum, w) => sum + weight(w) ** 2, 0));
  const dot = shared.reduce((sum, w) => sum + weight(w) ** 2, 0);
  const share = Math.min(1, dot / (norm(a) * norm(b)));
  shared.sort((x, y) => weight(y) - weight(x) || (x < y ? -1 : x > y ? 1 : 0));
  return { share, shared };
}

/** Whole days between two timestamps, either way round. */
export function daysApart(a: string, b: string): number {
  return Math.floor(Math.abs(isoToUnixMs(a) - isoToUnixMs(b)) / DAY_MS);
}

const sameText = (a: string, b: string) => foldText(a.trim()) !== '' && foldText(a.trim()) === foldText(b.trim());

/**
 * How alike two concerns are given word weights: the score and its reasons (strongest kinds first). Symmetric:
 * similarity(a, b, idf) and similarity(b, a, idf) have the same score and the same reasons.
 */
export function similarity(a: Concern, b: Concern, idf: ReadonlyMap<string, number>): { score: number; reasons: SimilarReason[] } {
  const reasons: SimilarReason[] = [];
  let score = 0;
  const streetA = streetOf(a.location.address);
  if (streetA !== '' && streetA === streetOf(b.location.address)) {
    reasons.push({ kind: 'street' });
    score += SIMILAR_WEIGHTS.street;
  } else if (sameText(a.location.area, b.location.area)) {
    reasons.push({ kind: 'area' });
    score += SIMILAR_WEIGHTS.area;
  }
  const days = daysApart(a.createdAt, b.createdAt);
  reasons.push({ kind: 'days', days });
  score += SIMILAR_WEIGHTS.days * Math.max(0, 1 - days / CLOSE_DAYS);
  const { share, shared } = wordOverlap(concernWords(a), concernWords(b), idf);
  if (shared.length > 0) {
    reasons.push({ kind: 'words', share, words: shared.slice(0, MAX_REASON_WORDS) });
    score += SIMILAR_WEIGHTS.words * share;
  }
  if (sameText(a.category, b.category)) {
    reasons.push({ kind: 'category' });
    score += SIMILAR_WEIGHTS.category;
  }
  const tags = a.tags.filter((tag) => b.tags.includes(tag)).sort();
  if (tags.length > 0) {
    reasons.push({ kind: 'tags', tags });
    score += SIMILAR_WEIGHTS.tags * Math.min(1, tags.length / Math.max(1, Math.min(a.tags.length, b.tags.length)));
  }
  if (a.channel === b.channel) {
    reasons.push({ kind: 'channel' });
    score += SIMILAR_WEIGHTS.channel;
  }
  return { score, reasons };
}

/** True when a concern can still be suggested: open (not resolved or closed) and not merged into another. */
export function isSuggestable(concern: Concern): boolean {
  return concern.status !== 'resolved' && concern.status !== 'closed' && reviewStateOf(concern).mergedInto === null;
}

/**
 * The candidates most like `concern`, best first (ties by id), at most `limit`, each reaching the threshold.
 * Word weights come from the concern and every candidate given (the same candidate twice counts once).
 */
export function similarConcerns(concern: Concern, candidates: readonly Concern[], options: SimilarOptions = {}): SimilarSuggestion[] {
  const { limit = DEFAULT_SIMILAR_LIMIT, threshold = SIMILAR_THRESHOLD } = options;
  const unique = new Map<string, Concern>();
  for (const candidate of candidates) if (candidate.id !== concern.id) unique.set(candidate.id, candidate);
  const idf = inverseDocumentFrequency([concern, ...unique.values()].map(concernWords));
  const suggestions: SimilarSuggestion[] = [];
  for (const candidate of unique.values()) {
    if (!isSuggestable(candidate)) continue;
    const { score, reasons } = similarity(concern, candidate, idf);
    if (score >= threshold) suggestions.push({ concern: candidate, score, reasons });
  }
  suggestions.sort((x, y) => y.score - x.score || (x.concern.id < y.concern.id ? -1 : x.concern.id > y.concern.id ? 1 : 0));
  return suggestions.slice(0, Math.max(0, limit));
}
