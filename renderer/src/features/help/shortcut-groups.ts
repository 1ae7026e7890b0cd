/** Groups SHORTCUTS by where they apply, in the order the help overlay shows them. */
import type { Shortcut } from '../../app/shortcuts';

/** Where a shortcut applies. */
export type ShortcutPlace = Shortcut['where'];

/** The order of the groups: what works everywhere first, then from the quick line outwards. */
export const PLACE_ORDER: readonly ShortcutPlace[] = ['global', 'capture', 'form', 'notebook', 'list', 'review', 'meeting', 'projects'];

/** One heading of the help overlay and its shortcuts, in their original order. */
export interface ShortcutGroup {
  readonly where: ShortcutPlace;
  readonly shortcuts: readonly Shortcut[];
}

/** The non-empty groups, in PLACE_ORDER. */
export function groupShortcuts(shortcuts: readonly Shortcut[]): ShortcutGroup[] {
  return PLACE_ORDER.map((where) => ({ where, shortcuts: shortcuts.filter((s) => s.where === where) })).filter(
    (group) => group.shortcuts.length > 0,
  );
}
