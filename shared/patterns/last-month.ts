/**
 * What became of last month's themes: for each theme with concerns in the month before the period, those
 * concerns by how far they got (resolved or closed, in progress, still open) and how many it has this month.
 */
import type { LastMonthTheme, PatternConcern, Theme } from './types';

/** Last month's themes, most concerns last month first (ties by label). */
export function lastMonthThemes(themes: readonly Theme[], byId: ReadonlyMap<string, PatternConcern>): LastMonthTheme[] {
  const out: LastMonthTheme[] = [];
  for (const theme of themes) {
    const figure = theme.monthly[theme.monthly.length - 2];
    if (!figure || figure.count === 0) continue;
    let resolved = 0;
    let inProgress = 0;
    let open = 0;
    for (const id of figure.concernIds) {
      const status = byId.get(id)?.status;
      if (status === 'resolved' || status === 'closed') resolved += 1;
      else if (status === 'in-progress') inProgress += 1;
      else open += 1;
    }
    out.push({ label: theme.label, signature: theme.signature, concernIds: [...figure.concernIds], resolved, inProgress, open, thisMonth: theme.count });
  }
  return out.sort((a, b) => b.concernIds.length - a.concernIds.length || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
