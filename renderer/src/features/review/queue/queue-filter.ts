/**
 * The review queue's filters and saved views (pure): what a person narrows the queue to, and whether a row
 * passes. Every list-valued filter (statuses, priorities) keeps rows matching any of its values; an empty list
 * or '' means "any". Views are named filters: the built-in ones every desk has, and those a person saves.
 */
import { z } from 'zod';
import { CHANNELS, PRIORITIES, STATUSES, type Channel, type Priority, type Status } from '@shared/domain/concern';
import type { QueueRow } from '../../../db/review-queue';
import type { MessageKey } from '../../../i18n';
import { toDayKey } from '../../../lib/dates';

/** Who a filter on assignees keeps: anyone (''), nobody assigned, the person at this desk, or one staff id. */
export type AssigneeFilter = '' | 'unassigned' | 'me' | string;

/** Schema of a queue filter; a saved view's filter is parsed with it, missing fields taking "any". */
export const QueueFilterSchema = z.object({
  statuses: z.array(z.enum(STATUSES)).default([]),
  priorities: z.array(z.enum(PRIORITIES)).default([]),
  channel: z.union([z.literal(''), z.enum(CHANNELS)]).default(''),
  category: z.string().default(''),
  tag: z.string().default(''),
  assignee: z.string().default(''),
  loggedBy: z.string().default(''),
  /** First and last day logged, YYYY-MM-DD in the desk's time zone; '' for open-ended. */
  from: z.string().default(''),
  to: z.string().default(''),
  overdueOnly: z.boolean().default(false),
  flaggedOnly: z.boolean().default(false),
  text: z.string().default(''),
});
/** A combination of filters. */
export type QueueFilter = z.infer<typeof QueueFilterSchema>;

/** The filter that keeps every row. */
export const EMPTY_FILTER: QueueFilter = QueueFilterSchema.parse({});

/** What a filter needs to know about the desk: the signed-in person's staff id, for "me". */
export interface FilterContext {
  readonly me?: string;
}

/** Lower-case words of free text, each of which a row must contain somewhere. */
function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase().split(/\s+/).filter((word) => word !== '');
}

// Rows are rebuilt only when the data changes, so a row's text is joined once, not on every keystroke.
const haystacks = new WeakMap<QueueRow, string>();

function haystackOf(row: QueueRow): string {
  let found = haystacks.get(row);
  if (found === undefined) {
    found = joinedText(row);
    haystacks.set(row, found);
  }
  return found;
}

function joinedText(row: QueueRow): string {
  return [
    row.summary,
    row.reference,
    row.category,
    row.area,
    row.address,
    row.createdBy,
    row.flags?.latestReason ?? '',
    ...row.tags.map((tag) => `#${tag}`),
    ...row.assignees.map((a) => a.name ?? ''),
  ]
    .join('\n')
    .toLocaleLowerCase();
}

function matchesAssignee(row: QueueRow, assignee: AssigneeFilter, context: FilterContext): boolean {
  if (assignee === '') return true;
  if (assignee === 'unassigned') return row.assignees.length === 0;
  const id = assignee === 'me' ? context.me : assignee;
  return id !== undefined && row.assignees.some((a) => a.id === id);
}

/**
 * A predicate for the rows `filter` keeps. Built once per filter (the text is split once), then run on each row.
 * "me" keeps nothing when the desk has no signed-in person.
 */
