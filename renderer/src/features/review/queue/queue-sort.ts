/**
 * The review queue's order (pure). By default the most pressing first: overdue ones, then by priority (top,
 * high, normal), then the oldest. A person may sort on any column instead, ascending or descending; ties keep
 * the default order, so equal rows never jump about when the data refreshes.
 */
import { PRIORITIES, STATUSES } from '@shared/domain/concern';
import type { QueueRow } from '../../../db/review-queue';

/** The columns the queue sorts on. */
export const SORT_KEYS = [
  'priority',
  'reference',
  'summary',
  'status',
  'channel',
  'category',
  'place',
  'createdBy',
  'createdAt',
  'assignees',
  'due',
  'raisedCount',
] as const;
/** A column the queue sorts on. */
export type SortKey = (typeof SORT_KEYS)[number];

/** A sort on one column; null is the default order. */
export type QueueSort = { readonly key: SortKey; readonly isDescending: boolean } | null;

const text = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const RANK_PRIORITY = new Map(PRIORITIES.map((p, i) => [p, i]));
const RANK_STATUS = new Map(STATUSES.map((s, i) => [s, i]));

const cmp = (a: number, b: number): number => (a < b ? -1 : a > b ? 1 : 0);

/** The default order: overdue first, then top, high, normal, then the oldest logged, then by id. */
export function compareDefault(a: QueueRow, b: QueueRow): number {
  return (
    cmp(Number(b.isOverdue), Number(a.isOverdue)) ||
    cmp(RANK_PRIORITY.get(b.priority) ?? 0, RANK_PRIORITY.get(a.priority) ?? 0) ||
    (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

const firstAssignee = (row: QueueRow): string => row.assignees.map((a) => a.name ?? '').sort(text.compare)[0] ?? '';

// Due order: the time still to wait, so an answered concern (nothing to wait for) comes after every open clock.
const dueRank = (row: QueueRow): number => (row.answeredAt !== null || row.dueAt === '' ? Number.POSITIVE_INFINITY : Date.parse(row.dueAt));

/** Ascending comparison of two rows on one column (empty text last). */
function compareOn(key: SortKey, a: QueueRow, b: QueueRow): number {
  const byText = (x: string, y: string): number => (x === '' ? (y === '' ? 0 : 1) : y === '' ? -1 : text.compare(x, y));
  switch (key) {
    case 'priority':
      return cmp(RANK_PRIORITY.get(a.priority) ?? 0, RANK_PRIORITY.get(b.priority) ?? 0);
    case 'reference':
      return a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0;
    case 'summary':
      return byText(a.summary, b.summary);
    case 'status':
      return cmp(RANK_STATUS.get(a.status) ?? 0, RANK_STATUS.get(b.status) ?? 0);
    case 'channel':
      return byText(a.channel, b.channel);
    case 'category':
      return byText(a.category, b.category);
    case 'place':
      return byText(a.area, b.area) || byText(a.address, b.address);
    case 'createdBy':
      return byText(a.createdBy, b.createdBy);
    case 'createdAt':
      return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
    case 'assignees':
      return byText(firstAssignee(a), firstAssignee(b));
    case 'due':
      return cmp(dueRank(a), dueRank(b));
    case 'raisedCount':
      return cmp(a.raisedCount, b.raisedCount);
  }
}

/** The rows in the sort's order (a new array); descending reverses the column, not the tie-break. */
export function sortRows(rows: readonly QueueRow[], sort: QueueSort): QueueRow[] {
  if (sort === null) return [...rows].sort(compareDefault);
  const sign = sort.isDescending ? -1 : 1;
  return [...rows].sort((a, b) => sign * compareOn(sort.key, a, b) || compareDefault(a, b));
}

/** The next sort when a column's header is pressed: ascending, then descending, then back to the default. */
export function nextSort(current: QueueSort, key: SortKey): QueueSort {
  if (current === null || current.key !== key) return { key, isDescending: false };
  return current.isDescending ? null : { key, isDescending: true };
}
