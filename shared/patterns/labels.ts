/**
 * A theme's key phrases and label. Key phrases are class-based TF-IDF: a term scores p x ln(1 + p / q), p the
 * share of the theme's concerns that use it and q the share of all the window's concerns that do, so a phrase
 * frequent in the theme and rare elsewhere leads. A two-word phrase replaces its words when it scores at least
 * BIGRAM_PREFERENCE of the better of them ("street light" over "light"). Phrases are shown in their most frequent
 * surface words; any holding a word of a concern's personal strings (a name, an email) is dropped, and what is
 * left is run through redact() as a last guard.
 *
 * The label joins the top one or two phrases that share no word: "Street light · Oak lane".
 */
import { MAX_THEME_LABEL_LENGTH } from '../domain/meeting';
import { redact } from './redact';
import type { Lexicon } from './text';

/** A bigram replaces its words when its score reaches this share of the better word's. */
export const BIGRAM_PREFERENCE = 0.6;
/** Key phrases kept per theme. */
export const KEY_PHRASES = 5;

/** A candidate term of a theme with its score. */
export interface ScoredTerm {
  term: string;
  score: number;
}

function isShowable(phrase: string, personalWords: ReadonlySet<string>): boolean {
  if (phrase.split(' ').some((word) => personalWords.has(word))) return false;
  return redact(phrase, []) === phrase;
}

/** The theme's key phrases, best first, in surface words, personal data left out. */
export function keyPhrasesOf(scored: readonly ScoredTerm[], lexicon: Lexicon, personalWords: ReadonlySet<string>): string[] {
  const sorted = [...scored].sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1)).slice(0, 40);
  const score = new Map(sorted.map((s) => [s.term, s.score]));
  const covered = new Set<string>();
  for (const { term, score: s } of sorted) {
    const parts = term.split(' ');
    if (parts.length !== 2) continue;
    const best = Math.max(...parts.map((p) => score.get(p) ?? 0));
    if (s >= BIGRAM_PREFERENCE * best) for (const p of parts) covered.add(p);
  }
  const phrases: string[] = [];
  const seen = new Set<string>();
  for (const { term } of sorted) {
    if (covered.has(term)) continue;
    const phrase = lexicon.surfaceOfTerm(term);
    if (seen.has(phrase) || !isShowable(phrase, personalWords)) continue;
    seen.add(phrase);
    phrases.push(phrase);
    if (phrases.length === KEY_PHRASES) break;
  }
  return phrases;
}

/** A readable label from key phrases: the first, and the next that shares none of its words, joined by " · ". */
export function labelOf(keyPhrases: readonly string[]): string {
  const [first, ...rest] = keyPhrases;
  if (first === undefined) return 'Concerns with no common words';
  const words = new Set(first.split(' '));
  const second = rest.find((p) => p.split(' ').every((w) => !words.has(w) && !first.includes(w)));
  const label = second === undefined ? first : `${first} · ${second}`;
  const capital = label.charAt(0).toLocaleUpperCase('en') + label.slice(1);
  return capital.length <= MAX_THEME_LABEL_LENGTH ? capital : `${capital.slice(0, MAX_THEME_LABEL_LENGTH - 1).trimEnd()}…`;
}
