/**
 * The queue's table: a grid of the shown rows (aria-rowcount and aria-rowindex, as only the rows in view are in
 * the page: @tanstack/react-virtual), sortable headers that are buttons (aria-sort on the header), one current
 * row that holds the focus (roving tabindex) and a selection (aria-selected, with a checkbox for the mouse).
 * The page owns the rows, order, current row and selection; this draws them and reports presses and keys.
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type Row } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import type { ResponsePolicy } from '@shared/domain/response-clock';
import type { QueueRow } from '../../../db/review-queue';
import { t } from '../../../i18n';
import { headerKey, queueColumns } from './queue-columns';
import type { QueueSort, SortKey } from './queue-sort';

/** Height of a row in CSS pixels (two lines: the summary, then its tags and flag). */
export const ROW_HEIGHT = 56;

/** Props of QueueTable. */
export interface QueueTableProps {
  readonly rows: readonly QueueRow[];
  readonly sort: QueueSort;
  readonly onSort: (key: SortKey) => void;
  /** Index of the current row in `rows`. */
  readonly current: number;
  /** Set by the page when the current row should take the focus (after a key or a click, not a live update). */
  readonly focusToken: number;
  readonly onCurrent: (index: number) => void;
  readonly selected: ReadonlySet<string>;
  readonly onToggle: (id: string) => void;
  readonly onToggleAll: () => void;
  readonly onOpen: (id: string) => void;
  readonly onKeyDown: (event: KeyboardEvent) => void;
  /** The office's response policy and the time now (ms), for the clocks. */
  readonly policy: ResponsePolicy;
  readonly now: number;
}

function SortIcon({ sort, id }: { sort: QueueSort; id: string }): ReactNode {
  if (sort?.key !== id) return <ArrowUpDown size={14} aria-hidden="true" className="queue-sort-idle" />;
  return sort.isDescending ? <ArrowDown size={14} aria-hidden="true" /> : <ArrowUp size={14} aria-hidden="true" />;
}

