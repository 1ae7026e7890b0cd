/** The queue's filters, views and order (pure functions over rows). */
import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  BUILT_IN_VIEWS,
  EMPTY_FILTER,
  filterRows,
  isSameFilter,
  savedView,
  viewCounts,
  type QueueFilter,
} from '../../../../../renderer/src/features/review/queue/queue-filter';
import { nextSort, sortRows } from '../../../../../renderer/src/features/review/queue/queue-sort';
import { queueRow } from './queue-rows';

const ME = '1b4e28ba-2fa1-41d2-883f-0016d3cca401';
const BEN = '1b4e28ba-2fa1-41d2-883f-0016d3cca402';

const flagged = queueRow({
  summary: 'Tree down on Mill Lane',
  priority: 'high',
  tags: ['trees'],
  area: 'Riverside',
  category: 'Streets and sidewalks',
  flags: { count: 1, latestReason: 'Blocking the school bus', latestBy: 'Cleo', latestAt: '2026-03-10T10:00:00.000Z' },
  assignees: [{ id: ME, name: 'Dee Ray' }],
  createdAt: '2026-03-09T08:00:00.000Z',
});
const overdue = queueRow({ summary: 'Bins not collected', isOverdue: true, channel: 'email', createdBy: 'Ben', createdAt: '2026-03-01T08:00:00.000Z' });
const top = queueRow({ summary: 'Gas smell at the school', priority: 'top', status: 'acknowledged', assignees: [{ id: BEN, name: 'Ben Cole' }], createdAt: '2026-03-10T12:00:00.000Z' });
const highOld = queueRow({ summary: 'Flooded underpass', priority: 'high', createdAt: '2026-02-01T08:00:00.000Z', raisedCount: 4 });
const rows = [flagged, overdue, top, highOld];
const summaries = (list: readonly { summary: string }[]) => list.map((row) => row.summary);
const only = (filter: Partial<QueueFilter>, me?: string) => summaries(filterRows(rows, { ...EMPTY_FILTER, ...filter }, { me }));

describe('filtering the queue', () => {
  it('keeps everything with no filter set', () => {
    expect(only({})).toEqual(summaries(rows));
    expect(activeFilterCount(EMPTY_FILTER)).toBe(0);
  });

  it('filters on status, priority, channel, category, tag, who logged it and the days logged', () => {
    expect(only({ statuses: ['acknowledged'] })).toEqual(['Gas smell at the school']);
    expect(only({ priorities: ['top', 'high'] })).toEqual(['Tree down on Mill Lane', 'Gas smell at the school', 'Flooded underpass']);
    expect(only({ channel: 'email' })).toEqual(['Bins not collected']);
    expect(only({ category: 'Streets and sidewalks' })).toEqual(['Tree down on Mill Lane']);
    expect(only({ tag: '#Trees' })).toEqual(['Tree down on Mill Lane']);
    expect(only({ loggedBy: 'Ben' })).toEqual(['Bins not collected']);
    expect(only({ from: '2026-03-01', to: '2026-03-09' })).toEqual(['Tree down on Mill Lane', 'Bins not collected']);
    expect(activeFilterCount({ ...EMPTY_FILTER, from: '2026-03-01', channel: 'email' })).toBe(2);
  });

  it('filters on assignees: nobody, me (nothing when nobody is signed in), or one person', () => {
    expect(only({ assignee: 'unassigned' })).toEqual(['Bins not collected', 'Flooded underpass']);
    expect(only({ assignee: 'me' }, ME)).toEqual(['Tree down on Mill Lane']);
    expect(only({ assignee: 'me' })).toEqual([]);
    expect(only({ assignee: BEN })).toEqual(['Gas smell at the school']);
  });

  it('keeps overdue or flagged ones only, and finds every word of free text anywhere in the row', () => {
    expect(only({ overdueOnly: true })).toEqual(['Bins not collected']);
    expect(only({ flaggedOnly: true })).toEqual(['Tree down on Mill Lane']);
    expect(only({ text: 'school' })).toEqual(['Tree down on Mill Lane', 'Gas smell at the school']);
    expect(only({ text: 'RIVERSIDE bus' })).toEqual(['Tree down on Mill Lane']);
    expect(only({ text: flagged.reference.toLowerCase() })).toEqual(['Tree down on Mill Lane']);
    expect(only({ text: 'ben cole' })).toEqual(['Gas smell at the school']);
  });
});

