/**
 * What a key press on the themes means: move between themes (j/k, the arrows, Home/End), open one (Enter, which
 * the focused button does itself) or ask for a facilitator's action on the current theme (r, m, s, h, p), only
 * when the person may facilitate. Pure, for the list and for tests.
 */
import { isShortcut, type KeyLike } from '../../../app/shortcuts';
import { isTextEntry } from '../../../app/useGlobalShortcuts';

/** A facilitator's action on a theme. */
export type ThemeActionKind = 'rename' | 'merge' | 'split' | 'hide' | 'pin';

/** What the key asks for. */
export type ThemeIntent = { type: 'move'; to: number } | { type: 'action'; kind: ThemeActionKind };

const ACTION_KEYS: readonly [string, ThemeActionKind][] = [
  ['meeting.rename', 'rename'],
  ['meeting.merge', 'merge'],
  ['meeting.split', 'split'],
  ['meeting.hide', 'hide'],
  ['meeting.pin', 'pin'],
];

/** The intent of `event` with `current` of `count` themes; undefined for a key the list leaves alone. */
export function themeIntent(event: KeyLike, current: number, count: number, mayFacilitate: boolean): ThemeIntent | undefined {
  if (count === 0 || event.altKey || event.ctrlKey || event.metaKey) return undefined;
  if (isShortcut(event, 'meeting.nextTheme')) return { type: 'move', to: Math.min(count - 1, current + 1) };
  if (isShortcut(event, 'meeting.previousTheme')) return { type: 'move', to: Math.max(0, current - 1) };
  if (event.key === 'Home') return { type: 'move', to: 0 };
  if (event.key === 'End') return { type: 'move', to: count - 1 };
  if (!mayFacilitate) return undefined;
  for (const [id, kind] of ACTION_KEYS) if (isShortcut(event, id)) return { type: 'action', kind };
  return undefined;
}

/** True when a key press means "back to the dashboard" from an open theme (Escape outside a text field). */
export function isBackKey(event: KeyLike & { target: EventTarget | null }, isThemeOpen: boolean): boolean {
  return isThemeOpen && isShortcut(event, 'meeting.back') && !isTextEntry(event.target);
}
