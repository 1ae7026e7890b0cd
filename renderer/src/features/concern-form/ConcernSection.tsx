/** The concern itself: summary, details, how it came in, category, tags, priority and status. */
import type { ReactNode, Ref } from 'react';
import { useFormContext } from 'react-hook-form';
import { CHANNELS, PRIORITIES, STATUSES, type ConcernFields } from '@shared/domain/concern';
import { t } from '../../i18n';
import { CategoryField } from './CategoryField';
import { Field } from './Field';
import { TagsField, type TagsFieldHandle } from './TagsField';

/** The first section of the form. */
export function ConcernSection({ tagsRef }: { tagsRef: Ref<TagsFieldHandle> }): ReactNode {
  const { register } = useFormContext<ConcernFields>();
  return (
    <fieldset className="form-section">
      <legend className="form-section-title">{t('form.section.concern')}</legend>
      <Field name="summary" label={t('field.summary')} hint={t('form.summaryHint')}>
        {(a11y) => <input {...a11y} className="input" type="text" aria-required="true" autoFocus {...register('summary')} />}
      </Field>
      <Field name="details" label={t('field.details')}>
        {(a11y) => <textarea {...a11y} className="input textarea" rows={4} {...register('details')} />}
      </Field>
      <div className="form-row">
        <Field name="channel" label={t('field.channel')}>
          {(a11y) => (
            <select {...a11y} className="input select" {...register('channel')}>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`channel.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <CategoryField />
      </div>
      <TagsField ref={tagsRef} />
      <div className="form-row">
        <Field name="priority" label={t('field.priority')}>
          {(a11y) => (
            <select {...a11y} className="input select" {...register('priority')}>
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {t(`priority.option.${p}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="status" label={t('field.status')}>
          {(a11y) => (
            <select {...a11y} className="input select" {...register('status')}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </fieldset>
  );
}
