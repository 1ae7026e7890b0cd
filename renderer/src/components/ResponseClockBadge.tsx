/**
 * A concern's first-response clock while nobody has taken it up yet (status new): time left ("45 min left",
 * "due Thu 10:00") or overdue ("2 h overdue"). Top priority counts real hours (citizens expect an answer
 * within the hour), high and normal count the office's business hours (shared/domain/response-clock.ts).
 * The targets and hours are the office's (its synced profile), or the standard ones in this desk's time zone
 * until the desk has received them.
 */
import type { ReactNode } from 'react';
import { Timer, TimerOff } from 'lucide-react';
import type { Concern } from '@shared/domain/concern';
import { clockState } from '@shared/domain/response-clock';
import { useOfficeProfile } from '../app/office-profile';
import { t } from '../i18n';
import { useNow } from '../lib/now';

/** The clock badge; nothing once the concern has been taken up. */
export function ResponseClockBadge({ concern }: { concern: Concern }): ReactNode {
  const now = useNow();
  const { responsePolicy } = useOfficeProfile();
  if (concern.status !== 'new') return null;
  let clock;
  try {
    clock = clockState(concern.createdAt, concern.priority, responsePolicy, new Date(now).toISOString());
  } catch (error) {
    // A malformed time never breaks the list; the clock is left out.
    console.warn('No response clock for', concern.id, error);
    return null;
  }
  const isLate = clock.state === 'overdue';
  const Icon = isLate ? TimerOff : Timer;
  return (
    <span className={isLate ? 'badge badge-overdue response-clock' : 'response-clock'} data-clock-state={clock.state} title={t('clock.due', { when: new Date(clock.dueAt).toLocaleString() })}>
      <Icon size={14} aria-hidden="true" />
      <span className="visually-hidden">{t('clock.label')} </span>
      {clock.label}
    </span>
  );
}
