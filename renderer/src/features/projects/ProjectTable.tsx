/**
 * The projects table: a grid with one current row that holds the focus (roving tabindex), as the review queue's.
 * j/k or the arrows move, Home and End jump, Enter opens; a double click opens too. The list owns the rows and
 * the current row; this draws them and reports keys.
 */
import { useEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import type { ProjectSummary } from '../../db';
import { isShortcut } from '../../app/shortcuts';
import { t } from '../../i18n';
import { projectColumns, projectHeaderKey } from './project-columns';

/** Props of ProjectTable. */
export interface ProjectTableProps {
  readonly rows: readonly ProjectSummary[];
  readonly current: number;
  /** A new current row; `shouldFocus` when it was a key (the row then takes the focus). */
  readonly onCurrent: (index: number, shouldFocus: boolean) => void;
  /** Bumped when the current row should take the focus (after a key, not a live update). */
  readonly focusToken: number;
  readonly onOpen: (id: string) => void;
}

/** Where a key moves the current row of `count`, or undefined when it is not a move. */
export function moveOf(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>, current: number, count: number): number | undefined {
  if (count === 0 || event.altKey || event.ctrlKey || event.metaKey) return undefined;
  if (isShortcut(event, 'list.next')) return Math.min(count - 1, current + 1);
  if (isShortcut(event, 'list.previous')) return Math.max(0, current - 1);
  if (event.key === 'Home') return 0;
  if (event.key === 'End') return count - 1;
  return undefined;
}

/** The table. */
export function ProjectTable({ rows, current, onCurrent, focusToken, onOpen }: ProjectTableProps): ReactNode {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const columns = useMemo(() => projectColumns(onOpen), [onOpen]);
  // The app does not use the React Compiler, so the table's unmemoisable functions cost nothing here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({ data: rows as ProjectSummary[], columns, getCoreRowModel: getCoreRowModel(), getRowId: (row) => row.project.id });
  useEffect(() => {
    if (focusToken === 0) return;
    bodyRef.current?.querySelectorAll<HTMLElement>('tr')[current]?.focus();
    // Only a new focus request moves the focus: rows changing under a person reading must not pull it back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusToken]);
  const onKeyDown = (event: KeyboardEvent) => {
    const to = moveOf(event, current, rows.length);
    if (to !== undefined) {
      event.preventDefault();
      onCurrent(to, true);
      return;
    }
    const row = rows[current];
    if (row !== undefined && isShortcut(event, 'projects.open') && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      onOpen(row.project.id);
    }
  };
  return (
    <table className="projects-table" role="grid" aria-label={t('projects.table.label')} aria-rowcount={rows.length + 1} data-testid="projects-table">
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id} aria-rowindex={1}>
            {group.headers.map((header) => (
              <th key={header.id} scope="col" className={`projects-col-${header.id}`}>
                {t(projectHeaderKey(header.id))}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody ref={bodyRef} onKeyDown={onKeyDown}>
        {table.getRowModel().rows.map((row, index) => (
          <tr
            key={row.id}
            data-testid="project-row"
            aria-rowindex={index + 2}
            aria-selected={index === current}
            className={index === current ? 'projects-row projects-row-current' : 'projects-row'}
            tabIndex={index === current ? 0 : -1}
            onFocus={() => index !== current && onCurrent(index, false)}
            onDoubleClick={() => onOpen(row.id)}
          >
            {row.getVisibleCells().map((cell) => (
              <td key={cell.id} className={`projects-col-${cell.column.id}`}>
                {flexRender(cell.column.columnDef.cell, cell.getContext())}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
