/**
 * A list fetched from the office server: loading, the items, or why they could not be had; reload() fetches
 * again and keeps showing the old items meanwhile, so a table does not flash empty after each change.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { apiProblem, type ApiProblem } from './api-problem';

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

/** Fetches with `load` on mount and on reload(); an answer that arrives after a newer request is dropped. */
export function useRemoteList<T>(load: () => Promise<readonly T[]>): RemoteList<T> {
  const [items, setItems] = useState<readonly T[]>();
  const [isLoading, setIsLoading] = useState(true);
  const [problem, setProblem] = useState<ApiProblem>();
  const latest = useRef(0);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  // Only sets state once the answer is in, so the effect below may start it without a cascading render.
  const fetchList = useCallback(() => {
    const request = ++latest.current;
    loadRef.current().then(
      (loaded) => {
        if (request !== latest.current) return;
        setItems(loaded);
        setProblem(undefined);
        setIsLoading(false);
      },
      (error: unknown) => {
        if (request !== latest.current) return;
        setProblem(apiProblem(error));
        setIsLoading(false);
      },
    );
  }, []);

  useEffect(() => {
    fetchList();
    // Unmounting makes any answer still on its way stale.
    return () => {
      latest.current += 1;
    };
  }, [fetchList]);

  const reload = useCallback(() => {
    setIsLoading(true);
    fetchList();
  }, [fetchList]);

  const update = useCallback((change: (current: readonly T[]) => readonly T[]) => {
    setItems((current) => (current === undefined ? current : change(current)));
  }, []);

  return { items, isLoading, problem, reload, update };
}
