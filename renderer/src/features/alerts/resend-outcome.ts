/**
 * What a refused resend means to the person who pressed Resend: 409 says the email is no longer failed
 * (someone else resent it, or it went out meanwhile), which is news, not an error; anything else is said in the
 * server's own words (or the client's, when the server could not be reached).
 */
import { OfficeApiError } from '../../office/office-api';
import { t } from '../../i18n';

/** A refused resend, ready to show. */
export interface ResendRefusal {
  /** already: nothing to do, the email is on its way or sent; error: it was not resent. */
  readonly kind: 'already' | 'error';
  readonly text: string;
}

/** Reads what resendEscalation rejected with. */
export function resendRefusal(error: unknown): ResendRefusal {
  if (error instanceof OfficeApiError && error.status === 409) return { kind: 'already', text: t('escalation.alreadyResent') };
  const reason = error instanceof Error && error.message.trim() !== '' ? error.message : t('escalation.resendUnexpected');
  return { kind: 'error', text: t('escalation.resendFailed', { reason }) };
}
