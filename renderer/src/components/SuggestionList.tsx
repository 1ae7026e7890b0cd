/** The list of suggestions under an input driven by useSuggestionBox. */
import type { ReactNode } from 'react';
import type { SuggestionBox } from './useSuggestionBox';

/** Props of a SuggestionList. */
export interface SuggestionListProps {
  readonly id: string;
  readonly label: string;
  readonly items: readonly string[];
  readonly box: SuggestionBox;
  readonly onAccept: (item: string) => void;
  /** How an item is shown, e.g. with a leading "#". */
  readonly render?: (item: string) => ReactNode;
}

/** A listbox of options; pointer presses do not take focus from the input. */
export function SuggestionList({ id, label, items, box, onAccept, render }: SuggestionListProps): ReactNode {
  return (
    <ul id={id} role="listbox" aria-label={label} className="suggestions" hidden={!box.isOpen}>
      {box.isOpen &&
        items.map((item, index) => (
          <li
            key={item}
            id={box.optionId(index)}
            role="option"
            aria-selected={index === box.activeIndex}
            className="suggestion"
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => box.highlight(index)}
            onClick={() => onAccept(item)}
          >
            {render === undefined ? item : render(item)}
          </li>
        ))}
    </ul>
  );
}
