/**
 * Similar open concerns of a concern (shared/domain/similar.ts ranks them): the candidates are gathered through
 * the concerns' `terms` multi-entry index, never by reading the table, so the cost stays flat on a full desk
 * (100,000 concerns):
 *   - the concern's distinctive terms (its content words and street and area words, longest first, at most
 *     `terms` of them) are each looked up as keys, newest first, at most `perTerm` keys a term;
 *   - a candidate scores 1 / (keys found) for each term it shares, so a rare shared word counts for more than
 *     a word half the notebook has, and the best `candidates` are read as rows;
 *   - those rows are ranked by similarConcerns, which leaves out closed, resolved and merged concerns.
 * Ids are UUIDv7, so "newest first" within a term is the index's own order, reversed.
 */
import type { Concern } from '@shared/domain/concern';
import { concernWords, similarConcerns, type SimilarOptions, type SimilarSuggestion } from '@shared/domain/similar';
import { wordsOf } from '@shared/domain/search-terms';
import type { NotebookDb } from './database';
import { fromStored } from './stored-concern';

/** Bounds of the candidate search; tests lower them to reach each path with a few concerns. */
export interface SimilarTuning {
  /** Most of the concern's terms looked up. */
  readonly terms: number;
  /** Most keys read per term, newest first. */
  readonly perTerm: number;
  /** Most candidate rows read and ranked. */
  readonly candidates: number;
}

/** The tuning the app uses: at most 16 x 200 keys and 150 rows read, whatever the size of the notebook. */
export const SIMILAR_TUNING: SimilarTuning = { terms: 16, perTerm: 200, candidates: 150 };

/** The terms looked up for a concern: its content words, then its street and area words, longest first. */
export function lookupTermsOf(concern: Concern, max: number): string[] {
  const place = [...wordsOf(concern.location.address), ...wordsOf(concern.location.area)].filter((w) => w.length >= 3 && !/^\p{N}+$/u.test(w));
  const terms = [...new Set([...concernWords(concern), ...place])];
  // Longer words are usually rarer ("sinkhole" over "road"); the word itself breaks ties, so the choice is stable.
  terms.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return terms.slice(0, max);
}

/** Ids of the concerns most likely to be similar to `concern`, best first; never the concern itself. */
export async function similarCandidateIds(db: NotebookDb, concern: Concern, tuning: SimilarTuning = SIMILAR_TUNING): Promise<string[]> {
  const weights = new Map<string, number>();
  for (const term of lookupTermsOf(concern, tuning.terms)) {
    const ids = await db.concerns.where('terms').equals(term).reverse().limit(tuning.perTerm).primaryKeys();
    for (const id of ids) if (id !== concern.id) weights.set(id, (weights.get(id) ?? 0) + 1 / ids.length);
  }
  return [...weights]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0))
    .slice(0, tuning.candidates)
    .map(([id]) => id);
}

/** The open concerns most like `concern`, with their reasons (shared/domain/similar.ts). */
export async function similarTo(
  db: NotebookDb,
  concern: Concern,
  options: SimilarOptions = {},
  tuning: SimilarTuning = SIMILAR_TUNING,
): Promise<SimilarSuggestion[]> {
  const ids = await similarCandidateIds(db, concern, tuning);
  if (ids.length === 0) return [];
  const rows = await db.concerns.bulkGet(ids);
  const candidates = rows.flatMap((row) => (row === undefined ? [] : [fromStored(row)]));
  return similarConcerns(concern, candidates, options);
}
