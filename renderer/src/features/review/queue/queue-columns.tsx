/**
 * The queue table's columns (@tanstack/react-table column definitions): what each cell shows. Every state is
 * given in words as well as colour (priority, overdue, flags); long text is cut with an ellipsis and kept whole
 * in its title, and the whole concern is one Enter away.
 */
import type { ReactNode } from 'react';
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { Flag, MessageSquareWarning } from 'lucide-react';
import { reviewStateOf } from '@shared/domain/concern';
import type { QueueRow } from '../../../db/review-queue';
import { concernClock, type ResponsePolicy } from '@shared/domain/response-clock';
import { ChannelIcon } from '../../../components/ChannelIcon';
import { PriorityBadge } from '../../../components/PriorityBadge';
import { ClockBadge } from '../../../components/ResponseClockBadge';
import { TagChip } from '../../../components/TagChip';
import { t, type MessageKey } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import type { SortKey } from './queue-sort';

const column = createColumnHelper<QueueRow>();

/** The summary cell: the summary (a button that opens it), then its tags, its latest open flag and the negative mark. */
function SummaryCell({ row, onOpen }: { row: QueueRow; onOpen: (id: string) => void }): ReactNode {
  const flag = row.flags;
  return (
    <div className="queue-summary">
      <button type="button" tabIndex={-1} className="queue-summary-text" title={row.summary} onClick={() => onOpen(row.id)}>
        {row.summary}
      </button>
      <span className="queue-summary-meta">
        {row.tags.map((tag) => (
          <TagChip key={tag} tag={tag} />
        ))}
        {flag !== null && (
          <span className="queue-flag" title={`${t('reviewQueue.row.flagged', { by: flag.latestBy, reason: flag.latestReason })}`}>
            <Flag size={12} aria-hidden="true" />
            {t('reviewQueue.row.flagged', { by: flag.latestBy, reason: flag.latestReason })}
            {flag.count > 1 && ` ${t('reviewQueue.row.moreFlags', { count: flag.count - 1 })}`}
          </span>
        )}
        {reviewStateOf(row.concern).negative && (
          <span className="badge queue-negative">
            <MessageSquareWarning size={12} aria-hidden="true" />
            {t('reply.negative')}
          </span>
        )}
      </span>
    </div>
  );
}

const place = (row: QueueRow): string => [row.area, row.address].filter((part) => part !== '').join(', ');
const names = (row: QueueRow): string =>
  row.assignees.map((a) => a.name ?? t('reviewQueue.row.unknownStaff')).join(', ') || t('reviewQueue.row.unassigned');
const cut = (text: string, className = 'queue-cut'): ReactNode => (
  <span className={className} title={text}>
    {text}
  </span>
);

/** The first-response clock of a row at `now` (one time for the whole table, so every row agrees). */
function DueCell({ row, policy, now }: { row: QueueRow; policy: ResponsePolicy; now: number }): ReactNode {
  let clock;
  try {
    clock = concernClock(row.concern, policy, new Date(now).toISOString());
  } catch {
    return null; // a malformed time (never written by this app) leaves the cell empty rather than the table
  }
  return clock === null ? null : <ClockBadge clock={clock} answeredAt={row.answeredAt} />;
}

/**
 * The columns in order, each with its sort key and header message; `onOpen` opens a concern, and the clocks
 * read at `now` under the office's response `policy`.
 */
export function queueColumns(onOpen: (id: string) => void, policy: ResponsePolicy, now: number): ColumnDef<QueueRow, unknown>[] {
  const columns = [
    column.accessor('priority', { cell: (c) => <PriorityBadge priority={c.getValue()} showNormal /> }),
    column.accessor('reference', { cell: (c) => <span className="queue-reference">{c.getValue()}</span> }),
    column.accessor('summary', { cell: (c) => <SummaryCell row={c.row.original} onOpen={onOpen} /> }),
    column.accessor('status', { cell: (c) => t(`status.${c.getValue()}`) }),
    column.accessor('channel', { cell: (c) => <ChannelIcon channel={c.getValue()} /> }),
    column.accessor('category', { cell: (c) => cut(c.getValue() || t('reviewQueue.row.noCategory')) }),
    column.display({ id: 'place', cell: (c) => cut(place(c.row.original) || t('reviewQueue.row.noPlace')) }),
    column.accessor('createdBy', { cell: (c) => cut(c.getValue()) }),
    column.accessor('createdAt', { cell: (c) => <time dateTime={c.getValue()}>{formatDateTime(c.getValue())}</time> }),
    column.display({ id: 'assignees', cell: (c) => cut(names(c.row.original)) }),
    column.display({ id: 'due', cell: (c) => <DueCell row={c.row.original} policy={policy} now={now} /> }),
    column.accessor('raisedCount', {
      cell: (c) => (c.getValue() === 1 ? t('reviewQueue.row.raisedOne') : t('reviewQueue.row.raised', { count: c.getValue() })),
    }),
  ];
  return columns as ColumnDef<QueueRow, unknown>[];
}

/** The header message of a column id (every column id is a sort key). */
export function headerKey(id: string): MessageKey {
  return `reviewQueue.column.${id as SortKey}`;
}
