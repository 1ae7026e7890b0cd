/**
 * The meeting view's parts rendered to HTML (renderer tests run in Node, without a DOM): figures with their
 * meaning and drill-down buttons, theme cards with badges in words and the series in words, charts with a
 * data table beside them, and the keys of the theme list.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HeadlineFigures, headlineFigures } from '../../../../renderer/src/features/meeting/HeadlineFigures';
import { ThemeList } from '../../../../renderer/src/features/meeting/themes/ThemeList';
import { themeIntent } from '../../../../renderer/src/features/meeting/themes/theme-keys';
import { trendBadges } from '../../../../renderer/src/features/meeting/themes/TrendBadges';
import { BarsChart } from '../../../../renderer/src/features/meeting/charts/BarsChart';
import { rowsOfCounts } from '../../../../renderer/src/features/meeting/charts/chart-rows';
import { analysis, theme } from './fixtures';

const none = () => undefined;
const key = (k: string, changes: Partial<KeyboardEvent> = {}) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...changes });

describe('meeting view markup', () => {
  it('gives each headline figure its meaning and a button to the concerns behind it', () => {
    const figures = headlineFigures(analysis(), 160, '2026-11');
    expect(figures.map((f) => [f.id, f.value])).toEqual([
      ['concerns', '150'],
      ['people', '160'],
      ['priority', '10%'],
      ['response', '–'],
      ['repeat', '2'],
    ]);
    expect(figures[0]?.meaning).toBe('50% more than the monthly average of 100');
    expect(figures[2]?.concernIds).toEqual(['c3', 'c2']);
    const html = renderToStaticMarkup(<HeadlineFigures figures={figures} onOpen={none} />);
    expect(html).toContain('aria-label="Concerns this month: 150. Open 4 concerns"');
    // No targets set: said in words, with nothing to open.
    expect(html).toContain('No response targets');
    expect(html).toContain('An admin can set the office’s response times');
  });

  it('shows themes as cards: badges in words, the explanation as a description, the series in words, one tab stop', () => {
    const html = renderToStaticMarkup(
      <ThemeList themes={analysis().themes} hidden={[]} unthemed={['c4']} mayFacilitate onOpen={none} onAction={none} onOpenConcerns={none} onShowAgain={none} />,
    );
    expect(html).toContain('Emerging: new');
    expect(html).toContain('Recurring');
    expect(html).toContain('aria-describedby="theme-theme-lights-counts theme-theme-lights-why"');
    expect(html).toContain('3 this month against about 0.4 expected from earlier months');
    expect(html).toContain('September 2026: 0, October 2026: 1, November 2026: 2');
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
    expect(html).toContain('Unthemed: 1');
    expect(html).toContain('aria-label="Renamed by a facilitator"');
  });

  it('earns badges from the trend', () => {
    expect(trendBadges(theme().trend).map((b) => b.label)).toEqual(['Emerging: new']);
    const fading = { ...theme().trend, emerging: null, isFading: true, isRecurring: true, monthsPresent: 4 };
    expect(trendBadges(fading).map((b) => [b.label, b.why])).toEqual([
      ['Recurring', 'Present in 4 of the last 6 months.'],
      ['Fading', fading.explanation],
    ]);
  });

  it('moves between themes with j/k and asks for actions only of a facilitator', () => {
    expect(themeIntent(key('j'), 0, 3, false)).toEqual({ type: 'move', to: 1 });
    expect(themeIntent(key('k'), 0, 3, false)).toEqual({ type: 'move', to: 0 });
    expect(themeIntent(key('End'), 0, 3, false)).toEqual({ type: 'move', to: 2 });
    expect(themeIntent(key('r'), 1, 3, true)).toEqual({ type: 'action', kind: 'rename' });
    expect(themeIntent(key('p'), 1, 3, true)).toEqual({ type: 'action', kind: 'pin' });
    expect(themeIntent(key('r'), 1, 3, false)).toBeUndefined();
    expect(themeIntent(key('r', { ctrlKey: true }), 1, 3, true)).toBeUndefined();
  });

  it('draws a chart with its summary and a table whose counts open the concerns', () => {
    const rows = rowsOfCounts(analysis().channels, (k) => (k === 'phone' ? 'Phone' : k));
    const html = renderToStaticMarkup(<BarsChart title="Channel mix" rows={rows} layout="bars" onOpen={none} />);
    expect(html).toContain('Largest: Phone, 100 (67%).');
    expect(html).toContain('<caption class="visually-hidden">Channel mix</caption>');
    expect(html).toContain('Not given');
    expect(html).toContain('aria-label="Open the 100 concerns: Phone"');
    expect(html).toContain('aria-hidden="true"');
  });
});
