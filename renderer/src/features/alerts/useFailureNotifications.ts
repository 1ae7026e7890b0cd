/**
 * One desktop notification per failed priority email: the failures that may ring (failure-alerts.ts) are
 * marked rung in the desk's database in one transaction, and only those not marked before ring, so neither a
 * restart, a second render nor a second window of the desk rings the same failure again.
 */
import { useEffect } from 'react';
import { failureKey, takeUnrungFailures, type EscalationWithConcern } from '../../db';
import { useDesk } from '../../app/desk-context';
import { t } from '../../i18n';
import { ringable } from './failure-alerts';

/** Rings for the new failures among `alerts`. */
export function useFailureNotifications(alerts: readonly EscalationWithConcern[]): void {
  const { db, platform } = useDesk();
  useEffect(() => {
    const candidates = ringable(alerts, new Date());
    if (candidates.length === 0) return;
    void (async () => {
      const fresh = new Set(await takeUnrungFailures(db, candidates.map(({ escalation }) => failureKey(escalation))));
      for (const { escalation, concern } of candidates) {
        if (!fresh.has(failureKey(escalation))) continue;
        platform
          .notify({
            title: t('alerts.failures.notification.title'),
            body: t('alerts.failures.notification.body', { summary: concern.summary, reason: escalation.lastError ?? t('escalation.noReason') }),
            concernId: concern.id,
          })
          .catch((error: unknown) => console.warn('Could not show a notification:', error));
      }
    })().catch((error: unknown) => console.warn('Could not check for failed priority emails:', error));
  }, [db, platform, alerts]);
}
