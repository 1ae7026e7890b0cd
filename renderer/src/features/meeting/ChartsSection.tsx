/**
 * The month's charts: concerns per month (the period marked), the channel mix, priorities, the places with the
 * most concerns and response times against targets. Each has its summary, its table and drill-down buttons
 * (BarsChart).
 */
import type { ReactNode } from 'react';
import { CHANNELS, PRIORITIES } from '@shared/domain/concern';
import type { Analysis, ResponseFigures } from '@shared/patterns/types';
import { monthName } from '@shared/patterns/months';
import type { MessageKey } from '../../i18n';
import { t } from '../../i18n';
import { BarsChart } from './charts/BarsChart';
import { rowsOfCounts, type ChartRow } from './charts/chart-rows';
import { formatCount } from './format-figures';

type Open = (title: string, concernIds: readonly string[]) => void;

/** A channel's or priority's name in words; an unknown one (from an imported history) as it came. */
const label = (prefix: 'channel' | 'priority') => {
  const known: readonly string[] = prefix === 'channel' ? CHANNELS : PRIORITIES;
  return (key: string) => (known.includes(key) ? t(`${prefix}.${key}` as MessageKey) : key);
};

/** The monthly totals as rows ("Nov 2026"), oldest first. */
export function monthRows(analysis: Analysis): ChartRow[] {
  return analysis.totals.map((m) => ({ key: m.month, label: monthName(m.month), count: m.count, concernIds: m.concernIds }));
}

/** The response figures as rows. */
export function responseRows(response: ResponseFigures): ChartRow[] {
  const parts = [
    ['in-time', 'meeting.response.inTime', response.answeredInTime],
    ['late', 'meeting.response.late', response.answeredLate],
    ['waiting', 'meeting.response.waiting', response.waiting],
    ['overdue', 'meeting.response.overdue', response.overdue],
  ] as const;
  return parts.map(([key, words, count]) => ({ key, label: t(words), count: count.count, share: count.share, concernIds: count.concernIds }));
}

/** "42 concerns in November 2026; 12 to 60 a month over the 12 months shown." */
function totalsSummary(analysis: Analysis): string {
  const counts = analysis.totals.map((m) => m.count);
  const current = analysis.totals.find((m) => m.month === analysis.period)?.count ?? 0;
  return t('meeting.chart.totalsSummary', {
    count: formatCount(current),
    month: monthName(analysis.period),
    min: formatCount(Math.min(...counts)),
    max: formatCount(Math.max(...counts)),
    months: counts.length,
  });
}

/** The charts. */
export function ChartsSection({ analysis, onOpen }: { analysis: Analysis; onOpen: Open }): ReactNode {
  const places: ChartRow[] = analysis.places.slice(0, 10).map((p) => ({
    key: `${p.kind}:${p.name}`,
    label: p.name,
    count: p.count,
    concernIds: p.concernIds,
    note: t('meeting.chart.placeEarlier', { average: p.earlierAverage.toFixed(1) }),
  }));
  return (
    <section className="meeting-charts" aria-labelledby="meeting-charts-title">
      <h3 id="meeting-charts-title" className="meeting-section-title">
        {t('meeting.charts.title')}
      </h3>
      <div className="meeting-chart-grid">
        <BarsChart title={t('meeting.chart.totals')} rows={monthRows(analysis)} layout="columns" highlight={analysis.period} summary={totalsSummary(analysis)} onOpen={onOpen} level={4} />
        <BarsChart title={t('meeting.chart.channels')} rows={rowsOfCounts(analysis.channels, label('channel'))} layout="bars" onOpen={onOpen} level={4} />
        <BarsChart title={t('meeting.chart.priorities')} rows={rowsOfCounts(analysis.priorities, label('priority'))} layout="bars" onOpen={onOpen} level={4} />
        <BarsChart
          title={t('meeting.chart.places')}
          rows={places}
          layout="bars"
          onOpen={onOpen}
          level={4}
          {...(places.length === 0 ? { summary: t('meeting.chart.placesNone') } : {})}
        />
        {analysis.responseTimes !== null && (
          <BarsChart title={t('meeting.chart.response')} rows={responseRows(analysis.responseTimes)} layout="bars" onOpen={onOpen} level={4} />
        )}
      </div>
    </section>
  );
}
