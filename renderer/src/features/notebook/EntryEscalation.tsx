/**
 * What became of a top-priority concern's email to the office's designated address: on its way, sent (when,
 * to whom) or failed (why, in the mail server's words), with Resend for go-to people and admins. Before the
 * server has it, the desk says the email goes out once the concern reaches the server (when this desk is back
 * online, or someone signs in).
 */
import { useRef, type ReactNode } from 'react';
import type { Concern } from '@shared/domain/concern';
import type { ConcernEscalation } from '@shared/sync/store';
import { escalationsOf, useLiveQuery } from '../../db';
import { useDesk } from '../../app/desk-context';
import { useConnectionState, useSyncStatus } from '../../office/office-context';
import { escalationLine } from '../alerts/email-state';
import { EmailStateIcon } from '../alerts/EmailStateIcon';
import { canActOnFailures } from '../alerts/failure-alerts';
import { ResendButton } from '../alerts/ResendButton';
import { t } from '../../i18n';
import '../alerts/email-state.css';

function EscalationItem({ escalation, summary, canResend }: { escalation: ConcernEscalation; summary: string; canResend: boolean }): ReactNode {
  const itemRef = useRef<HTMLLIElement>(null);
  const { state, text } = escalationLine(escalation);
  const hasResend = canResend && state === 'failed';
  return (
    // tabIndex -1: after Resend the button goes, and the keyboard focus moves here instead of being lost.
    <li ref={itemRef} tabIndex={-1} className={hasResend ? 'entry-escalation entry-escalation-resend' : 'entry-escalation'} data-escalation-state={state}>
      <EmailStateIcon state={state} />
      <span className="entry-escalation-text">{text}</span>
      {hasResend && <ResendButton escalation={escalation} summary={summary} onResent={() => itemRef.current?.focus()} />}
    </li>
  );
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
        <EmailStateIcon state="not-sent" />
        {promise}
      </p>
    );
  }
  const canResend = canActOnFailures(connection);
  return (
    <ul className="entry-escalations" aria-label={t('escalation.title')}>
      {escalations.map((escalation) => (
        <EscalationItem key={escalation.id} escalation={escalation} summary={concern.summary} canResend={canResend} />
      ))}
    </ul>
  );
}
