/**
 * Keyboard and ARIA state for a text input that offers suggestions under it (the ARIA 1.2 combobox pattern
 * with aria-activedescendant: focus stays in the input, the highlighted option is announced).
 *
 * Nothing is highlighted until an arrow key is pressed, so Enter keeps its usual meaning (save the line, add
 * the typed tag) while someone types quickly; Tab takes the highlighted or else the first suggestion.
 */
import { useState, type KeyboardEvent } from 'react';
import { matchesKey } from '../app/shortcuts';

/** What an input needs to drive a suggestion list. */
export interface SuggestionBox {
  readonly isOpen: boolean;
  readonly activeIndex: number;
  /** ARIA attributes for the input. */
  readonly inputProps: {
    role: 'combobox';
    'aria-expanded': boolean;
    'aria-controls': string;
    'aria-autocomplete': 'list';
    'aria-activedescendant': string | undefined;
  };
  /** Handles a key in the input; true when the key was used (the caller then does nothing else with it). */
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): boolean;
  /** Marks the option at `index` as highlighted (pointer hover). */
  highlight(index: number): void;
  /** The id of the option at `index`. */
  optionId(index: number): string;
}

/** Drives `items` for the input; `query` is what they were found for (a new query reopens a dismissed list). */
export function useSuggestionBox(listId: string, items: readonly string[], query: string, onAccept: (item: string) => void): SuggestionBox {
  const [state, setState] = useState({ query, activeIndex: -1, isDismissed: false });
  // A new query resets highlight and dismissal while rendering, not in an effect, so nothing flickers.
  const current = state.query === query ? state : { query, activeIndex: -1, isDismissed: false };
  if (current !== state) setState(current);
  const isOpen = items.length > 0 && !current.isDismissed;
  const activeIndex = isOpen ? Math.min(current.activeIndex, items.length - 1) : -1;
  const optionId = (index: number) => `${listId}-option-${index}`;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): boolean => {
    if (!isOpen) return false;
    const accept = (item: string | undefined) => {
      if (item === undefined) return false;
      event.preventDefault();
      onAccept(item);
      return true;
    };
    if (matchesKey(event, 'ArrowDown') || matchesKey(event, 'ArrowUp')) {
      event.preventDefault();
      const by = event.key === 'ArrowDown' ? 1 : -1;
      const next = activeIndex === -1 && by === -1 ? items.length - 1 : (activeIndex + by + items.length) % items.length;
      setState({ ...current, activeIndex: next });
      return true;
    }
    if (matchesKey(event, 'Tab')) return accept(items[Math.max(activeIndex, 0)]);
    if (matchesKey(event, 'Enter') && activeIndex >= 0) return accept(items[activeIndex]);
    if (matchesKey(event, 'Escape')) {
      // Closing the list must not also close the dialog the input sits in.
      event.preventDefault();
      event.stopPropagation();
      setState({ ...current, isDismissed: true });
      return true;
    }
    return false;
  };

  return {
    isOpen,
    activeIndex,
    inputProps: {
      role: 'combobox',
      'aria-expanded': isOpen,
      'aria-controls': listId,
      'aria-autocomplete': 'list',
      'aria-activedescendant': activeIndex >= 0 ? optionId(activeIndex) : undefined,
    },
    onKeyDown,
    highlight: (index) => setState({ ...current, activeIndex: index }),
    optionId,
  };
}
