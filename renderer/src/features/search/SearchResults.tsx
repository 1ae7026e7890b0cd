/** Search results in place of the day page: how many match, then the entries, openable like the notebook's. */
import type { ReactNode } from 'react';
import { SearchX } from 'lucide-react';
import type { Concern } from '@shared/domain/concern';
import { EmptyState } from '../../components/EmptyState';
import { Skeleton } from '../../components/Skeleton';
import { EntryList } from '../notebook/EntryList';
import { t } from '../../i18n';
import { RESULT_LIMIT, useSearchResults } from './useSearchResults';

/** Props of SearchResults. */
export interface SearchResultsProps {
  readonly query: string;
  readonly today: string;
  readonly onEdit: (concern: Concern) => void;
}

/** The results section for the query. */
export function SearchResults({ query, today, onEdit }: SearchResultsProps): ReactNode {
  const { result, resultQuery, isSearching, isTooShort } = useSearchResults(query);
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
        {result.total > RESULT_LIMIT && <p className="muted search-note">{t('search.limited', { shown: RESULT_LIMIT })}</p>}
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
