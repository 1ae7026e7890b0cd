/**
 * Carries out a dialog's action: runs it on each concern (run-action.ts), announces the outcome, tells the
 * caller which concerns it was done for, and closes when it was done for all. When some were refused, the
 * dialog stays open on those alone with the outcome shown, and what was typed is kept for another try.
 */
import { useState } from 'react';
import { useDesk } from '../../../app/desk-context';
import { useAnnounce } from '../../../app/announcer';
import type { ActionValues } from './action-plan';
import type { ActionRequest, ReviewActionKind } from './action-request';
import { outcomeWords, splitOutcomes } from './outcome';
import { runReviewAction } from './run-action';
import { t } from '../../../i18n';

/** The runner's state and its run(). */
export interface ActionRunner {
  /** The concerns the dialog acts on now. */
  readonly concernIds: readonly string[];
  readonly isRunning: boolean;
  readonly problem: string | undefined;
  run(values: ActionValues, concernIds?: readonly string[]): void;
}

/** A runner for `request`; mount once per request. */
export function useActionRunner(
  request: ActionRequest,
  onClose: () => void,
  onDone: ((kind: ReviewActionKind, concernIds: readonly string[]) => void) | undefined,
): ActionRunner {
  const { db, settings } = useDesk();
  const announce = useAnnounce();
  const [concernIds, setConcernIds] = useState<readonly string[]>(request.concernIds);
  const [isRunning, setIsRunning] = useState(false);
  const [problem, setProblem] = useState<string>();

  const run = async (values: ActionValues, ids: readonly string[]) => {
    setIsRunning(true);
    setProblem(undefined);
    const author = { at: new Date().toISOString(), by: settings.staffName };
    const outcomes = await runReviewAction(db, author, ids, values);
    const words = outcomeWords(request.kind, outcomes);
    const { done, refused } = splitOutcomes(outcomes);
    setIsRunning(false);
    announce(words);
    if (done.length > 0) onDone?.(request.kind, done);
    if (refused.length === 0) {
      onClose();
      return;
    }
    // A form that chose its own concerns (a merge with its sides swapped) keeps them; otherwise the dialog
    // goes on with the concerns it was not done for.
    if (ids === concernIds) setConcernIds(refused.map((r) => r.concernId));
    setProblem(done.length === 0 && ids.length === 1 ? words : `${words} ${t('reviewActions.outcome.retry')}`);
  };

  return {
    concernIds,
    isRunning,
    problem,
    run: (values, ids) => {
      if (!isRunning) void run(values, ids ?? concernIds);
    },
  };
}
