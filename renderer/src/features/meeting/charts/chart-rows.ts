/**
 * The rows every meeting chart draws and lists: a label in words, a count, its share, and the concerns behind
 * it. One shape for the chart, its data table (the text alternative) and the drill-down buttons beside it.
 */
import { CHANNELS, PRIORITIES } from '@shared/domain/concern';
import type { Count } from '@shared/patterns/types';
import { formatCount, formatShare } from '../format-figures';
import type { MessageKey } from '../../../i18n';
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

/** A channel's or priority's name in words ("phone" as "Phone"); an unknown one (from an imported history) as it came. */
export function knownLabel(prefix: 'channel' | 'priority'): (key: string) => string {
  const known: readonly string[] = prefix === 'channel' ? CHANNELS : PRIORITIES;
  return (key: string) => (known.includes(key) ? t(`${prefix}.${key}` as MessageKey) : key);
}

/** True when the rows have nothing to draw: no rows, or only zeros (a chart of zeros says less than a sentence). */
export function isEmptyChart(rows: readonly ChartRow[]): boolean {
  return rows.every((row) => row.count === 0);
}

/** The row with the most concerns (the first of equals), or undefined when every row is empty. */
export function largestRow(rows: readonly ChartRow[]): ChartRow | undefined {
  const largest = rows.reduce<ChartRow | undefined>((best, row) => (best === undefined || row.count > best.count ? row : best), undefined);
  return largest === undefined || largest.count === 0 ? undefined : largest;
}

/**
 * "Largest: Phone, 420 (38%)." for the chart's accessible summary, "Largest: Westgate, 44." for rows without a
 * share (places, months); the empty chart's words when there is nothing.
 */
export function chartSummary(rows: readonly ChartRow[]): string {
  const largest = largestRow(rows);
  if (largest === undefined) return t('meeting.chart.empty');
  const params = { label: largest.label, count: formatCount(largest.count) };
  return largest.share === undefined ? t('meeting.chart.summaryCount', params) : t('meeting.chart.summary', { ...params, share: formatShare(largest.share) });
}
