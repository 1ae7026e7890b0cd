/** Who raised the concern and how they want to hear back. Everything here is optional. */
import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { REPLY_METHODS, type ConcernFields } from '@shared/domain/concern';
import { t } from '../../i18n';
import { CheckboxField, Field } from './Field';

/** The contact section of the form. */
export function CitizenSection(): ReactNode {
  const { register } = useFormContext<ConcernFields>();
  return (
    <fieldset className="form-section">
      <legend className="form-section-title">{t('form.section.citizen')}</legend>
      <Field name="contact.name" label={t('field.contact.name')}>
        {(a11y) => <input {...a11y} className="input" type="text" autoComplete="off" {...register('contact.name')} />}
      </Field>
      <div className="form-row">
        <Field name="contact.phone" label={t('field.contact.phone')}>
          {(a11y) => <input {...a11y} className="input" type="tel" autoComplete="off" {...register('contact.phone')} />}
        </Field>
        <Field name="contact.email" label={t('field.contact.email')}>
          {/* type="text", not "email": the browser's own check would block the form before our specific message. */}
          {(a11y) => <input {...a11y} className="input" type="text" inputMode="email" autoComplete="off" spellCheck={false} {...register('contact.email')} />}
        </Field>
      </div>
      <Field name="contact.preferredReply" label={t('field.contact.preferredReply')}>
        {(a11y) => (
          <select {...a11y} className="input select" {...register('contact.preferredReply')}>
            {REPLY_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`reply.${m}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <CheckboxField name="contact.consentToContact" label={t('field.contact.consentToContact')} />
      {/* Off unless ticked; the schema asks for an email when it is (shown on the email field). */}
      <CheckboxField name="contact.consentToUpdates" label={t('field.consentToUpdates')} hint={t('field.consentToUpdates.hint')} />
      <CheckboxField name="contact.anonymous" label={t('field.contact.anonymous')} hint={t('form.anonymousHint')} />
    </fieldset>
  );
}
