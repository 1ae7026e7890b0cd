/**
 * What the charts and figures say when a figure has no share or nothing to show: a places chart names its
 * largest place without empty brackets, a month with no concern to time (imported history) says so plainly and
 * draws no chart of zeros, and no places or repeat contacts get a sentence of why.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ResponseFigures } from '@shared/patterns/types';
import { ChartsSection, placesSummary } from '../../../../renderer/src/features/meeting/ChartsSection';
import { headlineFigures, responseFigure } from '../../../../renderer/src/features/meeting/HeadlineFigures';
import { BarsChart } from '../../../../renderer/src/features/meeting/charts/BarsChart';
import { chartSummary } from '../../../../renderer/src/features/meeting/charts/chart-rows';
import { analysis } from './fixtures';

const none = () => undefined;
const count = (n: number, ids: string[] = []) => ({ key: '', count: n, share: 0, concernIds: ids });

/** Response figures in which `timed` of the month's concerns have a clock. */
function response(timed: { inTime?: number; late?: number; waiting?: number; overdue?: number } = {}): ResponseFigures {
  const { inTime = 0, late = 0, waiting = 0, overdue = 0 } = timed;
  const total = inTime + late + waiting + overdue;
  return {
    total,
    answeredInTime: count(inTime, Array.from({ length: inTime }, (_, i) => `t${i}`)),
    answeredLate: count(late),
    waiting: count(waiting),
    overdue: count(overdue),
    medianMinutesToAnswer: inTime + late > 0 ? 200 : null,
    byPriority: [],
  };
}

describe('chart summaries and empty figures', () => {
  it('names the largest row without brackets when it has no share, with them when it has', () => {
    expect(chartSummary([{ key: 'a', label: 'Westgate', count: 44, concernIds: [] }])).toBe('Largest: Westgate, 44.');
    expect(chartSummary([{ key: 'a', label: 'Phone', count: 420, share: 0.38, concernIds: [] }])).toBe('Largest: Phone, 420 (38%).');
    expect(chartSummary([{ key: 'a', label: 'Phone', count: 0, share: 0, concernIds: [] }])).toBe('Nothing to show this month.');
  });

  it('sums up places by their largest and its earlier average, or says why none is shown', () => {
    expect(placesSummary(analysis().places)).toBe('Most concerns: Mill Lane, 5 (a monthly average of 1.5 before).');
    expect(placesSummary([])).toMatch(/^No area or street had 3 or more concerns this month/);
    const html = renderToStaticMarkup(<ChartsSection analysis={analysis()} onOpen={none} />);
    expect(html).not.toContain('()');
    expect(html).toContain('Most concerns: Mill Lane, 5');
  });

  it('draws neither plot nor table for rows that are all zero', () => {
    const rows = [{ key: 'a', label: 'Overdue', count: 0, share: 0, concernIds: [] }];
    const html = renderToStaticMarkup(<BarsChart title="Response times" rows={rows} layout="bars" onOpen={none} />);
    expect(html).toContain('Nothing to show this month.');
    expect(html).not.toContain('<table');
    expect(html).not.toContain('meeting-chart-plot');
  });

  it('says plainly when no concern of the month can be timed, in the figure and the charts', () => {
    const figure = responseFigure(response(), 150);
    expect(figure).toMatchObject({ label: 'Answered in time', value: '–', concernIds: [] });
    expect(figure.meaning).toMatch(/^No answers to time this month: every concern was resolved or closed without a recorded first answer/);
    expect(figure.meaning).not.toContain('none answered yet');
    const html = renderToStaticMarkup(<ChartsSection analysis={analysis({ responseTimes: response() })} onOpen={none} />);
    expect(html).toContain('Response times against targets');
    expect(html).toContain('No answers to time this month');
    expect(html).not.toContain('Nothing to show this month');
    // Only the charts with something in them have a table (months, channels, priorities, places).
    expect(html.match(/<table/g)).toHaveLength(4);
  });

  it('counts the concerns left out of the answers in time, and reads a month with some timed as before', () => {
    const figure = responseFigure(response({ inTime: 3, late: 1 }), 150);
    expect(figure.value).toBe('75%');
    expect(figure.meaning).toBe('1 late, 0 overdue; median first answer 3 h 20 min. 146 resolved or closed without a recorded answer are left out');
    expect(responseFigure(response({ inTime: 3, late: 1 }), 4).meaning).toBe('1 late, 0 overdue; median first answer 3 h 20 min');
    expect(responseFigure(null, 4).label).toBe('No response targets');
  });

  it('says no one came back, rather than a row of zeros, when no citizen raised two concerns', () => {
    const repeat = { citizens: 0, concernIds: [], distribution: [], returningFromEarlierMonths: 0 };
    const figure = headlineFigures(analysis({ repeatContacts: repeat }), 150, '2026-11').find((f) => f.id === 'repeat');
    expect(figure?.meaning).toMatch(/^No one raised two or more concerns this month/);
  });
});
