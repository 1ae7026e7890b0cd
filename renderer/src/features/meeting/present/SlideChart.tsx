/**
 * A slide's bar chart (recharts): a theme's monthly series as columns, or a figure's rows as horizontal bars.
 * The SVG is hidden from assistive technology; the visually hidden table beside it (or the figure's visible
 * table) says everything it shows. Animation is off: slides change on a keypress and must not move after.
 */
import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';

/** One bar. */
export interface SlideBar {
  readonly key: string;
  readonly label: string;
  readonly count: number;
}

/** The chart of `bars`; `layout` 'columns' for months, 'bars' for labelled rows. */
export function SlideChart(props: { bars: readonly SlideBar[]; layout: 'columns' | 'bars'; height: number }): ReactNode {
  const { bars, layout, height } = props;
  if (bars.length === 0) return null;
  const data = bars.map((bar) => ({ label: bar.label, count: bar.count }));
  return (
    <div className="slide-chart" aria-hidden="true" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        {layout === 'columns' ? (
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} className="slide-chart-grid" />
            <XAxis dataKey="label" tickLine={false} interval="preserveStartEnd" className="slide-chart-axis" />
            <YAxis allowDecimals={false} width={48} tickLine={false} className="slide-chart-axis" />
            <Bar dataKey="count" isAnimationActive={false} className="slide-bar" />
          </BarChart>
        ) : (
          <BarChart data={data} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 0 }}>
            <XAxis type="number" hide allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={220} tickLine={false} className="slide-chart-axis" />
            <Bar dataKey="count" isAnimationActive={false} barSize={22} className="slide-bar" />
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
