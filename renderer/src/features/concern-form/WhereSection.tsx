/** Where the concern is about, and whether someone must follow it up by a date. */
import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import type { ConcernFields } from '@shared/domain/concern';
import { t } from '../../i18n';
import { nextWorkingDay, toDayKey } from '../../lib/dates';
import { CheckboxField, Field } from './Field';

/** The location and follow-up sections of the form. */
export function WhereSection(): ReactNode {
  const { register, watch, getValues, setValue } = useFormContext<ConcernFields>();
  const isFollowUp = watch('followUp.needed');
  const onFollowUp = (isChecked: boolean) => {
    // Ticking the box proposes the next working day, so the common case needs no date typing.
    if (isChecked && getValues('followUp.due') === '') {
      setValue('followUp.due', nextWorkingDay(toDayKey(new Date())), { shouldDirty: true });
    }
  };
  return (
    <>
      <fieldset className="form-section">
        <legend className="form-section-title">{t('form.section.where')}</legend>
        <div className="form-row">
          <Field name="location.address" label={t('field.location.address')}>
            {(a11y) => <input {...a11y} className="input" type="text" autoComplete="off" {...register('location.address')} />}
          </Field>
          <Field name="location.area" label={t('field.location.area')}>
            {(a11y) => <input {...a11y} className="input" type="text" autoComplete="off" {...register('location.area')} />}
          </Field>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend className="form-section-title">{t('form.section.followUp')}</legend>
        <CheckboxField name="followUp.needed" label={t('field.followUp.needed')} onChecked={onFollowUp} />
        {isFollowUp && (
          <Field name="followUp.due" label={t('form.dueDate')} hint={t('form.dueHint')} className="field-narrow">
            {(a11y) => <input {...a11y} className="input" type="date" {...register('followUp.due')} />}
          </Field>
        )}
      </fieldset>
    </>
  );
}
