/**
 * What a facilitator sees first of a long list: the biggest items, and for themes every emerging one too (a new
 * or growing theme is news however small), with the rest one control away. A month of 3,000 concerns holds
 * about 60 themes, many of 3 to 5 concerns; all at once they bury the big picture. Pure, for the lists and tests.
 */
import type { LastMonthTheme, Theme } from '@shared/patterns/types';

/** Themes shown before "Show N smaller themes". */
export const THEMES_AT_FIRST = 12;
/** Last month's themes shown before "Show all N". */
export const LAST_MONTH_AT_FIRST = 8;

/** The themes to show first (the `limit` biggest, then any emerging one), in the given order (biggest first). */
export function themesAtFirst(themes: readonly Theme[], limit: number = THEMES_AT_FIRST): Theme[] {
  return themes.filter((theme, index) => index < limit || theme.trend.emerging !== null);
}

/** Last month's themes, biggest first (by their concerns; ties keep their order). */
export function lastMonthBiggestFirst(themes: readonly LastMonthTheme[]): LastMonthTheme[] {
  return themes.map((theme, index) => ({ theme, index })).sort((a, b) => b.theme.concernIds.length - a.theme.concernIds.length || a.index - b.index).map(({ theme }) => theme);
}
