/**
 * One value fetched from the office server when a tab opens (the office settings, the office profile): loading,
 * the value, or why it could not be had; reload() asks again and keeps showing the old value meanwhile, so a
 * table does not flash empty after each change. An answer that arrives after a newer request, or after the tab
 * closed, is dropped. Lists use it through useRemoteList.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { apiProblem, type ApiProblem } from './api-problem';

/** The value's state and reload(). */
export interface RemoteValue<T> {
  /** Undefined until the first answer. */
  readonly value: T | undefined;
  readonly isLoading: boolean;
  /** Why the last fetch failed; cleared by the next success. */
  readonly problem: ApiProblem | undefined;
  reload(): void;
  /** Changes the value in place (after a save answered with the new one); nothing before the first answer. */
  update(change: (value: T) => T): void;
}

/** Fetches with `load` on mount and on reload(). */
export function useRemoteValue<T>(load: () => Promise<T>): RemoteValue<T> {
  const [value, setValue] = useState<T>();
  const [isLoading, setIsLoading] = useState(true);
  const [problem, setProblem] = useState<ApiProblem>();
  const latest = useRef(0);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  const fetchValue = useCallback(() => {
    const request = ++latest.current;
    loadRef.current().then(
      (loaded) => {
        if (request !== latest.current) return;
        setValue(loaded);
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
    fetchValue();
    return () => {
      latest.current += 1;
    };
  }, [fetchValue]);

  const reload = useCallback(() => {
    setIsLoading(true);
    fetchValue();
  }, [fetchValue]);

  const update = useCallback((change: (current: T) => T) => {
    setValue((current) => (current === undefined ? current : change(current)));
  }, []);

  return { value, isLoading, problem, reload, update };
}