export function rowFilter(filter: QueueFilter, context: FilterContext = {}): (row: QueueRow) => boolean {
  const words = wordsOf(filter.text);
  const statuses = new Set<Status>(filter.statuses);
  const priorities = new Set<Priority>(filter.priorities);
  const tag = filter.tag.replace(/^#/, '').toLocaleLowerCase();
  return (row) =>
    (statuses.size === 0 || statuses.has(row.status)) &&
    (priorities.size === 0 || priorities.has(row.priority)) &&
    (filter.channel === '' || row.channel === filter.channel) &&
    (filter.category === '' || row.category === filter.category) &&
    (tag === '' || row.tags.includes(tag)) &&
    matchesAssignee(row, filter.assignee, context) &&
    (filter.loggedBy === '' || row.createdBy === filter.loggedBy) &&
    (filter.from === '' || toDayKey(new Date(row.createdAt)) >= filter.from) &&
    (filter.to === '' || toDayKey(new Date(row.createdAt)) <= filter.to) &&
    (!filter.overdueOnly || row.isOverdue) &&
    (!filter.flaggedOnly || row.flags !== null) &&
    (words.length === 0 || words.every((word) => haystackOf(row).includes(word)));
}

/** The rows `filter` keeps, in their order. */
export function filterRows(rows: readonly QueueRow[], filter: QueueFilter, context: FilterContext = {}): QueueRow[] {
  const keep = rowFilter(filter, context);
  return rows.filter(keep);
}

/** How many filters are set (for "3 filters" and to offer "Clear filters"). */
export function activeFilterCount(filter: QueueFilter): number {
  return (Object.keys(EMPTY_FILTER) as (keyof QueueFilter)[]).filter(
    (key) => JSON.stringify(filter[key]) !== JSON.stringify(EMPTY_FILTER[key]),
  ).length;
}

/** A view: a named filter, built in or saved by the person at this desk. */
export interface QueueView {
  readonly id: string;
  /** A built-in view's name is a message key; a saved view's is the name its person gave it. */
  readonly name: { readonly key: MessageKey } | { readonly text: string };
  readonly filter: QueueFilter;
  readonly isBuiltIn: boolean;
}

const builtIn = (id: string, key: MessageKey, filter: Partial<QueueFilter>): QueueView => ({
  id,
  name: { key },
  filter: { ...EMPTY_FILTER, ...filter },
  isBuiltIn: true,
});

/** The views every desk has, in the order shown. */
export const BUILT_IN_VIEWS: readonly QueueView[] = [
  builtIn('all', 'reviewQueue.view.all', {}),
  builtIn('mine', 'reviewQueue.view.mine', { assignee: 'me' }),
  builtIn('flagged', 'reviewQueue.view.flagged', { flaggedOnly: true }),
  builtIn('overdue', 'reviewQueue.view.overdue', { overdueOnly: true }),
  builtIn('urgent', 'reviewQueue.view.urgent', { priorities: ['top', 'high'] }),
  builtIn('unassigned', 'reviewQueue.view.unassigned', { assignee: 'unassigned' }),
];

/** A stored view as a QueueView; null when its filter no longer reads (it is then left out, not "fixed"). */
export function savedView(stored: { id: string; name: string; filter: unknown }): QueueView | null {
  const parsed = QueueFilterSchema.safeParse(stored.filter);
  return parsed.success ? { id: stored.id, name: { text: stored.name }, filter: parsed.data, isBuiltIn: false } : null;
}

/** How many rows each view keeps, by view id. */
export function viewCounts(rows: readonly QueueRow[], views: readonly QueueView[], context: FilterContext = {}): Map<string, number> {
  const counts = new Map<string, number>();
  for (const view of views) {
    const keep = rowFilter(view.filter, context);
    let count = 0;
    for (const row of rows) if (keep(row)) count += 1;
    counts.set(view.id, count);
  }
  return counts;
}

/** True when two filters keep the same rows for the same reasons (the shown view is the one that matches). */
export function isSameFilter(a: QueueFilter, b: QueueFilter): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** The filter with its lists in one order (priorities ['top', 'high'] and ['high', 'top'] are the same). */
function canonical(filter: QueueFilter): QueueFilter {
  return {
    ...QueueFilterSchema.parse(filter),
    statuses: STATUSES.filter((s) => filter.statuses.includes(s)),
    priorities: PRIORITIES.filter((p) => filter.priorities.includes(p)),
  };
}

/** The channels, for the filter's choices. */
export const FILTER_CHANNELS: readonly Channel[] = CHANNELS;
