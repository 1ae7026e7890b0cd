/** The mail server the priority emails go through: its name, port, how the connection is protected, the sign-in. */
import type { ReactNode } from 'react';
import type { Control } from 'react-hook-form';
import { t } from '../../i18n';
import { TextBoxField } from './AdminFields';
import { RadioField, type Choice } from './OfficeFields';
import type { PriorityEmailInput, PriorityEmailValues } from './priority-email-form';
import { SmtpPasswordField } from './SmtpPasswordField';

/** Props: the priority email form's control. */
export interface SmtpFieldsProps {
  control: Control<PriorityEmailInput, unknown, PriorityEmailValues>;
}

const TLS_MODES: readonly Choice[] = [
  { id: 'starttls', label: t('priorityEmail.tls.starttls'), description: t('priorityEmail.tls.starttls.hint') },
  { id: 'implicit', label: t('priorityEmail.tls.implicit'), description: t('priorityEmail.tls.implicit.hint') },
  { id: 'none', label: t('priorityEmail.tls.none'), description: t('priorityEmail.tls.none.hint') },
];

/** The mail server's fields, in a group of their own. */
export function SmtpFields({ control }: SmtpFieldsProps): ReactNode {
  return (
    <fieldset className="admin-fieldset">
      <legend className="admin-section-title">{t('priorityEmail.smtp')}</legend>
      <p className="admin-hint">{t('priorityEmail.smtp.hint')}</p>
      <TextBoxField control={control} name="smtp.host" label={t('priorityEmail.host')} hint={t('priorityEmail.host.hint')} />
      <TextBoxField control={control} name="smtp.port" label={t('priorityEmail.port')} hint={t('priorityEmail.port.hint')} inputMode="numeric" isShort />
      <RadioField control={control} name="smtp.tls" label={t('priorityEmail.tls')} choices={TLS_MODES} />
      <TextBoxField control={control} name="smtp.user" label={t('priorityEmail.user')} hint={t('priorityEmail.user.hint')} autoComplete="username" />
      <SmtpPasswordField control={control} />
    </fieldset>
  );
}
