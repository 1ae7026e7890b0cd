/**
 * "Send a test email": a message through the saved mail server to the priority addresses, so an admin knows
 * the settings work before a real emergency. It says whom the mail server took it for, or the server's reason.
 */
import { useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { CircleCheck, Send } from 'lucide-react';
import { t } from '../../i18n';
import type { OfficeApi } from '../../office/office-api';
import { apiProblem, type ApiProblem } from './api-problem';
import { ProblemBanner } from './ProblemBanner';

/** Props: the API, and whether the form has changes not saved yet (the test uses what is saved). */
export interface TestEmailProps {
  api: OfficeApi;
  hasUnsavedChanges: boolean;
}

type Outcome = { readonly kind: 'idle' | 'sending' } | { readonly kind: 'sent'; readonly to: readonly string[] } | { readonly kind: 'failed'; readonly problem: ApiProblem };

/** The button and what came of it. */
export function TestEmail({ api, hasUnsavedChanges }: TestEmailProps): ReactNode {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const send = () => {
    if (outcome.kind === 'sending') return;
    setOutcome({ kind: 'sending' });
    api.sendTestEmail().then(
      (to) => setOutcome({ kind: 'sent', to }),
      (error: unknown) => setOutcome({ kind: 'failed', problem: apiProblem(error) }),
    );
  };
  return (
    <section className="admin-subsection" aria-labelledby="test-email-heading">
      <h4 id="test-email-heading" className="admin-section-title">
        {t('priorityEmail.test')}
      </h4>
      <p className="admin-hint">{t(hasUnsavedChanges ? 'priorityEmail.test.unsaved' : 'priorityEmail.test.hint')}</p>
      <div>
        <Button className="button button-secondary" onPress={send}>
          <Send size={18} aria-hidden />
          {t(outcome.kind === 'sending' ? 'priorityEmail.test.sending' : 'priorityEmail.test.send')}
        </Button>
      </div>
      <p className="admin-notice" role="status">
        {outcome.kind === 'sent' && <CircleCheck size={18} aria-hidden />}
        {outcome.kind === 'sent' && t('priorityEmail.test.sent', { to: outcome.to.join(', ') })}
      </p>
      <ProblemBanner problem={outcome.kind === 'failed' ? outcome.problem : undefined} onRetry={send} kept="none" />
    </section>
  );
}
