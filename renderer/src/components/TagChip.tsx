/** A free tag shown as "#tag", optionally with a button to remove it. */
import type { ReactNode } from 'react';
import { X } from 'lucide-react';

/** The tag as text "#tag"; with `onRemove`, a small labelled remove button follows it. */
export function TagChip({ tag, onRemove, removeLabel }: { tag: string; onRemove?: () => void; removeLabel?: string }): ReactNode {
  return (
    <span className="tag-chip">
      <span>#{tag}</span>
      {onRemove !== undefined && (
        <button type="button" className="tag-chip-remove" aria-label={removeLabel} title={removeLabel} onClick={onRemove}>
          <X size={12} aria-hidden="true" />
        </button>
      )}
    </span>
  );
}
