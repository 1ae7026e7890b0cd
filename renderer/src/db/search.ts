/**
 * Search as you type over every concern on the desk. Each query word is looked up as a prefix in the `terms`
 * index (so "lop" finds "Lopez" while it is being typed), the matches of all words are intersected, and the
 * newest come first. Ids are UUIDv7, so sorting ids sorts by creation time without reading the rows.
 */
import type { Concern } from '@shared/domain/concern';
import { MIN_PREFIX_LENGTH, queryTermsOf } from '@shared/domain/search-terms';
import type { NotebookDb } from './database';
import { fromStored } from './concern-store';

/** One page of search results and how many concerns matched in all. */
export interface SearchResult {
  readonly concerns: readonly Concern[];
  readonly total: number;
}

/** Finds concerns matching every word of the query, newest first, at most `limit` of them. */
export async function searchConcerns(db: NotebookDb, query: string, limit = 50): Promise<SearchResult> {
  const terms = queryTermsOf(query).filter((t) => t.length >= MIN_PREFIX_LENGTH);
  if (terms.length === 0) return { concerns: [], total: 0 };
  // Longest words first: they match fewest concerns, which keeps the intersection small.
  terms.sort((a, b) => b.length - a.length);
  let ids: Set<string> | undefined;
  for (const term of terms) {
    const keys = await db.concerns.where('terms').startsWith(term).primaryKeys();
    const next = new Set<string>();
    for (const key of keys) if (ids === undefined || ids.has(key)) next.add(key);
    ids = next;
    if (ids.size === 0) break;
  }
  const matched = [...(ids ?? [])].sort().reverse();
  const rows = await db.concerns.bulkGet(matched.slice(0, limit));
  const concerns = rows.flatMap((row) => (row === undefined ? [] : [fromStored(row)]));
  return { concerns, total: matched.length };
}
