/**
 * A snippet an admin pastes into the office's website (an iframe or a script tag): read-only text to select,
 * and a Copy button that says through `onCopied` whether the clipboard took it (a browser may refuse).
 */
import { useId, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { Copy } from 'lucide-react';

/** Props: the box's label, the button's, the text, and where the copy's outcome goes. */
export interface CopySnippetProps {
  readonly label: string;
  readonly copyLabel: string;
  readonly text: string;
  readonly onCopied: (ok: boolean) => void;
}

function copy(text: string, onCopied: (ok: boolean) => void): void {
  const clipboard = globalThis.navigator?.clipboard;
  if (clipboard === undefined) return onCopied(false);
  clipboard.writeText(text).then(
    () => onCopied(true),
    () => onCopied(false),
  );
}

/** The labelled snippet and its Copy button. */
export function CopySnippet({ label, copyLabel, text, onCopied }: CopySnippetProps): ReactNode {
  const id = useId();
  return (
    <div className="admin-field">
      <label htmlFor={id} className="admin-label">
        {label}
      </label>
      <textarea id={id} className="input admin-input admin-textarea admin-snippet" readOnly rows={3} value={text} spellCheck={false} />
      <div className="admin-form-actions">
        <Button className="button button-secondary" onPress={() => copy(text, onCopied)}>
          <Copy size={18} aria-hidden />
          {copyLabel}
        </Button>
      </div>
    </div>
  );
}
