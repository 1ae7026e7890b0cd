/**
 * The month's headline figures, each with its meaning in words and a button opening the concerns behind it:
 * concerns against the monthly average, the people who raised them, the share of high and top priority,
 * answers within the office's targets, and citizens who came back (counted, never named).
 */
import type { ReactNode } from 'react';
import type { Month } from '@shared/domain/meeting';
import type { Analysis, ResponseFigures } from '@shared/patterns/types';
import { t } from '../../i18n';
import { earlierAverage, formatCount, formatMinutes, formatShare, versusAverage } from './format-figures';

/** One figure as the dashboard shows it. */
export interface HeadlineFigure {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly meaning: string;
  readonly concernIds: readonly string[];
}

/** The figures of an analysis, in the order shown. */
export function headlineFigures(analysis: Analysis, people: number, period: Month): HeadlineFigure[] {
  const month = analysis.totals.find((m) => m.month === period);
  const count = month?.count ?? 0;
  const countOf = (key: string) => analysis.priorities.find((p) => p.key === key);
  const high = countOf('high');
  const top = countOf('top');
  const urgentIds = [...(top?.concernIds ?? []), ...(high?.concernIds ?? [])];
  const figures: HeadlineFigure[] = [
    { id: 'concerns', label: t('meeting.figures.concerns'), value: formatCount(count), meaning: versusAverage(count, earlierAverage(analysis.totals, period)), concernIds: month?.concernIds ?? [] },
    { id: 'people', label: t('meeting.figures.people'), value: formatCount(people), meaning: t('meeting.figures.people.meaning'), concernIds: month?.concernIds ?? [] },
    {
      id: 'priority',
      label: t('meeting.figures.priority'),
      value: formatShare(count === 0 ? 0 : ((high?.count ?? 0) + (top?.count ?? 0)) / count),
      meaning: t('meeting.figures.priority.meaning', { high: formatCount(high?.count ?? 0), top: formatCount(top?.count ?? 0), total: formatCount(count) }),
      concernIds: urgentIds,
    },
  ];
  figures.push(responseFigure(analysis.responseTimes, count));
  const repeat = analysis.repeatContacts;
  figures.push({
    id: 'repeat',
    label: t('meeting.figures.repeat'),
    value: formatCount(repeat.citizens),
    meaning:
      repeat.citizens === 0
        ? t('meeting.figures.repeat.none')
        : t('meeting.figures.repeat.meaning', { count: formatCount(repeat.concernIds.length), returning: formatCount(repeat.returningFromEarlierMonths) }),
    concernIds: repeat.concernIds,
  });
  return figures;
}

/**
 * Answers in time, said plainly when there is nothing to say: no targets set, or no concern that can be timed
 * (resolved or closed without a recorded answer, as imported history is); the concerns left out are counted.
 */
export function responseFigure(response: ResponseFigures | null, monthCount: number): HeadlineFigure {
  if (response === null) return { id: 'response', label: t('meeting.figures.response.none'), value: '–', meaning: t('meeting.figures.response.noneMeaning'), concernIds: [] };
  if (response.total === 0) return { id: 'response', label: t('meeting.figures.response'), value: '–', meaning: t('meeting.figures.response.nothing'), concernIds: [] };
  const answered = response.answeredInTime.count + response.answeredLate.count;
  const untimed = monthCount - response.total;
  const meaning = t('meeting.figures.response.meaning', {
    late: formatCount(response.answeredLate.count),
    overdue: formatCount(response.overdue.count),
    median: answered === 0 || response.medianMinutesToAnswer === null ? t('meeting.figures.noAnswer') : formatMinutes(response.medianMinutesToAnswer),
  });
  return {
    id: 'response',
    label: t('meeting.figures.response'),
    value: formatShare(response.answeredInTime.count / response.total),
    meaning: untimed > 0 ? `${meaning}. ${t('meeting.figures.response.untimed', { count: formatCount(untimed) })}` : meaning,
    concernIds: response.answeredInTime.concernIds,
  };
}

/** The figures as a row of tiles. */
export function HeadlineFigures({ figures, onOpen }: { figures: readonly HeadlineFigure[]; onOpen: (title: string, concernIds: readonly string[]) => void }): ReactNode {
  return (
    <section className="meeting-figures" aria-labelledby="meeting-figures-title">
      <h3 id="meeting-figures-title" className="visually-hidden">
        {t('meeting.figures.title')}
      </h3>
      <dl className="meeting-figure-list">
        {figures.map((figure) => (
          <div key={figure.id} className="meeting-figure" data-testid={`figure-${figure.id}`}>
            <dt className="meeting-figure-label">{figure.label}</dt>
            <dd className="meeting-figure-value">
              {figure.concernIds.length === 0 ? (
                figure.value
              ) : (
                <button
                  type="button"
                  className="meeting-link meeting-figure-open"
                  aria-label={`${figure.label}: ${figure.value}. ${t('meeting.figures.open', { count: formatCount(figure.concernIds.length) })}`}
                  onClick={() => onOpen(figure.label, figure.concernIds)}
                >
                  {figure.value}
                </button>
              )}
            </dd>
            <dd className="meeting-figure-meaning">{figure.meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
