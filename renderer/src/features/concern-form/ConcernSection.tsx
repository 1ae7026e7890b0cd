/** The concern itself: summary, details, how it came in, category, tags, priority and status. */
import type { ReactNode, Ref } from 'react';
import { useFormContext } from 'react-hook-form';
import { CHANNELS, PRIORITIES, STATUSES, type ConcernFields, type Priority, type Status } from '@shared/domain/concern';
import { t } from '../../i18n';
import { CategoryField } from './CategoryField';
import { Field } from './Field';
import { TagsField, type TagsFieldHandle } from './TagsField';
import { usePermissions } from '../review/permissions';

/** The priority and status a concern has now, when the form edits a saved one. */
export interface SavedState {
  readonly priority: Priority;
  readonly status: Status;
}

/**
 * The first section of the form. Editing a saved concern offers only the changes the person may make
 * (shared/domain/permissions.ts): counter staff may raise the priority, not lower it, and keep the status.
 */
export function ConcernSection({ tagsRef, saved }: { tagsRef: Ref<TagsFieldHandle>; saved?: SavedState | undefined }): ReactNode {
  const { register } = useFormContext<ConcernFields>();
  const permissions = usePermissions();
  const priorities = saved === undefined ? PRIORITIES : PRIORITIES.filter((p) => permissions.mayChangePriority(saved.priority, p));
  const statuses = saved === undefined || permissions.may('status') ? STATUSES : [saved.status];
  const priorityHint = priorities.length < PRIORITIES.length ? t('form.priorityRaiseOnly') : undefined;
  const statusHint = statuses.length < STATUSES.length ? t('form.statusGoToOnly') : undefined;
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
        <Field name="priority" label={t('field.priority')} hint={priorityHint}>
          {(a11y) => (
            <select {...a11y} className="input select" {...register('priority')}>
              {priorities.map((p) => (
                <option key={p} value={p}>
                  {t(`priority.option.${p}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="status" label={t('field.status')} hint={statusHint}>
          {(a11y) => (
            <select {...a11y} className="input select" {...register('status')}>
              {statuses.map((s) => (
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
