/**
 * The contract between where a review action is asked for (the queue's keys and bulk bar, an open concern's
 * action bar, the palette) and the dialogs that carry it out (ReviewActionDialog): which action, on which
 * concerns. Each kind is one or two synced mutations (shared/sync/mutators/review.ts, assign.ts, merge.ts,
 * status.ts), run for every concern in one local transaction.
 */
import type { ConcernAction } from '@shared/domain/permissions';

/** The actions a reviewer asks for; each needs the permission of the same name (or raisePriority). */
export const REVIEW_ACTION_KINDS = [
  'acknowledge',
  'assign',
  'comment',
  'flag',
  'reviewFlags',
  'priority',
  'status',
  'respond',
  'resolve',
  'merge',
] as const;
/** One of REVIEW_ACTION_KINDS. */
export type ReviewActionKind = (typeof REVIEW_ACTION_KINDS)[number] & ConcernAction;

/** An action asked for on one or more concerns. */
export interface ActionRequest {
  readonly kind: ReviewActionKind;
  /** The concerns it acts on, in the order they were shown; at least one. */
  readonly concernIds: readonly string[];
  /** For 'merge': the concern that survives, when already chosen (a similar-concern suggestion). */
  readonly mergeInto?: string;
}

/** The shortcut id of each action (renderer/src/app/shortcuts.ts, where 'review'). */
export const ACTION_SHORTCUT: Readonly<Record<ReviewActionKind, string>> = {
  acknowledge: 'review.acknowledge',
  assign: 'review.assign',
  comment: 'review.comment',
  flag: 'review.flag',
  reviewFlags: 'review.reviewFlags',
  priority: 'review.priority',
  status: 'review.status',
  respond: 'review.respond',
  resolve: 'review.resolve',
  merge: 'review.merge',
};
