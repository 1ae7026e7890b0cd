/**
 * The meeting's figures (places, channels, priorities, response times, repeat contacts, last month's themes) as
 * rows of a table: what a figure's slide, its Markdown section and its CSV lines show. Place names are areas or
 * street names (never house numbers) and last month's labels come redacted from the engine; every label still
 * passes through scrub() with the period's personal data.
 */
import type { MeetingFigure } from '@shared/domain/meeting';
import type { Analysis, Count } from '@shared/patterns/types';
import { t } from '../../../i18n';
import { knownLabel } from '../charts/chart-rows';
import { scrub, type PersonalData } from './privacy';
import { countText, decimalText, minutesText, shareText } from './report-format';

/** One line of a figure: what is counted, how many, and what the number means. */
export interface FigureRow {
  readonly label: string;
  readonly count: number;
  readonly detail: string;
}

/** A figure as a titled table with a one-line summary. */
export interface FigureTable {
  readonly figure: MeetingFigure;
  readonly title: string;
  readonly summary: string;
  readonly rows: readonly FigureRow[];
}

const countRows = (counts: readonly Count[], label: (key: string) => string): FigureRow[] =>
  counts.map((c) => ({ label: label(c.key), count: c.count, detail: shareText(c.share) }));

const PRIORITY_LABELS: Readonly<Record<string, string>> = {
  normal: t('present.priority.normal'),
  high: t('present.priority.high'),
  top: t('present.priority.top'),
};
const priorityLabel = (key: string): string => PRIORITY_LABELS[key] ?? key;
const channelLabel = knownLabel('channel');

function responseTable(analysis: Analysis): Omit<FigureTable, 'figure' | 'title'> {
  const r = analysis.responseTimes;
  if (r === null) return { summary: t('present.figure.responseTimes.none'), rows: [] };
  // Nothing timed (imported history is closed without an answer): a sentence, not a table of zeros.
  if (r.total === 0) return { summary: t('meeting.figures.response.nothing'), rows: [] };
  const median = r.medianMinutesToAnswer === null ? t('present.figure.responseTimes.noMedian') : minutesText(r.medianMinutesToAnswer);
  return {
    summary: t('present.figure.responseTimes.summary', { inTime: countText(r.answeredInTime.count), total: countText(r.total), median }),
    rows: [
      { label: t('present.figure.responseTimes.inTime'), count: r.answeredInTime.count, detail: shareText(r.answeredInTime.share) },
      { label: t('present.figure.responseTimes.late'), count: r.answeredLate.count, detail: shareText(r.answeredLate.share) },
      { label: t('present.figure.responseTimes.waiting'), count: r.waiting.count, detail: shareText(r.waiting.share) },
      { label: t('present.figure.responseTimes.overdue'), count: r.overdue.count, detail: shareText(r.overdue.share) },
    ],
  };
}

function bodyOf(analysis: Analysis, figure: MeetingFigure, personal: PersonalData): Omit<FigureTable, 'figure' | 'title'> {
  switch (figure) {
    case 'places':
      return {
        summary: t('present.figure.places.summary', { count: countText(analysis.places.length) }),
        rows: analysis.places.map((p) => ({
          label: scrub(p.name, personal),
          count: p.count,
          detail: t('present.figure.places.detail', { average: decimalText(p.earlierAverage) }),
        })),
      };
    case 'channels':
      return {
        summary: t('present.figure.channels.summary'),
        rows: countRows(analysis.channels, (key) => (key === '' ? t('meeting.unknown') : scrub(channelLabel(key), personal))),
      };
    case 'priorities':
      return { summary: t('present.figure.priorities.summary'), rows: countRows(analysis.priorities, priorityLabel) };
    case 'response-times':
      return responseTable(analysis);
    case 'repeat-contacts': {
      const r = analysis.repeatContacts;
      if (r.citizens === 0) return { summary: t('present.figure.repeat.none'), rows: [] };
      return {
        summary: t('present.figure.repeat.summary', { citizens: countText(r.citizens), returning: countText(r.returningFromEarlierMonths) }),
        rows: r.distribution.map((d) => ({ label: t('present.figure.repeat.row', { times: d.key }), count: d.count, detail: shareText(d.share) })),
      };
    }
    case 'last-month':
      return {
        summary: t('present.figure.lastMonth.summary', { count: countText(analysis.lastMonth.length) }),
        rows: analysis.lastMonth.map((m) => ({
          label: scrub(m.label, personal),
          count: m.concernIds.length,
          detail: t('present.figure.lastMonth.detail', { resolved: m.resolved, inProgress: m.inProgress, open: m.open, thisMonth: m.thisMonth }),
        })),
      };
  }
}

/** The figure of the analysis as a table, its labels redacted. */
export function figureTable(analysis: Analysis, figure: MeetingFigure, personal: PersonalData): FigureTable {
  return { figure, title: t(`present.figure.${figure}`), ...bodyOf(analysis, figure, personal) };
}
