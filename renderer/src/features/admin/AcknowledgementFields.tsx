/**
 * The citizens' automatic acknowledgement: whether it is sent, its subject and message, and the placeholders
 * they may use, each with what it becomes in the email.
 */
import type { ReactNode } from 'react';
import type { Control } from 'react-hook-form';
import { ACKNOWLEDGEMENT_PLACEHOLDERS } from '@shared/domain/acknowledgement';
import { t } from '../../i18n';
import { TextBoxField } from './AdminFields';
import { CheckboxField, TextAreaField } from './OfficeFields';
import type { PriorityEmailInput, PriorityEmailValues } from './priority-email-form';

/** Props: the priority email form's control. */
export interface AcknowledgementFieldsProps {
  control: Control<PriorityEmailInput, unknown, PriorityEmailValues>;
}

/** The acknowledgement's fields, in a group of their own. */
export function AcknowledgementFields({ control }: AcknowledgementFieldsProps): ReactNode {
  return (
    <fieldset className="admin-fieldset">
      <legend className="admin-section-title">{t('acknowledgement.heading')}</legend>
      <p className="admin-hint">{t('acknowledgement.hint')}</p>
      <CheckboxField control={control} name="acknowledgement.enabled" label={t('acknowledgement.enabled')} hint={t('acknowledgement.enabled.hint')} />
      <TextBoxField control={control} name="acknowledgement.subject" label={t('acknowledgement.subject')} />
      <TextAreaField control={control} name="acknowledgement.body" label={t('acknowledgement.body')} hint={t('acknowledgement.body.hint')} rows={10} />
      <div className="admin-subsection">
        <h4 id="acknowledgement-placeholders" className="admin-label">
          {t('acknowledgement.placeholders')}
        </h4>
        <dl className="admin-placeholders" aria-labelledby="acknowledgement-placeholders">
          {ACKNOWLEDGEMENT_PLACEHOLDERS.map((name) => (
            <div key={name} className="admin-placeholder">
              <dt>
                <code>{`{{${name}}}`}</code>
              </dt>
              <dd>{t(`acknowledgement.placeholder.${name}`)}</dd>
            </div>
          ))}
        </dl>
      </div>
    </fieldset>
  );
}
