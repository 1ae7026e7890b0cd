/**
 * The rows every meeting chart draws and lists: a label in words, a count, its share, and the concerns behind
 * it. One shape for the chart, its data table (the text alternative) and the drill-down buttons beside it.
 */
import type { Count } from '@shared/patterns/types';
import { formatCount, formatShare } from '../format-figures';
import { t } from '../../../i18n';

/** One bar of a chart and one row of its table. */
export interface ChartRow {
  readonly key: string;
  readonly label: string;
  readonly count: number;
  /** 0..1, or undefined when a share means nothing (months). */
  readonly share?: number;
  readonly concernIds: readonly string[];
  /** Added to the row in words (a place's earlier average). */
  readonly note?: string;
}

/** Rows from the engine's counts, labelled by `label` ('' keys as "Not given"). */
export function rowsOfCounts(counts: readonly Count[], label: (key: string) => string = (key) => key): ChartRow[] {
  return counts.map((c) => ({ key: c.key, label: c.key === '' ? t('meeting.unknown') : label(c.key), count: c.count, share: c.share, concernIds: c.concernIds }));
}

/** "Largest: Phone, 420 (38%)." for the chart's accessible summary; the empty chart's words when there is none. */
export function chartSummary(rows: readonly ChartRow[]): string {
  const largest = rows.reduce<ChartRow | undefined>((best, row) => (best === undefined || row.count > best.count ? row : best), undefined);
  if (largest === undefined || largest.count === 0) return t('meeting.chart.empty');
  return t('meeting.chart.summary', { label: largest.label, count: formatCount(largest.count), share: largest.share === undefined ? '' : formatShare(largest.share) });
}
