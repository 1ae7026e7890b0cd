/**
 * The mail server's password, which is write-only: the server says only whether one is set. When one is, the
 * admin keeps it, replaces it or removes it; the box is never filled in from the server.
 */
import type { ReactNode } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { KeyRound } from 'lucide-react';
import { t } from '../../i18n';
import { TextBoxField } from './AdminFields';
import { RadioField, type Choice } from './OfficeFields';
import type { PriorityEmailInput, PriorityEmailValues } from './priority-email-form';

/** Props: the priority email form's control. */
export interface SmtpPasswordFieldProps {
  control: Control<PriorityEmailInput, unknown, PriorityEmailValues>;
}

const ACTIONS: readonly Choice[] = [
  { id: 'keep', label: t('priorityEmail.password.keep') },
  { id: 'replace', label: t('priorityEmail.password.replace') },
  { id: 'remove', label: t('priorityEmail.password.remove'), description: t('priorityEmail.password.remove.hint') },
];

/** The password part of the mail server's settings. */
export function SmtpPasswordField({ control }: SmtpPasswordFieldProps): ReactNode {
  const hasPassword = useWatch({ control, name: 'smtp.hasPassword' });
  const action = useWatch({ control, name: 'smtp.passwordAction' });
  if (!hasPassword) {
    return (
      <TextBoxField
        control={control}
        name="smtp.password"
        type="password"
        autoComplete="new-password"
        label={t('priorityEmail.password')}
        hint={t('priorityEmail.password.none')}
      />
    );
  }
  return (
    <div className="admin-subsection">
      <p className="admin-set">
        <KeyRound size={18} aria-hidden />
        {t('priorityEmail.password.isSet')}
      </p>
      <RadioField control={control} name="smtp.passwordAction" label={t('priorityEmail.password.action')} choices={ACTIONS} />
      {action === 'replace' && (
        <TextBoxField control={control} name="smtp.password" type="password" autoComplete="new-password" label={t('priorityEmail.password.new')} />
      )}
    </div>
  );
}
