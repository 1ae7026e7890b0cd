/** One failed priority email in the failure alerts: what failed and why, with Open, Resend and Dismiss. */
import { useRef, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import type { Concern } from '@shared/domain/concern';
import type { EscalationWithConcern } from '../../db';
import { t } from '../../i18n';
import { escalationLine } from './email-state';
import { EmailStateIcon } from './EmailStateIcon';
import { ResendButton } from './ResendButton';

/** Props of FailureAlertItem. */
export interface FailureAlertItemProps {
  readonly alert: EscalationWithConcern;
  readonly onOpen: (concern: Concern) => void;
  readonly onResent: () => void;
  readonly onDismiss: () => void;
}

/** The alert; once resent it follows the email (on its way, then sent) until dismissed. */
export function FailureAlertItem({ alert, onOpen, onResent, onDismiss }: FailureAlertItemProps): ReactNode {
  const { escalation, concern } = alert;
  const dismissRef = useRef<HTMLButtonElement>(null);
  const line = escalationLine(escalation);
  const summary = concern.summary;
  const text =
    line.state === 'failed'
      ? t('alerts.failures.item', { summary, reason: escalation.lastError ?? t('escalation.noReason') })
      : t('alerts.failures.followed', { summary, state: line.text });
  return (
    <li className="duty-alert failure-alert" data-testid="failure-alert" data-escalation-state={line.state}>
      <span className="duty-alert-text failure-alert-text">
        <EmailStateIcon state={line.state} />
        {text}
      </span>
      <Button className="button button-secondary" onPress={() => onOpen(concern)} aria-label={t('alerts.failures.openOne', { summary })}>
        {t('alerts.open')}
      </Button>
      {line.state === 'failed' && (
        <ResendButton
          escalation={escalation}
          summary={summary}
          onResent={() => {
            onResent();
            // The Resend button goes once the email is queued again; the keyboard stays in this alert.
            dismissRef.current?.focus();
          }}
        />
      )}
      <Button ref={dismissRef} className="button button-secondary" onPress={onDismiss} aria-label={t('alerts.dismissOne', { summary })}>
        {t('alerts.dismiss')}
      </Button>
    </li>
  );
}
