/**
 * Resend for a failed priority email: asks the office server to queue it again, then syncs at once so the
 * concern shows it on its way and then sent. If someone resent it first (409), it says so instead of an error.
 */
import { useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { Send } from 'lucide-react';
import type { ConcernEscalation } from '@shared/sync/store';
import { useOffice } from '../../office/office-context';
import { t } from '../../i18n';
import { resendRefusal, type ResendRefusal } from './resend-outcome';

/** Props of ResendButton. */
export interface ResendButtonProps {
  readonly escalation: ConcernEscalation;
  /** The concern's summary, naming the button for screen readers among several. */
  readonly summary: string;
  /** Called once the server has queued it again. */
  readonly onResent?: () => void;
}

/** The Resend button and what became of the last press. */
export function ResendButton({ escalation, summary, onResent }: ResendButtonProps): ReactNode {
  const office = useOffice();
  const [isPending, setPending] = useState(false);
  const [refusal, setRefusal] = useState<ResendRefusal>();

  const resend = async () => {
    const api = office.api();
    if (api === undefined || isPending) return;
    setPending(true);
    setRefusal(undefined);
    try {
      await api.resendEscalation(escalation.concernId, escalation.escalationNumber);
      onResent?.();
    } catch (error) {
      setRefusal(resendRefusal(error));
    } finally {
      setPending(false);
    }
    // Either way the synced row has news (queued again, by us or by someone else): fetch it now.
    office.syncNow().catch(() => undefined);
  };

  return (
    <>
      {/* Not disabled while pending: a disabled button drops the keyboard focus; a second press is ignored instead. */}
      <Button className="button button-secondary" onPress={() => void resend()} aria-label={t('escalation.resendOne', { summary })}>
        <Send size={16} aria-hidden="true" />
        {isPending ? t('escalation.resending') : t('escalation.resend')}
      </Button>
      {refusal !== undefined && (
        <span className="resend-refusal" role={refusal.kind === 'error' ? 'alert' : 'status'} data-refusal={refusal.kind}>
          {refusal.text}
        </span>
      )}
    </>
  );
}
