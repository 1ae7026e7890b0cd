/** The frame of each admin form: a heading and what it does, the server's problem, the fields, the buttons. */
import { useId, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { t } from '../../i18n';
import { ProblemBanner } from './ProblemBanner';
import type { ApiSubmit } from './useApiSubmit';

/** Props: the texts, the submit state from useApiSubmit, the fields and what Cancel does. */
export interface AdminFormProps {
  title: string;
  intro: string;
  submitLabel: string;
  sending: ApiSubmit;
  onCancel: () => void;
  children: ReactNode;
}

/** A form inside a tab; Enter in any box submits it. */
export function AdminForm({ title, intro, submitLabel, sending, onCancel, children }: AdminFormProps): ReactNode {
  const headingId = useId();
  return (
    <form
      className="admin-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        sending.submit();
      }}
    >
      <div className="admin-heading">
        <h3 id={headingId} className="admin-form-title">
          {title}
        </h3>
        <p className="admin-hint">{intro}</p>
      </div>
      <ProblemBanner problem={sending.problem} onRetry={sending.submit} />
      {children}
      <div className="admin-form-actions">
        {/* Not isPending: its announcement would outlive the form, which closes on success. */}
        <Button type="submit" className="button button-primary">
          {sending.isSending ? t('admin.sending') : submitLabel}
        </Button>
        <Button className="button button-secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
