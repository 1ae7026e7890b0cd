/**
 * The big picture first: the theme grid shows the 12 biggest and every emerging theme with the count of all and
 * "Show N smaller themes", and opens with a smaller theme shown when the facilitator comes back from it; last
 * month's themes show the 8 biggest with "Show all N".
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { LastMonthTheme, Theme } from '@shared/patterns/types';
import { LastMonth } from '../../../../renderer/src/features/meeting/LastMonth';
import { ThemeList } from '../../../../renderer/src/features/meeting/themes/ThemeList';
import { lastMonthBiggestFirst, themesAtFirst } from '../../../../renderer/src/features/meeting/themes/first-glance';
import { theme } from './fixtures';

const none = () => undefined;

/** `n` themes, biggest first; those at `emerging` are new. */
function manyThemes(n: number, emerging: readonly number[] = []): Theme[] {
  return Array.from({ length: n }, (_, i) =>
    theme({ id: `t${i}`, label: `theme ${i}`, count: 100 - i, trend: { ...theme().trend, emerging: emerging.includes(i) ? 'new' : null } }),
  );
}

const list = (themes: Theme[], initialThemeId?: string) =>
  renderToStaticMarkup(
    <ThemeList themes={themes} hidden={[]} unthemed={[]} mayFacilitate onOpen={none} onAction={none} onOpenConcerns={none} onShowAgain={none} {...(initialThemeId === undefined ? {} : { initialThemeId })} />,
  );
const cards = (html: string) => html.match(/data-testid="theme-card"/g)?.length ?? 0;

describe('the big picture first', () => {
  it('keeps the 12 biggest and every emerging theme, in order', () => {
    const themes = manyThemes(60, [3, 40, 59]);
    expect(themesAtFirst(themes).map((t) => t.id)).toEqual([...Array.from({ length: 12 }, (_, i) => `t${i}`), 't40', 't59']);
    expect(themesAtFirst(manyThemes(5))).toHaveLength(5);
  });

  it('shows the count of all themes and a control for the smaller ones, with one tab stop', () => {
    const html = list(manyThemes(60, [40]));
    expect(cards(html)).toBe(13);
    expect(html).toContain('60 themes this month. Showing the 12 biggest and any emerging ones.');
    expect(html).toContain('Show 47 smaller themes');
    expect(html).toContain('aria-expanded="false"');
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
  });

  it('needs no control when every theme is shown', () => {
    const html = list(manyThemes(10));
    expect(cards(html)).toBe(10);
    expect(html).toContain('10 themes this month.');
    expect(html).not.toContain('smaller themes');
  });

  it('opens with the smaller themes shown when the one last opened is among them, and makes it current', () => {
    const html = list(manyThemes(30), 't20');
    expect(cards(html)).toBe(30);
    expect(html).toContain('Show only the biggest and emerging themes');
    expect(html).toMatch(/data-current="true"><h4 class="meeting-theme-label"><button[^>]*tabindex="0"[^>]*>theme 20</);
  });

  it('shows the 8 biggest of last month’s themes first, with "Show all N"', () => {
    const last: LastMonthTheme[] = Array.from({ length: 20 }, (_, i) => ({
      label: `last ${i}`,
      signature: { terms: [{ term: `w${i}`, weight: 1 }] },
      concernIds: Array.from({ length: (i * 7) % 20 }, (_, j) => `c${i}-${j}`),
      resolved: 0,
      inProgress: 0,
      open: 0,
      thisMonth: 0,
    }));
    const sorted = lastMonthBiggestFirst(last).map((t) => t.concernIds.length);
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
    const html = renderToStaticMarkup(<LastMonth themes={last} onOpen={none} />);
    expect(html.match(/class="meeting-last-item"/g)).toHaveLength(8);
    expect(html).toContain('Show all 20 of last month’s themes');
    expect(html).toContain(`${lastMonthBiggestFirst(last)[0]?.label ?? '?'} (19)`);
    expect(renderToStaticMarkup(<LastMonth themes={last.slice(0, 5)} onOpen={none} />)).not.toContain('Show all');
  });
});
