/**
 * What a key pressed in the queue's table means (pure, so every key is tested without a DOM): moving the current
 * row, opening it, selecting, or asking for a review action. Keys come from app/shortcuts.ts ('list' moves,
 * 'review' the rest); an action key counts only when the person may do that action.
 */
import { ACTION_SHORTCUT, REVIEW_ACTION_KINDS, type ReviewActionKind } from '../actions/action-request';
import { isShortcut, type KeyLike } from '../../../app/shortcuts';

/** What a key asks the queue to do. */
export type QueueIntent =
  | { readonly type: 'move'; readonly to: number }
  | { readonly type: 'open' }
  | { readonly type: 'select' }
  | { readonly type: 'selectAll' }
  | { readonly type: 'action'; readonly kind: ReviewActionKind };

/** Rows a Page Up or Page Down moves by. */
export const PAGE_ROWS = 10;

function move(key: string, current: number, count: number): number | undefined {
  switch (key) {
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return Math.min(count - 1, current + PAGE_ROWS);
    case 'PageUp':
      return Math.max(0, current - PAGE_ROWS);
    default:
      return undefined;
  }
}

/**
 * The intent of a key on row `current` of `count` shown rows, given the actions allowed; undefined when the
 * key means nothing here (it is then left to the browser). Keys with Ctrl, Cmd or Alt are never the queue's.
 */
export function queueIntent(event: KeyLike, current: number, count: number, allowed: readonly ReviewActionKind[]): QueueIntent | undefined {
  if (count === 0 || event.ctrlKey || event.metaKey || event.altKey) return undefined;
  if (isShortcut(event, 'list.next')) return { type: 'move', to: Math.min(count - 1, current + 1) };
  if (isShortcut(event, 'list.previous')) return { type: 'move', to: Math.max(0, current - 1) };
  const to = event.shiftKey ? undefined : move(event.key, current, count);
  if (to !== undefined) return { type: 'move', to };
  if (isShortcut(event, 'review.open')) return { type: 'open' };
  if (isShortcut(event, 'review.selectAll')) return { type: 'selectAll' };
  if (isShortcut(event, 'review.select')) return { type: 'select' };
  const kind = REVIEW_ACTION_KINDS.find((each) => isShortcut(event, ACTION_SHORTCUT[each]));
  return kind !== undefined && allowed.includes(kind) ? { type: 'action', kind } : undefined;
}

/**
 * The actions a person with these permissions is offered: each needs its own permission, except priority,
 * which a counter may also use to raise one (the dialog then offers only higher priorities).
 */
export function allowedActions(may: (action: ReviewActionKind | 'raisePriority') => boolean): ReviewActionKind[] {
  return REVIEW_ACTION_KINDS.filter((kind) => (kind === 'priority' ? may('priority') || may('raisePriority') : may(kind)));
}
