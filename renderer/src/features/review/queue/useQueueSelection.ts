/**
 * The queue's current row and selection, kept by concern id so both survive live updates and re-sorting: a
 * row that leaves the shown rows leaves the selection, and the current row stays on its concern, or on the
 * same position when that concern left.
 */
import { useCallback, useMemo, useState } from 'react';
import type { QueueRow } from '../../../db/review-queue';

/** The selection state and its changes. */
export interface QueueSelection {
  /** Index of the current row in the shown rows (0 when none are shown). */
  readonly current: number;
  readonly currentId: string | undefined;
  /** Ids of the selected rows, all of them shown. */
  readonly selected: ReadonlySet<string>;
  /** Increases each time the current row should take the focus. */
  readonly focusToken: number;
  moveTo(index: number, takeFocus: boolean): void;
  toggle(id: string): number;
  /** Selects every shown row, or none when all already are; returns how many are selected after. */
  toggleAll(): number;
  clear(): void;
}

/** Current row and selection over the shown rows. */
export function useQueueSelection(shown: readonly QueueRow[]): QueueSelection {
  const [chosen, setChosen] = useState<{ id: string | undefined; index: number }>({ id: undefined, index: 0 });
  const [focusToken, setFocusToken] = useState(0);
  const ids = useMemo(() => new Map(shown.map((row, index) => [row.id, index])), [shown]);
  // The selection is pruned to the shown rows whenever they change (during render, so no frame ever shows a
  // row selected that left), and forgets rows that left: one coming back later is not selected again.
  const [tracked, setTracked] = useState<{ ids: Map<string, number>; selected: ReadonlySet<string> }>({ ids, selected: new Set() });
  let selected = tracked.selected;
  if (tracked.ids !== ids) {
    const kept = [...selected].filter((id) => ids.has(id));
    if (kept.length !== selected.size) selected = new Set(kept);
    setTracked({ ids, selected });
  }

  const found = chosen.id === undefined ? undefined : ids.get(chosen.id);
  const current = found ?? Math.min(chosen.index, Math.max(0, shown.length - 1));

  const moveTo = useCallback(
    (index: number, takeFocus: boolean) => {
      setChosen({ id: shown[index]?.id, index });
      if (takeFocus) setFocusToken((n) => n + 1);
    },
    [shown],
  );
  const toggle = useCallback(
    (id: string) => {
      const next = new Set(selected);
      if (!next.delete(id)) next.add(id);
      setTracked({ ids, selected: next });
      return next.size;
    },
    [selected, ids],
  );
  const toggleAll = useCallback(() => {
    const next = shown.length > 0 && shown.every((row) => selected.has(row.id)) ? new Set<string>() : new Set(shown.map((row) => row.id));
    setTracked({ ids, selected: next });
    return next.size;
  }, [shown, selected, ids]);
  const clear = useCallback(() => setTracked({ ids, selected: new Set() }), [ids]);
  return { current, currentId: shown[current]?.id, selected, focusToken, moveTo, toggle, toggleAll, clear };
}
