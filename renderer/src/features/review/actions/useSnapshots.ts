/** The concerns an action is about, as the desk has them now: live, so the dialog shows what will be acted on. */
import { useState } from 'react';
import { useLiveQuery } from '../../../db';
import { useDesk } from '../../../app/desk-context';
import type { ConcernSnapshot } from './action-plan';
import { readSnapshot } from './run-action';

/** What the dialog knows of its concerns: still loading, or the snapshots found and the ids not on the desk. */
export type Snapshots =
  | { readonly isLoading: true }
  | { readonly isLoading: false; readonly found: readonly ConcernSnapshot[]; readonly missing: readonly string[] };

/** The snapshots of `concernIds`, in their order, re-read whenever one of their rows changes. */
export function useSnapshots(concernIds: readonly string[]): Snapshots {
  const { db } = useDesk();
  const key = concernIds.join(',');
  const result = useLiveQuery(
    async () => {
      const all = await Promise.all(concernIds.map((id) => readSnapshot(db, id)));
      const found = all.filter((s): s is ConcernSnapshot => s !== undefined);
      return { found, missing: concernIds.filter((_, i) => all[i] === undefined) };
    },
    // The ids' text stands for the array: callers may pass a fresh array with the same ids on every render.
    [db, key],
  );
  // While new ids are read (a bulk action done in part narrows them), the last snapshots stay shown: the form
  // must not be unmounted, which would throw away what the person typed.
  const [last, setLast] = useState(result);
  if (result !== undefined && result !== last) setLast(result);
  const shown = result ?? last;
  return shown === undefined ? { isLoading: true } : { isLoading: false, ...shown };
}