/** The table of the queue's shown rows. */
export function QueueTable(props: QueueTableProps): ReactNode {
  const { rows, sort, onSort, current, focusToken, onCurrent, selected, onToggle, onToggleAll, onOpen, onKeyDown, policy, now } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const columns = useMemo(() => queueColumns(onOpen, policy, now), [onOpen, policy, now]);
  const data = rows as QueueRow[];
  // The app does not use the React Compiler, so the table's unmemoisable functions cost nothing here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({ data, columns, getCoreRowModel: getCoreRowModel(), manualSorting: true, getRowId: (row) => row.id });
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // Without a measured element (the first paint, or markup rendered outside a browser) a screenful is drawn.
    initialRect: { width: 1200, height: 12 * ROW_HEIGHT },
    getItemKey: (index) => rows[index]?.id ?? index,
  });

  useEffect(() => {
    if (focusToken === 0) return;
    virtualizer.scrollToIndex(current, { align: 'auto' });
    // The row is drawn on the next frame when it was out of view.
    const frame = requestAnimationFrame(() => {
      const id = rows[current]?.id;
      if (id !== undefined) scrollRef.current?.querySelector<HTMLElement>(`[data-row-id="${id}"]`)?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
    // Only a new focus request moves the focus: rows changing under a person reading must not pull it back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusToken]);

  // Rows get stable callbacks that call the latest props, so a row redraws only when what it shows changes:
  // scrolling then draws only the rows coming into view.
  const latest = useRef({ onCurrent, onToggle, onOpen });
  useLayoutEffect(() => {
    latest.current = { onCurrent, onToggle, onOpen };
  });
  const handlers = useMemo<RowHandlers>(
    () => ({
      current: (index) => latest.current.onCurrent(index),
      toggle: (id) => latest.current.onToggle(id),
      open: (id) => latest.current.onOpen(id),
    }),
    [],
  );

  const tableRows = table.getRowModel().rows;
  const items = virtualizer.getVirtualItems();
  // The current row may have been scrolled out of the page: the first row drawn then takes Tab into the table.
  const tabIndexRow = items.some((item) => item.index === current) ? current : (items[0]?.index ?? -1);
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.id));
  return (
    <div className="queue-scroll" ref={scrollRef}>
      <table className="queue-table" role="grid" aria-label={t('reviewQueue.table.label')} aria-rowcount={rows.length + 1} aria-multiselectable="true">
        <thead className="queue-head">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="queue-row" aria-rowindex={1}>
              <th scope="col" className="queue-cell queue-select">
                <input type="checkbox" tabIndex={-1} checked={allSelected} onChange={onToggleAll} aria-label={t('reviewQueue.row.selectAll')} />
              </th>
              {group.headers.map((header) => (
                <th
                  key={header.id}
                  scope="col"
                  className={`queue-cell queue-col-${header.id}`}
                  aria-sort={sort?.key === header.id ? (sort.isDescending ? 'descending' : 'ascending') : undefined}
                >
                  <button type="button" className="queue-sort" onClick={() => onSort(header.id as SortKey)} title={t('reviewQueue.sort.by', { column: t(headerKey(header.id)) })}>
                    {t(headerKey(header.id))}
                    <SortIcon sort={sort} id={header.id} />
                  </button>
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody className="queue-body" style={{ height: virtualizer.getTotalSize() }} onKeyDown={onKeyDown}>
          {items.map((item) => {
            const row = tableRows[item.index];
            if (row === undefined) return null;
            return (
              <QueueRowView
                key={row.id}
                row={row}
                columns={columns}
                index={item.index}
                start={item.start}
                isSelected={selected.has(row.id)}
                isCurrent={item.index === current}
                isTabStop={item.index === tabIndexRow}
                handlers={handlers}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** What a row reports: focus (it becomes the current row), its checkbox, a double click. */
interface RowHandlers {
  current(index: number): void;
  toggle(id: string): void;
  open(id: string): void;
}

interface QueueRowViewProps {
  readonly row: Row<QueueRow>;
  /** The columns the row's cells come from: new columns (a clock tick) redraw it. */
  readonly columns: readonly ColumnDef<QueueRow, unknown>[];
  readonly index: number;
  readonly start: number;
  readonly isSelected: boolean;
  readonly isCurrent: boolean;
  readonly isTabStop: boolean;
  readonly handlers: RowHandlers;
}

/** One row of the table; redrawn only when what it shows changes (see the comparison below). */
const QueueRowView = memo(
  function QueueRowView({ row, index, start, isSelected, isCurrent, isTabStop, handlers }: QueueRowViewProps): ReactNode {
    return (
      <tr
        data-row-id={row.id}
        data-testid="queue-row"
        className={`queue-row${isCurrent ? ' queue-row-current' : ''}${row.original.isOverdue ? ' queue-row-overdue' : ''}`}
        aria-rowindex={index + 2}
        aria-selected={isSelected}
        tabIndex={isTabStop ? 0 : -1}
        style={{ transform: `translateY(${start}px)` }}
        onFocus={() => (isCurrent ? undefined : handlers.current(index))}
        onDoubleClick={() => handlers.open(row.id)}
      >
        <td className="queue-cell queue-select">
          <input type="checkbox" tabIndex={-1} checked={isSelected} onChange={() => handlers.toggle(row.id)} aria-label={t('reviewQueue.row.select', { summary: row.original.summary })} />
        </td>
        {row.getVisibleCells().map((cell) => (
          <td key={cell.id} className={`queue-cell queue-col-${cell.column.id}`}>
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </td>
        ))}
      </tr>
    );
  },
  (before, after) =>
    before.row.original === after.row.original &&
    before.columns === after.columns &&
    before.index === after.index &&
    before.start === after.start &&
    before.isSelected === after.isSelected &&
    before.isCurrent === after.isCurrent &&
    before.isTabStop === after.isTabStop &&
    before.handlers === after.handlers,
);
