/** The frame of each admin form: a heading and what it does, the server's problem, the fields, the buttons. */
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { t } from '../../i18n';
import { FormFrame } from './FormFrame';
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
  const actions = (
    <>
      {/* Not isPending: its announcement would outlive the form, which closes on success. */}
      <Button type="submit" className="button button-primary">
        {sending.isSending ? t('admin.sending') : submitLabel}
      </Button>
      <Button className="button button-secondary" onPress={onCancel}>
        {t('common.cancel')}
      </Button>
    </>
  );
  return (
    <FormFrame title={title} intro={intro} sending={sending} className="admin-form" actions={actions}>
      {children}
    </FormFrame>
  );
}