describe('views', () => {
  it('counts each built-in view', () => {
    const counts = viewCounts(rows, BUILT_IN_VIEWS, { me: ME });
    expect(Object.fromEntries(counts)).toEqual({ all: 4, mine: 1, flagged: 1, overdue: 1, urgent: 3, unassigned: 2 });
  });

  it('reads a saved view, fills filters it lacks, and leaves out one that no longer reads', () => {
    const view = savedView({ id: 'v1', name: 'Riverside trees', filter: { tag: 'trees', text: 'riverside' } });
    expect(view).toMatchObject({ name: { text: 'Riverside trees' }, isBuiltIn: false });
    expect(view?.filter).toEqual({ ...EMPTY_FILTER, tag: 'trees', text: 'riverside' });
    expect(savedView({ id: 'v2', name: 'Broken', filter: { priorities: ['urgent'] } })).toBeNull();
    expect(Object.fromEntries(viewCounts(rows, [view!]))).toEqual({ v1: 1 });
  });

  it('treats lists in any order as the same filter', () => {
    expect(isSameFilter({ ...EMPTY_FILTER, priorities: ['high', 'top'] }, { ...EMPTY_FILTER, priorities: ['top', 'high'] })).toBe(true);
    expect(isSameFilter({ ...EMPTY_FILTER, priorities: ['high'] }, { ...EMPTY_FILTER, priorities: ['top', 'high'] })).toBe(false);
  });
});

describe('the order of the queue', () => {
  it('puts overdue first, then top, high and normal, then the oldest', () => {
    expect(summaries(sortRows(rows, null))).toEqual(['Bins not collected', 'Gas smell at the school', 'Flooded underpass', 'Tree down on Mill Lane']);
  });

  it('sorts on a column either way, ties in the default order', () => {
    expect(summaries(sortRows(rows, { key: 'createdAt', isDescending: false }))).toEqual([
      'Flooded underpass',
      'Bins not collected',
      'Tree down on Mill Lane',
      'Gas smell at the school',
    ]);
    expect(summaries(sortRows(rows, { key: 'raisedCount', isDescending: true }))[0]).toBe('Flooded underpass');
    // Equal priority (high): the default order (oldest first) breaks the tie, in both directions.
    const byPriority = summaries(sortRows(rows, { key: 'priority', isDescending: true }));
    expect(byPriority).toEqual(['Gas smell at the school', 'Flooded underpass', 'Tree down on Mill Lane', 'Bins not collected']);
    expect(summaries(sortRows(rows, { key: 'summary', isDescending: false }))).toEqual([
      'Bins not collected',
      'Flooded underpass',
      'Gas smell at the school',
      'Tree down on Mill Lane',
    ]);
  });

  it('puts unassigned rows last when sorted by assignee, and answered ones last when sorted by due time', () => {
    expect(summaries(sortRows(rows, { key: 'assignees', isDescending: false })).slice(0, 2)).toEqual(['Gas smell at the school', 'Tree down on Mill Lane']);
    const answered = { ...overdue, answeredAt: '2026-03-02T08:00:00.000Z', dueAt: '2026-03-01T10:00:00.000Z' };
    const early = { ...highOld, dueAt: '2026-03-05T10:00:00.000Z' };
    expect(summaries(sortRows([answered, early], { key: 'due', isDescending: false }))).toEqual(['Flooded underpass', 'Bins not collected']);
  });

  it('cycles a header: ascending, descending, back to the default', () => {
    const first = nextSort(null, 'status');
    expect(first).toEqual({ key: 'status', isDescending: false });
    const second = nextSort(first, 'status');
    expect(second).toEqual({ key: 'status', isDescending: true });
    expect(nextSort(second, 'status')).toBeNull();
    expect(nextSort(second, 'channel')).toEqual({ key: 'channel', isDescending: false });
  });
});
