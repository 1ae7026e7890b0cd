/**
 * "Since last meeting": last month's themes and what became of their concerns (resolved, in progress, open)
 * and whether the theme came back this month; each opens its concerns. The meeting's decisions of last month
 * (the present helper's SinceLastMeeting) are shown beside it by the page.
 */
import { useId, useState, type ReactNode } from 'react';
import type { LastMonthTheme } from '@shared/patterns/types';
import { t } from '../../i18n';
import { formatCount } from './format-figures';
import { LAST_MONTH_AT_FIRST, lastMonthBiggestFirst } from './themes/first-glance';

/** Last month's themes with their outcome: the biggest first, the rest behind "Show all N". */
export function LastMonth({ themes, onOpen }: { themes: readonly LastMonthTheme[]; onOpen: (title: string, concernIds: readonly string[]) => void }): ReactNode {
  const [isAll, setIsAll] = useState(false);
  const listId = useId();
  if (themes.length === 0) return <p className="meeting-muted">{t('meeting.last.none')}</p>;
  const sorted = lastMonthBiggestFirst(themes);
  const shown = isAll ? sorted : sorted.slice(0, LAST_MONTH_AT_FIRST);
  return (
    <>
      <ul className="meeting-last" id={listId}>
        {shown.map((theme) => (
          <li key={theme.signature.terms.map((term) => term.term).join('|') + theme.label} className="meeting-last-item">
            <button type="button" className="meeting-link meeting-last-label" onClick={() => onOpen(theme.label, theme.concernIds)}>
              {theme.label} ({formatCount(theme.concernIds.length)})
            </button>
            <span className="meeting-last-outcome">
              {t('meeting.last.outcome', { resolved: formatCount(theme.resolved), inProgress: formatCount(theme.inProgress), open: formatCount(theme.open) })}
            </span>
            <span className="meeting-last-now">{theme.thisMonth > 0 ? t('meeting.last.thisMonth', { count: formatCount(theme.thisMonth) }) : t('meeting.last.gone')}</span>
          </li>
        ))}
      </ul>
      {sorted.length > LAST_MONTH_AT_FIRST && (
        // Stays where it is when pressed (the list grows above it), so the keyboard's place is kept.
        <button type="button" className="meeting-link meeting-show-more" aria-expanded={isAll} aria-controls={listId} onClick={() => setIsAll(!isAll)}>
          {isAll ? t('meeting.last.showFewer', { count: LAST_MONTH_AT_FIRST }) : t('meeting.last.showAll', { count: formatCount(sorted.length) })}
        </button>
      )}
    </>
  );
}

/** How the patterns are found, in plain words (analysis.method). */
export function MethodNote({ method }: { method: { test: string; threshold: string; presence: string } }): ReactNode {
  return (
    <details className="meeting-method" data-testid="meeting-method">
      <summary>{t('meeting.method.title')}</summary>
      <p>{t('meeting.method.themes')}</p>
      <p>{t('meeting.method.emerging', { test: method.test, threshold: method.threshold })}</p>
      <p>{t('meeting.method.recurring', { presence: method.presence })}</p>
    </details>
  );
}
