/**
 * One theme on the dashboard: its label (a button opening the theme), count and people, the monthly series as
 * a sparkline with the series in words, and its trend badges with their explanation. Dense: the grid is
 * scanned. The open button is the card's one tab stop (the list moves focus between cards with j/k).
 */
import { memo, type ReactNode, type Ref } from 'react';
import { PenLine } from 'lucide-react';
import type { Theme } from '@shared/patterns/types';
import { monthName } from '@shared/patterns/months';
import { t } from '../../../i18n';
import { formatCount } from '../format-figures';
import { Sparkline } from './Sparkline';
import { TrendBadges, trendBadges } from './TrendBadges';

/** Props of ThemeCard. */
export interface ThemeCardProps {
  readonly theme: Theme;
  readonly isCurrent: boolean;
  readonly onOpen: (themeId: string) => void;
  readonly onFocus: (themeId: string) => void;
  readonly buttonRef?: Ref<HTMLButtonElement>;
  readonly keyHints?: string;
}

/** The series in words: "October 2026: 3, November 2026: 12". */
export function seriesWords(theme: Theme): string {
  return theme.monthly.map((m) => `${monthName(m.month)}: ${m.count}`).join(', ');
}

/** A theme card. */
export const ThemeCard = memo(function ThemeCard({ theme, isCurrent, onOpen, onFocus, buttonRef, keyHints }: ThemeCardProps): ReactNode {
  const base = `theme-${theme.id}`;
  const hasBadges = trendBadges(theme.trend).length > 0;
  return (
    <li className="meeting-theme-card" data-testid="theme-card" data-current={isCurrent ? 'true' : undefined}>
      <h4 className="meeting-theme-label">
        <button
          ref={buttonRef}
          type="button"
          className="meeting-theme-open"
          tabIndex={isCurrent ? 0 : -1}
          aria-describedby={hasBadges ? `${base}-counts ${base}-why` : `${base}-counts`}
          title={keyHints}
          onClick={() => onOpen(theme.id)}
          onFocus={() => onFocus(theme.id)}
        >
          {theme.label}
        </button>
        {theme.labelSource === 'facilitator' && <PenLine size={14} className="meeting-theme-renamed" aria-label={t('meeting.theme.renamed')} role="img" />}
      </h4>
      <p id={`${base}-counts`} className="meeting-theme-counts">
        <span className="meeting-theme-count">{t('meeting.theme.concerns', { count: formatCount(theme.count) })}</span>
        <span className="meeting-theme-people">{t('meeting.theme.people', { count: formatCount(theme.people) })}</span>
        <span className="visually-hidden">{t('meeting.theme.trendLabel', { series: seriesWords(theme) })}</span>
      </p>
      <Sparkline monthly={theme.monthly} />
      <TrendBadges trend={theme.trend} whyId={`${base}-why`} />
    </li>
  );
});
