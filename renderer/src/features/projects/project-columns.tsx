/**
 * The projects table's columns (@tanstack/react-table column definitions): what each cell shows. States are in
 * words as well as colour (status, public); numbers align right; the title is cut with an ellipsis and kept
 * whole in its title attribute, and the whole project is one Enter away.
 */
import type { ReactNode } from 'react';
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { Globe, Lock } from 'lucide-react';
import type { ProjectSummary } from '../../db';
import { t, type MessageKey } from '../../i18n';
import { formatDateTime } from '../../lib/format';

const column = createColumnHelper<ProjectSummary>();

/** The column ids, in order. */
export const PROJECT_COLUMNS = ['title', 'status', 'progress', 'concerns', 'people', 'isPublic', 'updatedAt'] as const;

function TitleCell({ row, onOpen }: { row: ProjectSummary; onOpen: (id: string) => void }): ReactNode {
  return (
    <button type="button" tabIndex={-1} className="projects-title-button" title={row.project.title} onClick={() => onOpen(row.project.id)}>
      {row.project.title}
    </button>
  );
}

/** The columns; `onOpen` opens a project. */
export function projectColumns(onOpen: (id: string) => void): ColumnDef<ProjectSummary, unknown>[] {
  const columns = [
    column.display({ id: 'title', cell: (c) => <TitleCell row={c.row.original} onOpen={onOpen} /> }),
    column.display({
      id: 'status',
      cell: (c) => <span className={`project-status-badge project-status-${c.row.original.project.status}`}>{t(`projects.status.${c.row.original.project.status}`)}</span>,
    }),
    column.accessor('progress', {
      cell: (c) => (
        <span className="projects-progress">
          <progress max={100} value={c.getValue()} aria-hidden="true" />
          {t('projects.progress', { percent: c.getValue() })}
        </span>
      ),
    }),
    column.accessor('concernCount', { id: 'concerns', cell: (c) => c.getValue() }),
    column.accessor('people', { cell: (c) => c.getValue() }),
    column.display({
      id: 'isPublic',
      cell: (c) =>
        c.row.original.project.isPublic ? (
          <span className="projects-public">
            <Globe size={14} aria-hidden="true" /> {t('projects.public.yes')}
          </span>
        ) : (
          <span className="project-muted">
            <Lock size={14} aria-hidden="true" /> {t('projects.public.no')}
          </span>
        ),
    }),
    column.display({ id: 'updatedAt', cell: (c) => <time dateTime={c.row.original.project.updatedAt}>{formatDateTime(c.row.original.project.updatedAt)}</time> }),
  ];
  return columns as ColumnDef<ProjectSummary, unknown>[];
}

/** The header message of a column id. */
export function projectHeaderKey(id: string): MessageKey {
  return `projects.column.${id as (typeof PROJECT_COLUMNS)[number]}`;
}
