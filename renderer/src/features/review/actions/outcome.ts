/**
 * The words of an action's outcome over one or several concerns: "Acknowledged 7F3A09C2.", "Done for 4 of 5;
 * not for 7F3A09C2: Someone else already marked this concern resolved, so it was not changed." A concern
 * left unchanged (already as asked) counts as done: what the person wanted is true.
 */
import { concernReference } from '@shared/domain/reference';
import { t, type MessageKey } from '../../../i18n';
import type { ReviewActionKind } from './action-request';
import type { ConcernOutcome } from './run-action';

const DONE: Readonly<Record<ReviewActionKind, MessageKey>> = {
  acknowledge: 'reviewActions.done.acknowledge',
  assign: 'reviewActions.done.assign',
  comment: 'reviewActions.done.comment',
  flag: 'reviewActions.done.flag',
  reviewFlags: 'reviewActions.done.reviewFlags',
  priority: 'reviewActions.done.priority',
  status: 'reviewActions.done.status',
  respond: 'reviewActions.done.respond',
  resolve: 'reviewActions.done.resolve',
  merge: 'reviewActions.done.merge',
};

/** The outcomes split: the concerns done (or already as asked) and those refused, with why. */
export function splitOutcomes(outcomes: readonly ConcernOutcome[]): {
  done: string[];
  refused: Extract<ConcernOutcome, { status: 'refused' }>[];
} {
  const done: string[] = [];
  const refused: Extract<ConcernOutcome, { status: 'refused' }>[] = [];
  for (const outcome of outcomes) {
    if (outcome.status === 'refused') refused.push(outcome);
    else done.push(outcome.concernId);
  }
  return { done, refused };
}

/** One sentence saying how the action went, naming each concern it was not done for and why. */
export function outcomeWords(kind: ReviewActionKind, outcomes: readonly ConcernOutcome[]): string {
  const { done, refused } = splitOutcomes(outcomes);
  const total = outcomes.length;
  const action = t(DONE[kind]);
  const reasons = refused.map((r) => t('reviewActions.outcome.reason', { reference: concernReference(r.concernId), reason: r.reason })).join('; ');
  if (refused.length === 0) {
    const only = outcomes[0];
    if (total === 1 && only !== undefined) return t('reviewActions.outcome.one', { action, reference: concernReference(only.concernId) });
    return t('reviewActions.outcome.all', { action, count: total });
  }
  if (done.length === 0) {
    return total === 1 ? t('reviewActions.outcome.notOne', { reason: refused[0]?.reason ?? '' }) : t('reviewActions.outcome.none', { count: total, reasons });
  }
  return t('reviewActions.outcome.some', { done: done.length, total, reasons });
}
