/**
 * The keyboard shortcuts that work across the whole window, read from SHORTCUTS. Rules:
 * - 'global' shortcuts work everywhere, even while typing, except that a shortcut without a modifier that
 *   types a character ("/") only works outside text fields: "/" in the quick line is a slash.
 * - 'notebook' shortcuts ([, ], t, ?) never fire while focus is in a text field.
 * - Nothing fires while a dialog is open: it owns the keyboard until it closes.
 * Shortcuts that belong to one place (the quick line, the form, the entry list) are handled there.
 */
import { useLayoutEffect, useRef } from 'react';
import { isShortcut, type KeyLike } from './shortcuts';

/** What the global shortcuts do. */
export interface GlobalActions {
  focusCapture(): void;
  newDraft(): void;
  nextDraft(): void;
  focusSearch(): void;
  previousDay(): void;
  nextDay(): void;
  today(): void;
  openHelp(): void;
  openPalette(): void;
  openSettings(): void;
  showNotebook(): void;
  showReview(): void;
  showMeeting(): void;
  showProjects(): void;
  showNewsletter(): void;
}

const hasModifier = (event: KeyLike) => event.altKey || event.ctrlKey || event.metaKey;

/** True when focus is where typing goes, so plain keys must stay plain keys. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  if (target.tagName !== 'INPUT') return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes((target as HTMLInputElement).type);
}

/** Which action a key press asks for, if any. Pure, for the handler and for tests. */
export function globalActionFor(event: KeyLike, isTyping: boolean): keyof GlobalActions | undefined {
  const plainAllowed = !isTyping || hasModifier(event);
  if (isShortcut(event, 'capture.focus')) return 'focusCapture';
  if (isShortcut(event, 'capture.newDraft')) return 'newDraft';
  if (isShortcut(event, 'capture.nextDraft')) return 'nextDraft';
  if (isShortcut(event, 'palette.open')) return 'openPalette';
  if (isShortcut(event, 'settings.show')) return 'openSettings';
  if (isShortcut(event, 'view.notebook')) return 'showNotebook';
  if (isShortcut(event, 'view.review')) return 'showReview';
  if (isShortcut(event, 'view.meeting')) return 'showMeeting';
  if (isShortcut(event, 'view.projects')) return 'showProjects';
  if (isShortcut(event, 'view.newsletter')) return 'showNewsletter';
  if (isShortcut(event, 'search.focus') && plainAllowed) return 'focusSearch';
  if (isTyping || hasModifier(event)) return undefined;
  if (isShortcut(event, 'notebook.previousDay')) return 'previousDay';
  if (isShortcut(event, 'notebook.nextDay')) return 'nextDay';
  if (isShortcut(event, 'notebook.today')) return 'today';
  if (isShortcut(event, 'help.show')) return 'openHelp';
  return undefined;
}

/** Listens on the window while `isEnabled`; `actions` may change on every render. */
export function useGlobalShortcuts(actions: GlobalActions, isEnabled: boolean): void {
  const latest = useRef(actions);
  // Layout effects: the listener is in place in the same commit that focuses the quick line, so a shortcut
  // pressed the moment the app appears is never lost (a passive effect runs only after the first paint).
  useLayoutEffect(() => {
    latest.current = actions;
  });
  useLayoutEffect(() => {
    if (!isEnabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = globalActionFor(event, isTextEntry(event.target));
      if (action === undefined) return;
      event.preventDefault();
      latest.current[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [isEnabled]);
}
