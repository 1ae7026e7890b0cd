/**
 * Every keyboard shortcut of the app, as data: the key handler, the help overlay, tooltips and the README all
 * read this list, so a shortcut cannot be documented in one place and work differently in another.
 * `keys` uses KeyboardEvent.key names joined with '+', modifiers first ("Alt+n", "Shift+Enter").
 * `where` says when it applies: 'global' works everywhere, even while typing; 'notebook' only when focus is not
 * in a text field; 'capture' in the quick line; 'form' in the full form; 'review' in the review queue and on an
 * open concern, when focus is not in a text field (the action keys act on the current or selected rows);
 * 'meeting' in the meeting view, when focus is not in a text field ([ and ] move a month there, not a day);
 * 'projects' in the projects view's list (j/k move there too, as 'list' says), when focus is not in a text field.
 */

import type { MessageKey } from '../i18n';

/** A keyboard shortcut and what it does. */
export interface Shortcut {
  readonly id: string;
  readonly keys: readonly string[];
  readonly where: 'global' | 'notebook' | 'capture' | 'form' | 'list' | 'review' | 'meeting' | 'projects';
  /** Message key of what the shortcut does, shown in the help overlay. */
  readonly description: MessageKey;
}

/** All shortcuts, grouped in the order the help overlay shows them. */
export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'capture.focus', keys: ['Alt+n'], where: 'global', description: 'shortcut.capture.focus' },
  { id: 'capture.save', keys: ['Enter'], where: 'capture', description: 'shortcut.capture.save' },
  { id: 'capture.details', keys: ['Shift+Enter'], where: 'capture', description: 'shortcut.capture.details' },
  { id: 'capture.newDraft', keys: ['Alt+s'], where: 'global', description: 'shortcut.capture.newDraft' },
  { id: 'capture.nextDraft', keys: ['Alt+d'], where: 'global', description: 'shortcut.capture.nextDraft' },
  { id: 'capture.priority', keys: ['!top', '!high'], where: 'capture', description: 'shortcut.capture.priority' },
  { id: 'capture.tag', keys: ['#tag'], where: 'capture', description: 'shortcut.capture.tag' },
  { id: 'form.save', keys: ['Control+Enter', 'Control+s'], where: 'form', description: 'shortcut.form.save' },
  { id: 'form.cancel', keys: ['Escape'], where: 'form', description: 'shortcut.form.cancel' },
  { id: 'search.focus', keys: ['/', 'Control+f'], where: 'global', description: 'shortcut.search.focus' },
  { id: 'notebook.previousDay', keys: ['['], where: 'notebook', description: 'shortcut.notebook.previousDay' },
  { id: 'notebook.nextDay', keys: [']'], where: 'notebook', description: 'shortcut.notebook.nextDay' },
  { id: 'notebook.today', keys: ['t'], where: 'notebook', description: 'shortcut.notebook.today' },
  { id: 'list.next', keys: ['j', 'ArrowDown'], where: 'list', description: 'shortcut.list.next' },
  { id: 'list.previous', keys: ['k', 'ArrowUp'], where: 'list', description: 'shortcut.list.previous' },
  { id: 'list.toggle', keys: ['Enter', ' '], where: 'list', description: 'shortcut.list.toggle' },
  { id: 'list.edit', keys: ['e'], where: 'list', description: 'shortcut.list.edit' },
  { id: 'list.open', keys: ['o'], where: 'list', description: 'shortcut.list.open' },
  { id: 'view.notebook', keys: ['Alt+1'], where: 'global', description: 'shortcut.view.notebook' },
  { id: 'view.review', keys: ['Alt+2'], where: 'global', description: 'shortcut.view.review' },
  { id: 'view.meeting', keys: ['Alt+3'], where: 'global', description: 'shortcut.view.meeting' },
  { id: 'view.projects', keys: ['Alt+4'], where: 'global', description: 'shortcut.view.projects' },
  { id: 'view.newsletter', keys: ['Alt+5'], where: 'global', description: 'shortcut.view.newsletter' },
  { id: 'review.open', keys: ['Enter'], where: 'review', description: 'shortcut.review.open' },
  { id: 'review.select', keys: ['x'], where: 'review', description: 'shortcut.review.select' },
  { id: 'review.selectAll', keys: ['Shift+x'], where: 'review', description: 'shortcut.review.selectAll' },
  { id: 'review.acknowledge', keys: ['a'], where: 'review', description: 'shortcut.review.acknowledge' },
  { id: 'review.assign', keys: ['s'], where: 'review', description: 'shortcut.review.assign' },
  { id: 'review.comment', keys: ['c'], where: 'review', description: 'shortcut.review.comment' },
  { id: 'review.flag', keys: ['f'], where: 'review', description: 'shortcut.review.flag' },
  { id: 'review.reviewFlags', keys: ['v'], where: 'review', description: 'shortcut.review.reviewFlags' },
  { id: 'review.priority', keys: ['p'], where: 'review', description: 'shortcut.review.priority' },
  { id: 'review.status', keys: ['u'], where: 'review', description: 'shortcut.review.status' },
  { id: 'review.respond', keys: ['r'], where: 'review', description: 'shortcut.review.respond' },
  { id: 'review.resolve', keys: ['d'], where: 'review', description: 'shortcut.review.resolve' },
  { id: 'review.merge', keys: ['m'], where: 'review', description: 'shortcut.review.merge' },
  { id: 'review.linkProject', keys: ['l'], where: 'review', description: 'shortcut.review.linkProject' },
  { id: 'meeting.previousMonth', keys: ['['], where: 'meeting', description: 'shortcut.meeting.previousMonth' },
  { id: 'meeting.nextMonth', keys: [']'], where: 'meeting', description: 'shortcut.meeting.nextMonth' },
  { id: 'meeting.latest', keys: ['t'], where: 'meeting', description: 'shortcut.meeting.latest' },
  { id: 'meeting.nextTheme', keys: ['j', 'ArrowDown', 'ArrowRight'], where: 'meeting', description: 'shortcut.meeting.nextTheme' },
  { id: 'meeting.previousTheme', keys: ['k', 'ArrowUp', 'ArrowLeft'], where: 'meeting', description: 'shortcut.meeting.previousTheme' },
  { id: 'meeting.open', keys: ['Enter'], where: 'meeting', description: 'shortcut.meeting.open' },
  { id: 'meeting.back', keys: ['Escape'], where: 'meeting', description: 'shortcut.meeting.back' },
  { id: 'meeting.rename', keys: ['r'], where: 'meeting', description: 'shortcut.meeting.rename' },
  { id: 'meeting.merge', keys: ['m'], where: 'meeting', description: 'shortcut.meeting.merge' },
  { id: 'meeting.split', keys: ['s'], where: 'meeting', description: 'shortcut.meeting.split' },
  { id: 'meeting.hide', keys: ['h'], where: 'meeting', description: 'shortcut.meeting.hide' },
  { id: 'meeting.pin', keys: ['p'], where: 'meeting', description: 'shortcut.meeting.pin' },
  { id: 'projects.open', keys: ['Enter'], where: 'projects', description: 'shortcut.projects.open' },
  { id: 'projects.new', keys: ['n'], where: 'projects', description: 'shortcut.projects.new' },
  { id: 'palette.open', keys: ['Control+k'], where: 'global', description: 'shortcut.palette.open' },
  { id: 'help.show', keys: ['?', 'F1'], where: 'notebook', description: 'shortcut.help.show' },
  { id: 'settings.show', keys: ['Control+,'], where: 'global', description: 'shortcut.settings.show' },
];

