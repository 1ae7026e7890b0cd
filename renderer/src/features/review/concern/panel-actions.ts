/**
 * Which actions the open concern's action bar offers, and which key asks for which. An action is offered when
 * the person may do it (shared/domain/permissions.ts) and it can apply to the concern as it is now, so the bar
 * never offers what the mutator would refuse: a merged concern takes only flags and comments (open-concern.ts),
 * acknowledging is for a new concern, marking flags reviewed needs an open flag, and so on.
 */
import { reviewStateOf, type Concern } from '@shared/domain/concern';
import { matchesKey, shortcut, type KeyLike } from '../../../app/shortcuts';
import { ACTION_SHORTCUT, type ReviewActionKind } from '../actions/action-request';
import type { Permissions } from '../permissions';

/** The actions in the order the bar shows them: the everyday ones first. */
export const PANEL_ACTIONS: readonly ReviewActionKind[] = [
  'acknowledge',
  'assign',
  'comment',
  'flag',
  'reviewFlags',
  'respond',
  'priority',
  'status',
  'resolve',
  'merge',
];

/** True when the action can apply to the concern as it is now (permissions aside). */
export function appliesTo(kind: ReviewActionKind, concern: Concern, openFlags: number): boolean {
  const isMerged = reviewStateOf(concern).mergedInto !== null;
  if (kind === 'comment' || kind === 'flag') return true;
  if (isMerged) return false;
  switch (kind) {
    case 'acknowledge':
      return concern.status === 'new';
    case 'reviewFlags':
      return openFlags > 0;
    case 'resolve':
      return concern.status !== 'resolved';
    default:
      return true;
  }
}

/** True when the person may ask for the action on this concern ('priority': a counter may still raise one). */
export function mayAsk(kind: ReviewActionKind, concern: Concern, permissions: Permissions): boolean {
  if (kind !== 'priority') return permissions.may(kind);
  if (permissions.may('priority')) return true;
  return permissions.may('raisePriority') && concern.priority !== 'top';
}

/** The actions the bar offers for this concern and person, in PANEL_ACTIONS order. */
export function panelActions(concern: Concern, openFlags: number, permissions: Permissions): ReviewActionKind[] {
  return PANEL_ACTIONS.filter((kind) => appliesTo(kind, concern, openFlags) && mayAsk(kind, concern, permissions));
}

/** The keys of an action in aria-keyshortcuts syntax ("a"), from app/shortcuts.ts. */
export function ariaKeysOf(kind: ReviewActionKind): string {
  return shortcut(ACTION_SHORTCUT[kind]).keys.join(' ');
}

/** The offered action the key press asks for, if any. */
export function actionOfKey(event: KeyLike, offered: readonly ReviewActionKind[]): ReviewActionKind | undefined {
  return offered.find((kind) => shortcut(ACTION_SHORTCUT[kind]).keys.some((keys) => matchesKey(event, keys)));
}
