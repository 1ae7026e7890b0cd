/**
 * Failure alerts: when a priority email fails for good, the go-to people and admins signed in anywhere in the
 * office see it at the top of the app (and get one desktop notification for it), with why, in the mail
 * server's words, and can open the concern, resend the email, or dismiss the alert (remembered at this desk).
 * Counter staff and facilitators see the failure on the concern only. Who sees what: failure-alerts.ts.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { MailWarning } from 'lucide-react';
import type { Concern } from '@shared/domain/concern';
import { dismissFailure, dismissedFailures, escalationAlerts, failureKey, useLiveQuery, type EscalationWithConcern } from '../../db';
import { useDesk } from '../../app/desk-context';
import { useConnectionState } from '../../office/office-context';
import { t } from '../../i18n';
import { canActOnFailures, FAILURE_LIST_MS, listed } from './failure-alerts';
import { FailureAlertItem } from './FailureAlertItem';
import { useFailureNotifications } from './useFailureNotifications';
import { useFocusAfterRemoval } from './useFocusAfterRemoval';
import './alerts.css';

const NONE: readonly EscalationWithConcern[] = [];

/** The alerts; `onOpen` opens a concern. */
export function FailureAlerts({ onOpen }: { onOpen: (concern: Concern) => void }): ReactNode {
  const { db } = useDesk();
  const isActive = canActOnFailures(useConnectionState());
  // Escalation ids resent from here, followed until dismissed so the person who resent one sees it go out.
  const [followed, setFollowed] = useState<ReadonlySet<string>>(new Set());
  // Failures dismissed in this session: gone at once, while their lasting record (dismissFailure) is written.
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const followedIds = useMemo(() => [...followed], [followed]);
  const alerts = useLiveQuery(
    () => (isActive ? escalationAlerts(db, new Date(Date.now() - FAILURE_LIST_MS).toISOString(), followedIds) : Promise.resolve(NONE)),
    [db, isActive, followedIds],
  );
  const dismissed = useLiveQuery(() => dismissedFailures(db), [db]);
  useFailureNotifications(alerts ?? NONE);

  const shown = listed(alerts ?? NONE, new Set([...(dismissed ?? []), ...hidden]), followed);
  const { listRef, removing } = useFocusAfterRemoval(shown.length);
  if (shown.length === 0) return null;
  const follow = (id: string, isFollowed: boolean) =>
    setFollowed((set) => new Set(isFollowed ? [...set, id] : [...set].filter((other) => other !== id)));
  const dismiss = ({ escalation }: EscalationWithConcern, index: number) => {
    removing(index);
    follow(escalation.id, false);
    if (escalation.state !== 'failed') return;
    setHidden((set) => new Set([...set, failureKey(escalation)]));
    dismissFailure(db, failureKey(escalation)).catch((error: unknown) => console.warn('Could not remember the dismissal:', error));
  };
  return (
    <section className="duty-alerts failure-alerts" aria-label={t('alerts.failures.title')} role="region">
      <h2 className="duty-alerts-title">
        <MailWarning size={18} aria-hidden="true" />
        {t('alerts.failures.title')}
      </h2>
      <ul ref={listRef} className="duty-alerts-list">
        {shown.map((alert, index) => (
          <FailureAlertItem
            key={alert.escalation.id}
            alert={alert}
            onOpen={onOpen}
            onResent={() => {
              follow(alert.escalation.id, true);
              setAnnouncement(t('escalation.resent', { summary: alert.concern.summary }));
            }}
            onDismiss={() => dismiss(alert, index)}
          />
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
