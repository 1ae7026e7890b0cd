/**
 * An icon button whose tooltip names the action and its keyboard shortcut, so the shortcut is learnt by using
 * the mouse. The accessible name is the action; the shortcut is exposed with aria-keyshortcuts.
 */
import type { ReactNode } from 'react';
import { Button, Tooltip, TooltipTrigger } from 'react-aria-components';

/** Props of a ShortcutButton. */
export interface ShortcutButtonProps {
  readonly label: string;
  /** The shortcut as people read it, e.g. "Ctrl+K". */
  readonly shortcutText?: string;
  /** The shortcut in aria-keyshortcuts syntax, e.g. "Control+K". */
  readonly ariaKeys?: string;
  readonly onPress: () => void;
  readonly children: ReactNode;
  readonly className?: string;
}

/** A labelled button with a tooltip showing its shortcut. */
export function ShortcutButton(props: ShortcutButtonProps): ReactNode {
  const { label, shortcutText, ariaKeys, onPress, children, className = 'icon-button' } = props;
  return (
    <TooltipTrigger delay={400} closeDelay={100}>
      <Button
        className={className}
        aria-label={label}
        // react-aria's Button passes on only the DOM props it knows, and aria-keyshortcuts is not one of them.
        ref={(element) => {
          if (element === null) return;
          if (ariaKeys === undefined) element.removeAttribute('aria-keyshortcuts');
          else element.setAttribute('aria-keyshortcuts', ariaKeys);
        }}
        onPress={onPress}
      >
        {children}
      </Button>
      <Tooltip className="tooltip" offset={6}>
        {label}
        {shortcutText !== undefined && <kbd className="tooltip-keys">{shortcutText}</kbd>}
      </Tooltip>
    </TooltipTrigger>
  );
}
