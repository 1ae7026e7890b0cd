/**
 * Keeps the keyboard in a list whose items can remove themselves (a dismissed alert): after the removal, the
 * first button of the item now in its place (or of the new last item) takes the focus, instead of the focus
 * falling back to the page's start. Nothing is focused once the list is empty.
 */
import { useEffect, useRef, type RefObject } from 'react';

/** The list's ref, and `removing(index)` to call as the item at `index` goes. `count` is the number of items. */
export function useFocusAfterRemoval(count: number): { listRef: RefObject<HTMLUListElement | null>; removing: (index: number) => void } {
  const listRef = useRef<HTMLUListElement>(null);
  const pending = useRef<number | undefined>(undefined);
  useEffect(() => {
    const index = pending.current;
    if (index === undefined) return;
    pending.current = undefined;
    const items = listRef.current?.children;
    if (items === undefined || items.length === 0) return;
    items[Math.min(index, items.length - 1)]?.querySelector<HTMLElement>('button')?.focus();
  }, [count]);
  return {
    listRef,
    removing: (index) => {
      pending.current = index;
    },
  };
}
