/** The search box in the header: searches as you type; Escape clears it and returns to the day page. */
import type { ReactNode, Ref } from 'react';
import { Search, X } from 'lucide-react';
import { matchesKey } from '../../app/shortcuts';
import { t } from '../../i18n';
import './search.css';

/** Props of SearchBox. */
export interface SearchBoxProps {
  readonly query: string;
  readonly onQueryChange: (query: string) => void;
  /** Called after Escape cleared the box, so focus can go back to the quick line. */
  readonly onDone: () => void;
  readonly inputRef: Ref<HTMLInputElement>;
}

/** A labelled search input with a clear button. */
export function SearchBox({ query, onQueryChange, onDone, inputRef }: SearchBoxProps): ReactNode {
  return (
    <div role="search" className="search-box">
      <Search className="search-icon" size={18} aria-hidden="true" />
      <input
        ref={inputRef}
        className="search-input"
        type="search"
        aria-label={t('search.label')}
        aria-keyshortcuts="/ Control+F"
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={(event) => {
          if (matchesKey(event, 'Escape')) {
            event.preventDefault();
            onQueryChange('');
            onDone();
          }
        }}
      />
      {query !== '' && (
        <button type="button" className="search-clear" aria-label={t('search.clear')} title={t('search.clear')} onClick={() => onQueryChange('')}>
          <X size={16} aria-hidden="true" />
        </button>
      )}
    </div>
  );
}
