/**
 * A chart's data as a table beside it: the chart's text alternative and its keyboard way in. Each row's count
 * is a button opening the concerns behind it (what clicking a bar does with a mouse). Numbers align right.
 */
import type { ReactNode } from 'react';
import { t } from '../../../i18n';
import { formatCount, formatShare } from '../format-figures';
import type { ChartRow } from './chart-rows';

/** Props of ChartTable. */
export interface ChartTableProps {
  readonly caption: string;
  readonly rows: readonly ChartRow[];
  readonly onOpen: (title: string, concernIds: readonly string[]) => void;
  /** The first column's heading (default "What"). */
  readonly whatLabel?: string;
}

/** The table of a chart's rows with drill-down buttons. */
export function ChartTable({ caption, rows, onOpen, whatLabel = t('meeting.chart.column.what') }: ChartTableProps): ReactNode {
  const hasShare = rows.some((row) => row.share !== undefined);
  return (
    <table className="meeting-chart-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{whatLabel}</th>
          <th scope="col" className="numeric">{t('meeting.chart.column.count')}</th>
          {hasShare && <th scope="col" className="numeric">{t('meeting.chart.column.share')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              {row.label}
              {row.note !== undefined && <span className="meeting-chart-note"> · {row.note}</span>}
            </th>
            <td className="numeric">
              {row.count === 0 ? (
                formatCount(0)
              ) : (
                <button
                  type="button"
                  className="meeting-link"
                  aria-label={t('meeting.chart.openRow', { count: formatCount(row.count), label: row.label })}
                  onClick={() => onOpen(`${caption}: ${row.label}`, row.concernIds)}
                >
                  {formatCount(row.count)}
                </button>
              )}
            </td>
            {hasShare && <td className="numeric">{row.share === undefined ? '' : formatShare(row.share)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