/** True when the keyboard event matches the shortcut key string, e.g. "Alt+n" or "Control+Enter". */
export function matchesKey(event: KeyLike, keys: string): boolean {
  const parts = keys.split('+');
  const key = keys.endsWith('++') ? '+' : (parts.pop() ?? '');
  const wantsAlt = parts.includes('Alt');
  const wantsCtrl = parts.includes('Control');
  const wantsShift = parts.includes('Shift');
  // Control also matches Cmd on macOS, where Ctrl+S means something else to users.
  const ctrl = event.ctrlKey || event.metaKey;
  if (event.altKey !== wantsAlt || ctrl !== wantsCtrl) return false;
  // Shift is implied by the character for keys such as "?", so only check it for named and letter keys.
  if (key.length > 1 || /[a-z]/i.test(key)) {
    if (event.shiftKey !== wantsShift) return false;
  }
  if (event.key.toLowerCase() === key.toLowerCase()) return true;
  // On a Mac, Option+N types "˜" rather than "n" (Option+1 "¡"): fall back to the physical key for Alt+letter
  // and Alt+digit shortcuts.
  if (!wantsAlt) return false;
  if (/^[a-z]$/i.test(key)) return event.code === `Key${key.toUpperCase()}`;
  return /^[0-9]$/.test(key) && event.code === `Digit${key}`;
}

/** The parts of a KeyboardEvent (DOM or React) that shortcut matching reads. */
export type KeyLike = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'> & { readonly code?: string };

/** True when the event matches any of the keys of the shortcut with this id. */
export function isShortcut(event: KeyLike, id: string): boolean {
  return shortcut(id).keys.some((keys) => matchesKey(event, keys));
}

/** Finds a shortcut by id; throws on an unknown id so a typo fails at once. */
export function shortcut(id: string): Shortcut {
  const found = SHORTCUTS.find((s) => s.id === id);
  if (found === undefined) throw new Error(`Unknown shortcut ${id}`);
  return found;
}
