/** One key combination as keyboard caps: nested <kbd> elements, as the HTML spec marks up a key combination. */
import type { ReactNode } from 'react';
import { formatKeys } from './format-keys';
import './keys.css';

/** Renders a key string from SHORTCUTS ("Control+Enter") as keycaps for this platform. */
export function Keys({ keys, className }: { keys: string; className?: string }): ReactNode {
  const parts = formatKeys(keys);
  return (
    <kbd className={['keys', className].filter(Boolean).join(' ')}>
      {parts.map((part, i) => (
        <span key={i}>
          {i > 0 && <span className="keys-plus">+</span>}
          <kbd className="keys-cap">{part}</kbd>
        </span>
      ))}
    </kbd>
  );
}

/** Several alternative key strings, such as ["/", "Control+f"], separated by a word. */
export function KeyChoices({ keys, separator }: { keys: readonly string[]; separator: string }): ReactNode {
  return (
    <span className="keys-choices">
      {keys.map((k, i) => (
        <span key={k}>
          {i > 0 && <span className="keys-or"> {separator} </span>}
          <Keys keys={k} />
        </span>
      ))}
    </span>
  );
}
