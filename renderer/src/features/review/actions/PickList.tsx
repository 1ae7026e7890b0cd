/**
 * Type to filter, arrows to move, Enter to choose: a text box over a list that is always shown (the ARIA 1.2
 * combobox with aria-activedescendant: focus stays in the box, the highlighted option is announced). Used to
 * choose a go-to person and the concern a duplicate merges into. The first option is highlighted until the
 * arrows move it, so typing a few letters and Enter is enough. The caller keeps which one is highlighted
 * (highlightedItem), so its own confirm button takes the same one.
 */
import { useId, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { ProblemText } from './ActionFrame';

/** One option: its id, what it says, and whether it is the current choice. */
export interface PickItem {
  readonly id: string;
  readonly label: ReactNode;
  /** Its words for the key (React) and for screen readers when label is not plain text. */
  readonly text: string;
  readonly isCurrent?: boolean;
}

/** Props of PickList. */
export interface PickListProps {
  readonly label: string;
  readonly hint: string;
  readonly listLabel: string;
  readonly query: string;
  readonly onQueryChange: (query: string) => void;
  readonly items: readonly PickItem[];
  /** Said under the box when no option fits what was typed. */
  readonly emptyText: string | undefined;
  readonly error: string | undefined;
  readonly onPick: (id: string) => void;
  /** The highlighted option's id, as the caller keeps it; the first option when it is not among them. */
  readonly activeId: string | undefined;
  readonly onActiveChange: (id: string) => void;
  readonly autoFocus?: boolean;
  readonly ref?: Ref<HTMLInputElement>;
}

/** The option highlighted: the one with `activeId`, or else the first. */
export function highlightedItem<T extends { readonly id: string }>(items: readonly T[], activeId: string | undefined): T | undefined {
  return items.find((item) => item.id === activeId) ?? items[0];
}

/** The next highlighted index after an arrow, Home or End key; undefined for other keys. */
export function movedIndex(key: string, index: number, count: number): number | undefined {
  if (count === 0) return undefined;
  if (key === 'ArrowDown') return (index + 1) % count;
  if (key === 'ArrowUp') return (index - 1 + count) % count;
  if (key === 'PageDown') return Math.min(index + 5, count - 1);
  if (key === 'PageUp') return Math.max(index - 5, 0);
  return undefined;
}

/** The box and its list. */
export function PickList(props: PickListProps): ReactNode {
  const { label, hint, listLabel, query, onQueryChange, items, emptyText, error, onPick, activeId, onActiveChange, autoFocus = false, ref } = props;
  const id = useId();
  const listId = `${id}-list`;
  const highlighted = highlightedItem(items, activeId);
  const index = highlighted === undefined ? 0 : items.indexOf(highlighted);
  const highlight = (i: number) => {
    const item = items[i];
    if (item !== undefined) onActiveChange(item.id);
  };
  const optionId = (i: number) => `${id}-option-${i}`;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const next = movedIndex(event.key, index, items.length);
    if (next !== undefined && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      highlight(next);
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey && highlighted !== undefined) {
      // Enter (or Ctrl+Enter) chooses the highlighted option; the form must not act on it a second time.
      event.preventDefault();
      event.stopPropagation();
      onPick(highlighted.id);
    }
  };

  return (
    <div className="review-action-field review-action-pick">
      <label className="review-action-label" htmlFor={id}>
        {label}
      </label>
      <p id={`${id}-hint`} className="review-action-hint">
        {hint}
      </p>
      <ProblemText id={`${id}-error`} message={error} className="review-action-error" />
      <input
        id={id}
        ref={ref}
        className="input"
        type="text"
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-expanded={items.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={items.length > 0 ? optionId(index) : undefined}
        aria-describedby={error === undefined ? `${id}-hint` : `${id}-hint ${id}-error`}
        aria-invalid={error === undefined ? undefined : true}
        autoFocus={autoFocus}
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={listLabel} className="review-action-options" hidden={items.length === 0}>
        {items.map((item, i) => (
          <li
            key={item.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === index}
            aria-label={item.text}
            className={item.isCurrent === true ? 'review-action-option review-action-option-current' : 'review-action-option'}
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => highlight(i)}
            onClick={() => onPick(item.id)}
          >
            {item.label}
          </li>
        ))}
      </ul>
      {items.length === 0 && emptyText !== undefined && (
        <p className="review-action-hint" role="status">
          {emptyText}
        </p>
      )}
    </div>
  );
}
