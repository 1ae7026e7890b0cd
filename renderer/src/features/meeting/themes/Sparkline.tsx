/**
 * A theme's monthly series as a small line, drawn directly as SVG: dozens of cards each with a full chart
 * library instance would slow the dashboard's first render, and a sparkline has no axes or interaction. Hidden
 * from assistive technology; the card says the series in words (its aria-describedby text).
 */
import type { ReactNode } from 'react';
import type { MonthFigure } from '@shared/patterns/types';

const WIDTH = 96;
const HEIGHT = 24;

/** The series as a polyline, the last point (the period) marked. */
export function Sparkline({ monthly }: { monthly: readonly MonthFigure[] }): ReactNode {
  const max = Math.max(1, ...monthly.map((m) => m.count));
  const step = monthly.length > 1 ? WIDTH / (monthly.length - 1) : 0;
  const points = monthly.map((m, i) => [i * step, HEIGHT - 2 - (m.count / max) * (HEIGHT - 4)] as const);
  const last = points.at(-1);
  return (
    <svg className="meeting-sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      <polyline points={points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')} />
      {last !== undefined && <circle cx={last[0]} cy={last[1]} r={2.5} />}
    </svg>
  );
}
