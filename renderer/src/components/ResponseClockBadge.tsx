/**
 * A concern's first-response clock: time left ("45 min left", "due Thu 10:00") or overdue ("2 h overdue")
 * while nobody has answered the citizen, and once someone has (a response recorded or the concern acknowledged:
 * Concern.firstResponseAt), that it was answered, in time or late. The clock stops at that answer, so an
 * answered concern is never shown overdue. Top priority counts real hours (citizens expect an answer within
 * the hour), high and normal count the office's business hours (shared/domain/response-clock.ts). The targets
 * and hours are the office's (its synced profile), or the standard ones in this desk's time zone until the desk
 * has received them.
 */
import type { ReactNode } from 'react';
import { CircleCheck, Timer, TimerOff } from 'lucide-react';
import type { Concern } from '@shared/domain/concern';
import { concernClock, type ResponseClock } from '@shared/domain/response-clock';
import { useOfficeProfile } from '../app/office-profile';
import { t } from '../i18n';
import { useNow } from '../lib/now';

const ICONS = { running: Timer, overdue: TimerOff, met: CircleCheck, missed: CircleCheck } as const;

/** The clock badge; nothing for a concern resolved or closed without an answer. */
export function ResponseClockBadge({ concern }: { concern: Concern }): ReactNode {
  const now = useNow();
  const { responsePolicy } = useOfficeProfile();
  let clock: ResponseClock | null;
  try {
    clock = concernClock(concern, responsePolicy, new Date(now).toISOString());
  } catch (error) {
    // A malformed time never breaks the list; the clock is left out.
    console.warn('No response clock for', concern.id, error);
    return null;
  }
  return clock === null ? null : <ClockBadge clock={clock} answeredAt={concern.firstResponseAt ?? null} />;
}

/** How a clock reads: the badge's presentation, apart from where the clock comes from. */
export function ClockBadge({ clock, answeredAt }: { clock: ResponseClock; answeredAt: string | null }): ReactNode {
  const isLate = clock.state === 'overdue';
  const Icon = ICONS[clock.state];
  const due = new Date(clock.dueAt).toLocaleString();
  const title =
    answeredAt === null
      ? t('clock.due', { when: due })
      : t('reviewQueue.clock.answered', { when: new Date(answeredAt).toLocaleString(), due });
  const className = isLate ? 'badge badge-overdue response-clock' : clock.state === 'met' || clock.state === 'missed' ? 'response-clock response-clock-answered' : 'response-clock';
  return (
    <span className={className} data-clock-state={clock.state} title={title}>
      <Icon size={14} aria-hidden="true" />
      <span className="visually-hidden">{t('clock.label')} </span>
      {clock.label}
    </span>
  );
}
