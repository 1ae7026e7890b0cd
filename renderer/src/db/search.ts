/**
 * Search as you type over every concern on the desk. Each query word is a prefix of a term in the `terms`
 * index (so "lop" finds "Lopez" while it is being typed); a concern matches when every word does; the newest
 * come first. Ids are UUIDv7, so sorting ids sorts by creation time without reading the rows.
 *
 * Cost is kept flat on a full desk (100,000 concerns) by asking the index first how common each word is (a
 * native count, a few milliseconds):
 *   - the rarest word's matches are read as keys, and so are those of the other uncommon words, then
 *     intersected; a common word ("st") is checked on the candidate rows instead of being read whole;
 *   - when every word is common, the newest rows are scanned until a page of matches is found, and the total
 *     is given as "at least" instead of being counted (nobody needs the exact number of concerns matching "st").
 * The hot path speaks IndexedDB directly (one read-only transaction); a Dexie count registers the read with
 * liveQuery, so shown results refresh when any concern changes.
 */
import type { Concern } from '@shared/domain/concern';
import { MIN_PREFIX_LENGTH, queryTermsOf } from '@shared/domain/search-terms';
import type { NotebookDb, StoredConcern } from './database';
import { fromStored } from './stored-concern';

/** One page of search results and how many concerns matched. */
export interface SearchResult {
  readonly concerns: readonly Concern[];
  /** The number of matching concerns; a lower bound when `isTotalExact` is false. */
  readonly total: number;
  readonly isTotalExact: boolean;
}

/** Where search switches strategy; tests lower them to reach every path with a handful of concerns. */
export interface SearchTuning {
  /** Words matching more index entries than this are "common" and checked row by row. */
  readonly common: number;
  /** Most rows examined newest-first before falling back to reading every word's keys. */
  readonly scanLimit: number;
  /** Most candidate rows checked for common words before the total is given as a lower bound. */
  readonly checkLimit: number;
}

/** The tuning used by the app, measured on 100,000 concerns (see test/bench/notebook.bench.ts). */
export const SEARCH_TUNING: SearchTuning = { common: 10_000, scanLimit: 5_000, checkLimit: 400 };
const BATCH = 100;

const EMPTY: SearchResult = { concerns: [], total: 0, isTotalExact: true };

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

const rangeOf = (term: string) => IDBKeyRange.bound(term, `${term}\uffff`);

function matchesAll(row: StoredConcern, terms: readonly string[]): boolean {
  return terms.every((term) => row.terms.some((t) => t.startsWith(term)));
}

async function keysOf(index: IDBIndex, term: string): Promise<Set<string>> {
  return new Set((await request(index.getAllKeys(rangeOf(term)))) as string[]);
}

async function rowsOf(store: IDBObjectStore, ids: readonly string[]): Promise<StoredConcern[]> {
  const rows = await Promise.all(ids.map((id) => request(store.get(id) as IDBRequest<StoredConcern | undefined>)));
  return rows.filter((row): row is StoredConcern => row !== undefined);
}

/** Intersects the key sets of `exact` words, then checks `common` words on the rows, newest first. */
async function byKeys(
  store: IDBObjectStore,
  exact: readonly string[],
  common: readonly string[],
  limit: number,
  checkLimit: number,
): Promise<SearchResult> {
  const index = store.index('terms');
  let ids: Set<string> | undefined;
  for (const term of exact) {
    const keys = await keysOf(index, term);
    ids = ids === undefined ? keys : new Set([...ids].filter((id) => keys.has(id)));
    if (ids.size === 0) return EMPTY;
  }
  const newestFirst = [...(ids ?? [])].sort().reverse();
  if (common.length === 0) {
    const rows = await rowsOf(store, newestFirst.slice(0, limit));
    return { concerns: rows.map(fromStored), total: newestFirst.length, isTotalExact: true };
  }
  const found: StoredConcern[] = [];
  let matched = 0;
  let checked = 0;
  // Stops once a page is full: counting every match of a common word would cost a row read per candidate.
  for (; checked < newestFirst.length && checked < checkLimit && found.length < limit; checked += BATCH) {
    for (const row of await rowsOf(store, newestFirst.slice(checked, checked + BATCH))) {
      if (!matchesAll(row, common)) continue;
      matched += 1;
      if (found.length < limit) found.push(row);
    }
  }
  return { concerns: found.map(fromStored), total: matched, isTotalExact: checked >= newestFirst.length };
}

/** Walks the newest rows until a page of matches is found; undefined when scanLimit rows were not enough. */
function scanNewest(
  store: IDBObjectStore,
  terms: readonly string[],
  limit: number,
  scanLimit: number,
): Promise<SearchResult | undefined> {
  return new Promise((resolve, reject) => {
    const found: StoredConcern[] = [];
    let scanned = 0;
    const cursorRequest = store.openCursor(null, 'prev');
    cursorRequest.onerror = () => reject(cursorRequest.error ?? new Error('IndexedDB cursor failed'));
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (cursor === null) {
        resolve({ concerns: found.map(fromStored), total: found.length, isTotalExact: true });
        return;
      }
      const row = cursor.value as StoredConcern;
      if (matchesAll(row, terms)) found.push(row);
      scanned += 1;
      if (found.length >= limit) resolve({ concerns: found.map(fromStored), total: found.length, isTotalExact: false });
      else if (scanned >= scanLimit) resolve(undefined);
      else cursor.continue();
    };
  });
}

/** Finds concerns matching every word of the query, newest first, at most `limit` of them. */
export async function searchConcerns(
  db: NotebookDb,
  query: string,
  limit = 50,
  tuning: SearchTuning = SEARCH_TUNING,
): Promise<SearchResult> {
  const terms = queryTermsOf(query).filter((t) => t.length >= MIN_PREFIX_LENGTH);
  if (terms.length === 0) return EMPTY;
  await db.concerns.count(); // registers the read with liveQuery (see above); a native count, cheap
  const store = db.backendDB().transaction('concerns', 'readonly').objectStore('concerns');
  const index = store.index('terms');
  const sizes = await Promise.all(terms.map((term) => request(index.count(rangeOf(term)))));
  if (sizes.some((size) => size === 0)) return EMPTY;
  const bySize = terms.map((term, i) => ({ term, size: sizes[i] ?? 0 })).sort((a, b) => a.size - b.size);
  const exact = bySize.filter((t) => t.size <= tuning.common).map((t) => t.term);
  const common = bySize.filter((t) => t.size > tuning.common).map((t) => t.term);
  if (exact.length > 0) return byKeys(store, exact, common, limit, tuning.checkLimit);
  return (
    (await scanNewest(store, terms, limit, tuning.scanLimit)) ?? byKeys(store, terms, [], limit, tuning.checkLimit)
  );
}
