/**
 * A bar chart of chart rows (recharts), with its title, an accessible summary and its data table beside it.
 * 'columns' draws months left to right (the monthly totals, a theme's series); 'bars' draws horizontal bars,
 * longest first (channels, priorities, places), where long labels stay readable. The SVG is hidden from
 * assistive technology and left out of the tab order (recharts' accessibility layer off): the summary and the
 * table say everything it shows, and the table's buttons open the concerns a bar stands for. Colours come from
 * the design tokens (meeting.css); the period's bar is also marked in words in the table, never by colour alone.
 */
import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTable } from './ChartTable';
import { chartSummary, isEmptyChart, type ChartRow } from './chart-rows';
import { usePlotWidth } from './use-plot-width';

const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });
/** An axis count short enough for the axis: 10000 as "10K" (the full numbers are in the table beside). */
const axisCount = (value: number): string => compact.format(value);

/** Props of BarsChart. */
export interface BarsChartProps {
  readonly title: string;
  readonly rows: readonly ChartRow[];
  readonly layout: 'columns' | 'bars';
  readonly onOpen: (title: string, concernIds: readonly string[]) => void;
  /** The key of the bar to stand out (the period's month). */
  readonly highlight?: string;
  /** Replaces the generated summary. */
  readonly summary?: string;
  readonly whatLabel?: string;
  /** Heading level of the title (default 3). */
  readonly level?: 3 | 4;
}

const BAR_HEIGHT = 28;

/** The chart, its summary and its table. */
export function BarsChart({ title, rows, layout, onOpen, highlight, summary, whatLabel, level = 3 }: BarsChartProps): ReactNode {
  const Heading = level === 3 ? 'h3' : 'h4';
  const data = rows.map((row) => ({ ...row, concernIds: undefined, ids: row.concernIds }));
  const height = layout === 'bars' ? Math.max(80, rows.length * BAR_HEIGHT + 24) : 180;
  // Nothing but zeros: the summary says so, and an empty plot or a table of zeros would only repeat it.
  const isEmpty = isEmptyChart(rows);
  const { ref: plotRef, width: plotWidth } = usePlotWidth();
  const open = (index: number) => {
    const row = rows[index];
    if (row !== undefined && row.count > 0) onOpen(`${title}: ${row.label}`, row.concernIds);
  };
  return (
    <figure className={`meeting-chart meeting-chart-${layout}`}>
      <Heading className="meeting-chart-title">{title}</Heading>
      <p className="meeting-chart-summary">{summary ?? chartSummary(rows)}</p>
      {!isEmpty && (
        <div className="meeting-chart-plot" aria-hidden="true" style={{ height }} ref={plotRef}>
          {plotWidth > 0 &&
            (layout === 'columns' ? (
              <BarChart width={plotWidth} height={height} data={data} accessibilityLayer={false} margin={{ top: 4, right: 4, bottom: 0, left: 0 }}>
                <CartesianGrid vertical={false} className="meeting-chart-grid" />
                <XAxis dataKey="label" tickLine={false} interval="preserveStartEnd" className="meeting-chart-axis" />
                <YAxis allowDecimals={false} width={48} tickFormatter={axisCount} tickLine={false} className="meeting-chart-axis" />
                <Tooltip cursor={false} wrapperClassName="meeting-chart-tooltip" />
                <Bar dataKey="count" name={title} isAnimationActive={false} onClick={(_, index) => open(index)}>
                  {rows.map((row) => (
                    <Cell key={row.key} className={row.key === highlight ? 'meeting-bar meeting-bar-current' : 'meeting-bar'} />
                  ))}
                </Bar>
              </BarChart>
            ) : (
              <BarChart width={plotWidth} height={height} data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 0, right: 8, bottom: 0, left: 0 }}>
                <XAxis type="number" hide allowDecimals={false} />
                <YAxis type="category" dataKey="label" width={140} tickLine={false} className="meeting-chart-axis" />
                <Tooltip cursor={false} wrapperClassName="meeting-chart-tooltip" />
                <Bar dataKey="count" name={title} isAnimationActive={false} barSize={16} onClick={(_, index) => open(index)}>
                  {rows.map((row) => (
                    <Cell key={row.key} className="meeting-bar" />
                  ))}
                </Bar>
              </BarChart>
            ))}
        </div>
      )}
      {!isEmpty && <ChartTable caption={title} rows={rows} onOpen={onOpen} {...(whatLabel === undefined ? {} : { whatLabel })} />}
    </figure>
  );
}
