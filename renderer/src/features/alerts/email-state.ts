/**
 * What the state of an email says, in words: a priority email (concern_escalations) or a citizen's
 * acknowledgement (citizen_acknowledgements). Shared by the concern's details and the failure alerts, so both
 * say the same thing. `state` is what the line shows: queued (also while sending or retrying), sent, failed or
 * handled.
 */
import type { CitizenAcknowledgement, ConcernEscalation } from '@shared/sync/store';
import { formatDateTime } from '../../lib/format';
import { t } from '../../i18n';

/** A state line: which state it shows, and its text. */
export interface EmailStateLine {
  readonly state: 'queued' | 'sent' | 'failed' | 'handled';
  readonly text: string;
}

/** A reason as a clause inside a sentence: the server's reasons are whole sentences, with a full stop. */
function clause(reason: string): string {
  return reason.trim().replace(/\.+$/, '');
}

/** The line of a priority email. */
export function escalationLine(escalation: ConcernEscalation): EmailStateLine {
  const to = escalation.to.join(', ');
  if (escalation.state === 'sent' && escalation.sentAt !== null) {
    return { state: 'sent', text: t('escalation.sent', { to, at: formatDateTime(escalation.sentAt) }) };
  }
  if (escalation.state === 'failed') {
    return { state: 'failed', text: t('escalation.failed', { reason: clause(escalation.lastError ?? t('escalation.noReason')) }) };
  }
  if (escalation.state === 'handled') return { state: 'handled', text: t('escalation.handled') };
  const isRetrying = escalation.attempts > 0 && escalation.lastError !== null;
  return { state: 'queued', text: isRetrying ? t('escalation.retrying', { reason: clause(escalation.lastError ?? '') }) : t('escalation.queued') };
}

/** The line of a citizen's acknowledgement. */
export function acknowledgementLine(acknowledgement: CitizenAcknowledgement): EmailStateLine {
  if (acknowledgement.state === 'sent' && acknowledgement.sentAt !== null) {
    return { state: 'sent', text: t('acknowledgement.sent', { to: acknowledgement.to, at: formatDateTime(acknowledgement.sentAt) }) };
  }
  if (acknowledgement.state === 'failed') {
    return { state: 'failed', text: t('acknowledgement.failed', { reason: acknowledgement.lastError ?? t('escalation.noReason') }) };
  }
  const isRetrying = acknowledgement.attempts > 0 && acknowledgement.lastError !== null;
  return {
    state: 'queued',
    text: isRetrying ? t('acknowledgement.retrying', { reason: clause(acknowledgement.lastError ?? '') }) : t('acknowledgement.queued'),
  };
}
