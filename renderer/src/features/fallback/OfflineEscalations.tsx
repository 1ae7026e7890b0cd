/**
 * The offline fallback of the priority lane, above the quick line: top-priority concerns this desk raised that
 * have not reached the office server for the office's set time (10 minutes unless an admin changed it), so no
 * email has gone out. Each offers the desk's own mail program or a call, and records which was done
 * (FallbackItem). Until that time the concern itself says the email goes out once the desk is back online. A
 * desk not connected to an office server at all (none set up, or nobody signed in) offers it at once: nothing
 * will send the email for it.
 */
import type { ReactNode } from 'react';
import { MailWarning } from 'lucide-react';
import type { Concern } from '@shared/domain/concern';
import { escalationsWaitingAtDesk, useLiveQuery } from '../../db';
import { useDesk } from '../../app/desk-context';
import { useConnectionState } from '../../office/office-context';
import { useOfficeProfile } from '../../app/office-profile';
import { useNow } from '../../lib/now';
import { t } from '../../i18n';
import { FallbackItem } from './FallbackItem';
import '../alerts/alerts.css';
import './fallback.css';

const MINUTE = 60_000;

/** The list; `onOpen` opens a concern. */
export function OfflineEscalations({ onOpen }: { onOpen: (concern: Concern) => void }): ReactNode {
  const { db } = useDesk();
  const profile = useOfficeProfile();
  const now = useNow();
  const { phase } = useConnectionState();
  const waiting = useLiveQuery(() => escalationsWaitingAtDesk(db), [db]);
  const isConnected = phase === 'signed-in';
  const wait = isConnected ? profile.offlineFallbackMinutes : 0;
  const due = (waiting ?? [])
    .map((item) => ({ item, minutes: Math.max(0, Math.floor((now - Date.parse(item.since)) / MINUTE)) }))
    .filter(({ minutes }) => minutes >= wait);
  if (phase === 'loading' || due.length === 0) return null;
  return (
    <section className="duty-alerts" aria-label={t('fallback.title')} role="region">
      <h2 className="duty-alerts-title">
        <MailWarning size={18} aria-hidden="true" />
        {t('fallback.title')}
      </h2>
      <ul className="duty-alerts-list fallback-list">
        {due.map(({ item, minutes }) => (
          <FallbackItem
            key={item.concern.id}
            waiting={item}
            minutes={minutes}
            isConnected={isConnected}
            profile={profile}
            onOpen={() => onOpen(item.concern)}
          />
        ))}
      </ul>
    </section>
  );
}
