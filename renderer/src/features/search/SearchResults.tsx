/** Search results in place of the day page: how many match, then the entries, openable like the notebook's. */
import { useState, type ReactNode } from 'react';
import { SearchX } from 'lucide-react';
import type { Concern } from '@shared/domain/concern';
import { EmptyState } from '../../components/EmptyState';
import { Skeleton } from '../../components/Skeleton';
import { EntryList } from '../notebook/EntryList';
import { t } from '../../i18n';
import { RESULT_PAGE, useSearchResults } from './useSearchResults';

/** Props of SearchResults. */
export interface SearchResultsProps {
  readonly query: string;
  readonly today: string;
  readonly onEdit: (concern: Concern) => void;
}

/** The results section for the query. */
export function SearchResults({ query, today, onEdit }: SearchResultsProps): ReactNode {
  // "Show more" widens the page for this query only; a new query starts again with one page.
  const [more, setMore] = useState({ query: '', limit: RESULT_PAGE });
  const limit = more.query === query.trim() ? more.limit : RESULT_PAGE;
  const { result, resultQuery, isSearching, isTooShort } = useSearchResults(query, limit);
  const shown = resultQuery ?? query.trim();
  let body: ReactNode;
  if (isTooShort) body = <p className="muted search-note">{t('search.tooShort')}</p>;
  else if (result === undefined) body = <Skeleton rows={3} label={t('search.searching')} />;
  else if (result.total === 0 && !isSearching)
    body = (
      <EmptyState level={3} icon={SearchX} title={t('search.none.title', { query: shown })}>
        <p>{t('search.none.body')}</p>
      </EmptyState>
    );
  else
    body = (
      <>
        <EntryList concerns={result.concerns} label={t('search.resultsLabel')} today={today} showDate onEdit={onEdit} />
        {result.concerns.length >= limit && (result.total > limit || !result.isTotalExact) && (
          <p className="search-note">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setMore({ query: query.trim(), limit: limit + RESULT_PAGE })}
            >
              {t('search.more', { count: RESULT_PAGE })}
            </button>{' '}
            <span className="muted">{t('search.limited', { shown: limit })}</span>
          </p>
        )}
      </>
    );
  const count = result === undefined || isTooShort ? undefined : result.total;
  return (
    <section
      className="page search-results"
      aria-labelledby="search-results-heading"
      aria-busy={isSearching}
      data-testid="search-results"
      // The query the shown results answer (as typed), so tests and benchmarks can wait for exactly it.
      data-query={isSearching ? undefined : query}
    >
      <div className="day-nav">
        <div className="day-title">
          <h2 id="search-results-heading" className="day-heading" aria-live="polite">
            {count === undefined
              ? t('search.resultsLabel')
              : result?.isTotalExact === false
                ? t('search.countAtLeast', { count, query: shown })
                : count === 1
                ? t('search.countOne', { query: shown })
                : t('search.count', { count, query: shown })}
          </h2>
          <p className="day-count">{t('search.escape')}</p>
        </div>
      </div>
      <div className={isSearching ? 'is-stale' : undefined}>{body}</div>
    </section>
  );
}
