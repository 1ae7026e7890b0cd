/**
 * Duty alerts for go-to people: when this desk is on duty (Settings), each colleague's new top-priority
 * concern raises one notification outside the window (desktop) and stays listed at the top of the app until
 * someone takes it up (its status leaves "new") or it is dismissed here. Concerns logged at this desk, and
 * those older than a day, do not ring. Which ones already rang is kept in the desk's database, so a restart
 * does not ring again.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { BellRing } from 'lucide-react';
import type { Concern } from '@shared/domain/concern';
import { alertedConcerns, markAlerted, useLiveQuery, waitingTopPriority } from '../../db';
import { useDesk } from '../../app/desk-context';
import { useConnectionState } from '../../office/office-context';
import { t } from '../../i18n';
import './alerts.css';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The alerts; `onOpen` opens a concern. */
export function DutyAlerts({ onOpen }: { onOpen: (concern: Concern) => void }): ReactNode {
  const { db, platform, settings } = useDesk();
  const connection = useConnectionState();
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  // A day back from when the desk went on duty (or the app started); a new day's concerns are still newer.
  const [since] = useState(() => new Date(Date.now() - DAY_MS).toISOString());
  const waiting = useLiveQuery(() => (settings.onDuty ? waitingTopPriority(db, since) : Promise.resolve([])), [db, settings.onDuty, since]);
  const mine = useMemo(
    () => new Set([settings.staffName, connection.account?.displayName].filter((name) => name !== undefined)),
    [settings.staffName, connection.account?.displayName],
  );
  const others = useMemo(() => (waiting ?? []).filter((concern) => !mine.has(concern.createdBy)), [waiting, mine]);

  useEffect(() => {
    if (others.length === 0) return;
    let isCurrent = true;
    void (async () => {
      const rang = await alertedConcerns(db);
      const fresh = others.filter((concern) => !rang.has(concern.id));
      if (!isCurrent || fresh.length === 0) return;
      await markAlerted(db, fresh.map((concern) => concern.id));
      for (const concern of fresh) {
        platform
          .notify({
            title: t('alerts.notification.title'),
            body: t('alerts.notification.body', { summary: concern.summary, by: concern.createdBy }),
            concernId: concern.id,
          })
          .catch((error: unknown) => console.warn('Could not show a notification:', error));
      }
    })();
    return () => {
      isCurrent = false;
    };
  }, [db, platform, others]);

  const shown = others.filter((concern) => !dismissed.has(concern.id));
  if (shown.length === 0) return null;
  const dismiss = (id: string) => setDismissed((set) => new Set([...set, id]));
  return (
    <section className="duty-alerts" aria-label={t('alerts.title')} role="region">
      <h2 className="duty-alerts-title">
        <BellRing size={18} aria-hidden="true" />
        {t('alerts.title')}
      </h2>
      <ul className="duty-alerts-list">
        {shown.map((concern) => (
          <li key={concern.id} className="duty-alert" data-testid="duty-alert">
            <span className="duty-alert-text">
              {t('alerts.item', {
                summary: concern.summary,
                by: concern.createdBy,
                time: new Date(concern.createdAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }),
              })}
            </span>
            <Button className="button button-secondary" onPress={() => onOpen(concern)}>
              {t('alerts.open')}
            </Button>
            <Button className="button button-secondary" onPress={() => dismiss(concern.id)} aria-label={t('alerts.dismissOne', { summary: concern.summary })}>
              {t('alerts.dismiss')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
