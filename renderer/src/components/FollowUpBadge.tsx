/** When a follow-up is due; past its day it turns into an overdue warning with an icon and words. */
import type { ReactNode } from 'react';
import { CalendarClock, ClockExclamationPoint } from 'lucide-react';
import type { FollowUp } from '@shared/domain/concern';
import { t } from '../i18n';
import { isDayKey } from '../lib/dates';
import { formatShortDay } from '../lib/format';

/** Nothing when no follow-up is needed; otherwise the due day, marked overdue when before `today`. */
export function FollowUpBadge({ followUp, today }: { followUp: FollowUp; today: string }): ReactNode {
  if (!followUp.needed || !isDayKey(followUp.due)) return null;
  const date = formatShortDay(followUp.due);
  if (followUp.due < today) {
    return (
      <span className="badge badge-overdue">
        <ClockExclamationPoint size={14} aria-hidden="true" />
        {t('followUp.overdue', { date })}
      </span>
    );
  }
  return (
    <span className="followup">
      <CalendarClock size={14} aria-hidden="true" />
      {t('followUp.due', { date })}
    </span>
  );
}
