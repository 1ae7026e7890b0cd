/**
 * A theme's movement as badges in words ("Recurring", "Emerging: new", "Emerging: growing", "Fading"), each with
 * an icon so colour is never the only sign, and the plain-words explanation of the engine's test shown on hover
 * and keyboard focus of the theme's card, in the theme's detail, and to assistive technology as a description.
 */
import type { ReactNode } from 'react';
import { Repeat, Sparkles, TrendingDown, TrendingUp, type LucideIcon } from 'lucide-react';
import type { Trend } from '@shared/patterns/types';
import type { MessageKey } from '../../../i18n';
import { t } from '../../../i18n';

/** One badge: its words, icon, style and why. */
export interface TrendBadge {
  readonly kind: 'recurring' | 'new' | 'growing' | 'fading';
  readonly label: string;
  readonly why: string;
}

const ICONS: Record<TrendBadge['kind'], LucideIcon> = { recurring: Repeat, new: Sparkles, growing: TrendingUp, fading: TrendingDown };
const LABELS: Record<TrendBadge['kind'], MessageKey> = {
  recurring: 'meeting.badge.recurring',
  new: 'meeting.badge.new',
  growing: 'meeting.badge.growing',
  fading: 'meeting.badge.fading',
};

/** The badges a trend earns, in a fixed order. */
export function trendBadges(trend: Trend): TrendBadge[] {
  const badges: TrendBadge[] = [];
  if (trend.isRecurring) badges.push({ kind: 'recurring', label: t(LABELS.recurring), why: t('meeting.badge.recurringWhy', { months: trend.monthsPresent }) });
  if (trend.emerging !== null) badges.push({ kind: trend.emerging, label: t(LABELS[trend.emerging]), why: trend.explanation });
  if (trend.isFading) badges.push({ kind: 'fading', label: t(LABELS.fading), why: trend.explanation });
  return badges;
}

/**
 * The badges, then their explanations: shown while the card is hovered or holds the focus (meeting.css), and
 * always read out as the description of whatever points at `whyId` (the card's open button).
 */
export function TrendBadges({ trend, whyId, isExplained = false }: { trend: Trend; whyId: string; isExplained?: boolean }): ReactNode {
  const badges = trendBadges(trend);
  if (badges.length === 0) return null;
  return (
    <>
      <ul className="meeting-badges" aria-label={t('meeting.detail.trend')}>
        {badges.map((badge) => {
          const Icon = ICONS[badge.kind];
          return (
            <li key={badge.kind} className={`meeting-badge meeting-badge-${badge.kind}`} title={badge.why}>
              <Icon size={14} aria-hidden="true" />
              {badge.label}
            </li>
          );
        })}
      </ul>
      <p id={whyId} className={isExplained ? 'meeting-why meeting-why-shown' : 'meeting-why'}>
        {[...new Set(badges.map((b) => b.why))].join(' ')}
      </p>
    </>
  );
}
