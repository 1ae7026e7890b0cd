/**
 * The meeting view's numbers in words: counts with thousands separators, shares as whole percentages, durations
 * in hours and days, a month against its average, and the worker's progress. Pure, so each is tested alone.
 */
import type { Month } from '@shared/domain/meeting';
import type { MonthFigure } from '@shared/patterns/types';
import { t } from '../../i18n';
import type { RunProgress } from './analysis/protocol';

const COUNT = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const AVERAGE = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** "12,034". */
export function formatCount(count: number): string {
  return COUNT.format(count);
}

/** "14%"; "under 1%" for a share above 0 that would round to 0. */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.005) return '<1%';
  return `${Math.round(share * 100)}%`;
}

/** "45 min", "3 h 20 min", "2 days 4 h": minutes as a person would say them. */
export function formatMinutes(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  if (total < 60) return `${total} min`;
  const hours = Math.floor(total / 60);
  if (hours < 24) {
    const rest = total % 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  const dayWord = days === 1 ? 'day' : 'days';
  return restHours === 0 ? `${days} ${dayWord}` : `${days} ${dayWord} ${restHours} h`;
}

/** The average of the months before `period` that had any concerns (months before the desk's history count as none), or null. */
export function earlierAverage(totals: readonly MonthFigure[], period: Month): number | null {
  const earlier = totals.filter((m) => m.month < period && m.count > 0);
  if (earlier.length === 0) return null;
  return earlier.reduce((sum, m) => sum + m.count, 0) / earlier.length;
}

/** "12% more than the monthly average of 830", "About the monthly average of 830" (within 5%), or "No earlier months…". */
export function versusAverage(count: number, average: number | null): string {
  if (average === null || average === 0) return t('meeting.figures.concerns.noHistory');
  const change = (count - average) / average;
  const params = { percent: `${Math.round(Math.abs(change) * 100)}%`, average: AVERAGE.format(average) };
  if (Math.abs(change) < 0.05) return t('meeting.figures.concerns.atAverage', params);
  return t(change > 0 ? 'meeting.figures.concerns.vsAverage' : 'meeting.figures.concerns.belowAverage', params);
}

/** The worker's progress as a sentence, "Reading 12,000 concerns… finding themes…", and 0..1 for the bar. */
export function progressWords(progress: RunProgress | undefined, concerns: number): { words: string; fraction: number } {
  if (progress === undefined) return { words: t('meeting.progress.starting'), fraction: 0 };
  const part = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  const count = formatCount(concerns);
  switch (progress.stage) {
    case 'reading':
      if (progress.done === 0) return { words: t('meeting.progress.opening'), fraction: 0 };
      return { words: t('meeting.progress.reading', { count: formatCount(progress.concerns) }), fraction: 0.3 * part };
    case 'words':
      return { words: t('meeting.progress.words', { count }), fraction: 0.3 + 0.2 * part };
    case 'themes':
      return { words: t('meeting.progress.themes', { count }), fraction: 0.5 + 0.3 * part };
    case 'trends':
      return { words: t('meeting.progress.trends'), fraction: 0.8 + 0.1 * part };
    case 'figures':
      return { words: t('meeting.progress.figures'), fraction: 0.9 + 0.1 * part };
  }
}
