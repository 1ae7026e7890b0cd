/**
 * What became of a top-priority concern's email to the office's designated address: on its way, sent (when,
 * to whom) or failed (why, in the mail server's words). Before the server has it, the desk says the email goes
 * out once the concern reaches the server (when this desk is back online, or someone signs in).
 */
import type { ReactNode } from 'react';
import { MailCheck, MailWarning, MailQuestion } from 'lucide-react';
import type { Concern } from '@shared/domain/concern';
import type { ConcernEscalation } from '@shared/sync/store';
import { escalationsOf, useLiveQuery } from '../../db';
import { useDesk } from '../../app/desk-context';
import { useConnectionState, useSyncStatus } from '../../office/office-context';
import { formatDateTime } from '../../lib/format';
import { t } from '../../i18n';

function line(escalation: ConcernEscalation): { icon: ReactNode; text: string; state: string } {
  const to = escalation.to.join(', ');
  if (escalation.state === 'sent' && escalation.sentAt !== null) {
    return { icon: <MailCheck size={16} aria-hidden="true" />, text: t('escalation.sent', { to, at: formatDateTime(escalation.sentAt) }), state: 'sent' };
  }
  if (escalation.state === 'failed') {
    const reason = escalation.lastError ?? t('escalation.noReason');
    return { icon: <MailWarning size={16} aria-hidden="true" />, text: t('escalation.failed', { reason }), state: 'failed' };
  }
  const text = escalation.attempts > 0 && escalation.lastError !== null ? t('escalation.retrying', { reason: escalation.lastError }) : t('escalation.queued');
  return { icon: <MailQuestion size={16} aria-hidden="true" />, text, state: 'queued' };
}

/** The priority email section of an expanded top-priority concern. */
export function EntryEscalation({ concern }: { concern: Concern }): ReactNode {
  const { db } = useDesk();
  const connection = useConnectionState();
  const sync = useSyncStatus();
  const escalations = useLiveQuery(() => escalationsOf(db, concern.id), [db, concern.id]);
  if (escalations === undefined) return null;
  if (escalations.length === 0) {
    if (concern.priority !== 'top') return null;
    const promise =
      connection.phase !== 'signed-in'
        ? t('escalation.notConnected')
        : sync.state === 'offline' || sync.pending > 0
          ? t('escalation.whenOnline')
          : t('escalation.queued');
    return (
      <p className="entry-escalation" data-escalation-state="not-sent">
        <MailQuestion size={16} aria-hidden="true" />
        {promise}
      </p>
    );
  }
  return (
    <ul className="entry-escalations" aria-label={t('escalation.title')}>
      {escalations.map((escalation) => {
        const { icon, text, state } = line(escalation);
        return (
          <li key={escalation.id} className="entry-escalation" data-escalation-state={state}>
            {icon}
            {text}
          </li>
        );
      })}
    </ul>
  );
}
