/**
 * Search as you type. Each keystroke starts its search at once: measured with 100,000 concerns, waiting for
 * the previous search (or a trailing debounce) cost more than it saved, because IndexedDB runs read-only
 * searches side by side. A search overtaken by newer typing is left to finish but its answer is dropped:
 * a result is shown only with the query it answers, so a slow old answer never replaces a newer one.
 * Results stay live: an entry edited or added while they show is updated in place.
 */
import { MIN_PREFIX_LENGTH, queryTermsOf } from '@shared/domain/search-terms';
import { searchConcerns, useLiveQuery, type SearchResult } from '../../db';
import { useDesk } from '../../app/desk-context';

/**
 * How many results a search shows at first, and how many more each "Show more" adds. A screen holds about ten;
 * reading and drawing fewer rows keeps every keystroke's answer under the 100 ms the bench checks.
 */
export const RESULT_PAGE = 25;

/** Where a search stands. */
export interface SearchState {
  /** The result for the current query, or the previous one while the current one is on its way. */
  readonly result: SearchResult | undefined;
  /** The query `result` belongs to. */
  readonly resultQuery: string | undefined;
  /** True until the result for the text as typed now is shown. */
  readonly isSearching: boolean;
  /** True when the query has no word long enough to look up. */
  readonly isTooShort: boolean;
}

/** Results for `query` (trimmed), at most `limit` of them. */
export function useSearchResults(query: string, limit: number = RESULT_PAGE): SearchState {
  const { db } = useDesk();
  const wanted = query.trim();
  // useLiveQuery keeps showing the previous answer until the new one arrives; the query travels with it.
  const answer = useLiveQuery(
    async () => ({ query: wanted, result: await searchConcerns(db, wanted, limit) }),
    [db, wanted, limit],
  );
  const isTooShort = !queryTermsOf(wanted).some((term) => term.length >= MIN_PREFIX_LENGTH);
  return {
    result: answer?.result,
    resultQuery: answer?.query,
    isSearching: answer?.query !== wanted,
    isTooShort,
  };
}
