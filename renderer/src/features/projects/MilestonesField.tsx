/**
 * The milestones of the project form: add, rename, tick done (stamping when), set a due day, move up or down
 * and remove, with the progress they give shown as they change. Each row's controls have labels naming the
 * milestone's number, so a screen reader hears which one it is on. The move buttons at either end are marked
 * aria-disabled rather than disabled, so a button that just moved its milestone to the top keeps the focus.
 */
import type { ReactNode } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { PROJECT_LIMITS } from '@shared/domain/project';
import { t } from '../../i18n';
import { newId } from '../../lib/ids';
import { ProjectField, ProjectFieldError, projectControlId, useProjectFieldError } from './ProjectField';
import { milestoneCounts, type ProjectFormInput } from './project-form';

/** The milestones editor. */
export function MilestonesField(): ReactNode {
  const { control, register, setValue, setFocus } = useFormContext<ProjectFormInput>();
  const { fields, append, remove, move } = useFieldArray({ control, name: 'milestones' });
  const milestones = useWatch({ control, name: 'milestones' });
  const { done, total } = milestoneCounts(milestones);
  const listError = useProjectFieldError('milestones');
  const add = () => {
    append({ id: newId(), title: '', due: '', doneAt: null }, { shouldFocus: false });
    // Focus the new title once it is drawn.
    requestAnimationFrame(() => setFocus(`milestones.${fields.length}.title`));
  };
  return (
    <fieldset className="project-fieldset" data-testid="milestones">
      <legend className="project-section-title">{t('projects.milestones')}</legend>
      <p className="project-muted" aria-live="polite">
        {total === 0 ? t('projects.milestones.none') : t('projects.milestones.progress', { done, total })}
      </p>
      <ProjectFieldError name="milestones" error={listError} />
      <ol className="project-milestones">
        {fields.map((field, index) => {
          const n = index + 1;
          const doneAt = milestones[index]?.doneAt ?? null;
          return (
            <li key={field.id} className="project-milestone">
              <input
                type="checkbox"
                className="checkbox"
                id={projectControlId(`milestones.${index}.done`)}
                checked={doneAt !== null}
                onChange={(event) => setValue(`milestones.${index}.doneAt`, event.target.checked ? new Date().toISOString() : null, { shouldDirty: true })}
                aria-label={`${t('projects.milestones.done')}: ${t('projects.milestones.title', { n })}`}
              />
              <ProjectField name={`milestones.${index}.title`} label={t('projects.milestones.title', { n })} className="project-milestone-title">
                {(a11y) => <input {...a11y} className="input" type="text" maxLength={PROJECT_LIMITS.milestoneTitle} autoComplete="off" {...register(`milestones.${index}.title`)} />}
              </ProjectField>
              <ProjectField name={`milestones.${index}.due`} label={t('projects.milestones.due')} className="project-milestone-due">
                {(a11y) => <input {...a11y} className="input" type="date" {...register(`milestones.${index}.due`)} />}
              </ProjectField>
              <div className="project-milestone-tools">
                <button type="button" className="icon-button" aria-disabled={index === 0 || undefined} aria-label={t('projects.milestones.up', { n })} title={t('projects.milestones.up', { n })} onClick={() => index > 0 && move(index, index - 1)}>
                  <ArrowUp size={16} aria-hidden="true" />
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-disabled={index === fields.length - 1 || undefined}
                  aria-label={t('projects.milestones.down', { n })}
                  title={t('projects.milestones.down', { n })}
                  onClick={() => index < fields.length - 1 && move(index, index + 1)}
                >
                  <ArrowDown size={16} aria-hidden="true" />
                </button>
                <button type="button" className="icon-button" aria-label={t('projects.milestones.remove', { n })} title={t('projects.milestones.remove', { n })} onClick={() => remove(index)}>
                  <Trash2 size={16} aria-hidden="true" />
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {fields.length < PROJECT_LIMITS.milestones && (
        <button type="button" className="button button-secondary" onClick={add}>
          <Plus size={16} aria-hidden="true" />
          {t('projects.milestones.add')}
        </button>
      )}
    </fieldset>
  );
}
