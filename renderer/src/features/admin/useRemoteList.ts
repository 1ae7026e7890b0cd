/** A list fetched from the office server (the staff, the devices): useRemoteValue with the value named items. */
import { useRemoteValue } from './useRemoteValue';
import type { ApiProblem } from './api-problem';

/** The list's state and what may be done with it. */
export interface RemoteList<T> {
  /** Undefined until the first answer. */
  readonly items: readonly T[] | undefined;
  readonly isLoading: boolean;
  /** Why the last fetch failed; cleared by the next success. */
  readonly problem: ApiProblem | undefined;
  reload(): void;
  /** Changes the items in place (after an add or update answered with the new item). */
  update(change: (items: readonly T[]) => readonly T[]): void;
}

/** Fetches with `load` on mount and on reload(); see useRemoteValue. */
export function useRemoteList<T>(load: () => Promise<readonly T[]>): RemoteList<T> {
  const { value, isLoading, problem, reload, update } = useRemoteValue<readonly T[]>(load);
  return { items: value, isLoading, problem, reload, update };
}
