/**
 * Counting concerns by a key into the figures' Count rows (key, count, share of a total, the ids behind it), so
 * every figure of the meeting opens the concerns it counts.
 */
import type { Count } from './types';

/** Ids grouped by key, in first-seen order of keys and of ids. */
export function groupIds<T extends { id: string }>(items: readonly T[], keyOf: (item: T) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const key = keyOf(item);
    const ids = groups.get(key);
    if (ids === undefined) groups.set(key, [item.id]);
    else ids.push(item.id);
  }
  return groups;
}

/** count / total, 0 when the total is 0 (an empty month has no shares, not NaN). */
export function shareOf(count: number, total: number): number {
  return total > 0 ? count / total : 0;
}

/** A Count row of ids against a total. */
export function countOf(key: string, concernIds: string[], total: number): Count {
  return { key, count: concernIds.length, share: shareOf(concernIds.length, total), concernIds };
}

/** Count rows for groups, biggest first, ties by key, so the same input always lists in the same order. */
export function countsOf(groups: ReadonlyMap<string, string[]>, total: number): Count[] {
  return [...groups]
    .map(([key, ids]) => countOf(key, ids, total))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The median of numbers, null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}
