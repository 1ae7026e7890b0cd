/**
 * The month's charts: concerns per month (the period marked), the channel mix, priorities, the places with the
 * most concerns and response times against targets. Each has its summary, its table and drill-down buttons
 * (BarsChart).
 */
import type { ReactNode } from 'react';
import type { Analysis, Place, ResponseFigures } from '@shared/patterns/types';
import { monthName } from '@shared/patterns/months';
import { PLACE_MINIMUM } from '@shared/patterns/places';
import { t } from '../../i18n';
import { BarsChart } from './charts/BarsChart';
import { knownLabel, rowsOfCounts, type ChartRow } from './charts/chart-rows';
import { formatCount } from './format-figures';

type Open = (title: string, concernIds: readonly string[]) => void;

const AVERAGE = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** The places with the most concerns as rows (ten at most), each with its monthly average before. */
export function placeRows(places: readonly Place[]): ChartRow[] {
  return places.slice(0, 10).map((p) => ({
    key: `${p.kind}:${p.name}`,
    label: p.name,
    count: p.count,
    concernIds: p.concernIds,
    note: t('meeting.chart.placeEarlier', { average: AVERAGE.format(p.earlierAverage) }),
  }));
}

/** "Most concerns: Westgate, 44 (12.5 a month before)."; why none shows when no place reached the minimum. */
export function placesSummary(places: readonly Place[]): string {
  const top = places[0];
  if (top === undefined) return t('meeting.chart.placesNone', { minimum: PLACE_MINIMUM });
  return t('meeting.chart.placesSummary', { label: top.name, count: formatCount(top.count), average: AVERAGE.format(top.earlierAverage) });
}

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

/** The response times' summary: the largest group, or why nothing could be timed (no chart is drawn then). */
export function responseSummary(response: ResponseFigures): string | undefined {
  return response.total === 0 ? t('meeting.chart.responseNone') : undefined;
}

/** The charts. */
export function ChartsSection({ analysis, onOpen }: { analysis: Analysis; onOpen: Open }): ReactNode {
  const response = analysis.responseTimes;
  const responseWords = response === null ? undefined : responseSummary(response);
  return (
    <section className="meeting-charts" aria-labelledby="meeting-charts-title">
      <h3 id="meeting-charts-title" className="meeting-section-title">
        {t('meeting.charts.title')}
      </h3>
      <div className="meeting-chart-grid">
        <BarsChart title={t('meeting.chart.totals')} rows={monthRows(analysis)} layout="columns" highlight={analysis.period} summary={totalsSummary(analysis)} onOpen={onOpen} level={4} />
        <BarsChart title={t('meeting.chart.channels')} rows={rowsOfCounts(analysis.channels, knownLabel('channel'))} layout="bars" onOpen={onOpen} level={4} />
        <BarsChart title={t('meeting.chart.priorities')} rows={rowsOfCounts(analysis.priorities, knownLabel('priority'))} layout="bars" onOpen={onOpen} level={4} />
        <BarsChart title={t('meeting.chart.places')} rows={placeRows(analysis.places)} layout="bars" onOpen={onOpen} level={4} summary={placesSummary(analysis.places)} />
        {response !== null && (
          <BarsChart
            title={t('meeting.chart.response')}
            rows={response.total === 0 ? [] : responseRows(response)}
            layout="bars"
            onOpen={onOpen}
            level={4}
            {...(responseWords === undefined ? {} : { summary: responseWords })}
          />
        )}
      </div>
    </section>
  );
}
