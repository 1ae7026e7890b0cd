/**
 * What the meeting view was showing when a concern was opened from it (the theme open, the list of concerns
 * it came from), so the way back returns there: the app shows an open concern in place of the view, which
 * unmounts it. Kept for the one period last shown, in memory only.
 */
import type { Month } from '@shared/domain/meeting';
import type { Drill } from './ConcernsDrill';

let remembered: { period: Month; themeId: string | undefined; drill: Drill | undefined } | undefined;

/** The view's memory. */
export const meetingMemory = {
  themeFor(period: Month): string | undefined {
    return remembered?.period === period ? remembered.themeId : undefined;
  },
  drillFor(period: Month): Drill | undefined {
    return remembered?.period === period ? remembered.drill : undefined;
  },
  rememberTheme(period: Month, themeId: string | undefined): void {
    remembered = { period, themeId, drill: remembered?.period === period ? remembered.drill : undefined };
  },
  rememberDrill(period: Month, drill: Drill | undefined): void {
    remembered = { period, themeId: remembered?.period === period ? remembered.themeId : undefined, drill };
  },
};
