/** What every action form gets from ReviewActionDialog. */
import type { ActionValues, ConcernSnapshot } from './action-plan';
import type { ActionRequest } from './action-request';

/** Props of each action's form. */
export interface ActionFormProps {
  readonly request: ActionRequest;
  /** The concerns it acts on now (after a bulk action done in part: those it was not done for). */
  readonly snapshots: readonly ConcernSnapshot[];
  readonly isRunning: boolean;
  /** What stopped the last try, in words. */
  readonly problem: string | undefined;
  /** Runs the action on the dialog's concerns, or on `concernIds` (a merge whose sides were swapped). */
  run(values: ActionValues, concernIds?: readonly string[]): void;
  onCancel(): void;
}
