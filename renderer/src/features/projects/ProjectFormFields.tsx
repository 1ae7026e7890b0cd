/**
 * The fields of a project, shared by the new project form and a project's page: title, description, the public
 * "you said, we did" text (with its warning: it is published, so no personal data), owner, dates, milestones,
 * the progress override and whether the project is public. The status is the new form's only (on a project's
 * page it moves with its own buttons, which stamp when).
 */
import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { PROJECT_LIMITS, PROJECT_STATUSES } from '@shared/domain/project';
import { t } from '../../i18n';
import { MilestonesField } from './MilestonesField';
import { ProjectField, projectControlId } from './ProjectField';
import type { ProjectFormInput } from './project-form';

/** The fields; `withStatus` adds the status (a new project). */
export function ProjectFormFields({ withStatus }: { withStatus: boolean }): ReactNode {
  const { register } = useFormContext<ProjectFormInput>();
  return (
    <>
      <ProjectField name="title" label={t('projects.form.title')}>
        {(a11y) => <input {...a11y} className="input" type="text" maxLength={PROJECT_LIMITS.title} autoComplete="off" {...register('title')} />}
      </ProjectField>
      {withStatus && (
        <ProjectField name="status" label={t('projects.form.status')} className="project-field-narrow">
          {(a11y) => (
            <select {...a11y} className="input select" {...register('status')}>
              {PROJECT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`projects.status.${status}`)}
                </option>
              ))}
            </select>
          )}
        </ProjectField>
      )}
      <ProjectField name="description" label={t('projects.form.description')}>
        {(a11y) => <textarea {...a11y} className="input project-textarea" rows={4} maxLength={PROJECT_LIMITS.description} {...register('description')} />}
      </ProjectField>
      <ProjectField name="publicSummary" label={t('projects.form.publicSummary')} hint={t('projects.form.publicSummary.hint')}>
        {(a11y) => <textarea {...a11y} className="input project-textarea" rows={4} maxLength={PROJECT_LIMITS.publicSummary} {...register('publicSummary')} />}
      </ProjectField>
      <ProjectField name="owner" label={t('projects.form.owner')} hint={t('projects.form.owner.hint')} className="project-field-narrow">
        {(a11y) => <input {...a11y} className="input" type="text" maxLength={PROJECT_LIMITS.owner} autoComplete="off" {...register('owner')} />}
      </ProjectField>
      <fieldset className="project-fieldset">
        <legend className="project-section-title">{t('projects.form.dates')}</legend>
        <div className="project-dates">
          <ProjectField name="startDate" label={t('projects.form.startDate')}>
            {(a11y) => <input {...a11y} className="input" type="date" {...register('startDate')} />}
          </ProjectField>
          <ProjectField name="targetDate" label={t('projects.form.targetDate')}>
            {(a11y) => <input {...a11y} className="input" type="date" {...register('targetDate')} />}
          </ProjectField>
          {!withStatus && (
            <ProjectField name="completedDate" label={t('projects.form.completedDate')} hint={t('projects.form.completedDate.hint')}>
              {(a11y) => <input {...a11y} className="input" type="date" {...register('completedDate')} />}
            </ProjectField>
          )}
        </div>
      </fieldset>
      <MilestonesField />
      <ProjectField name="progress" label={t('projects.form.progress')} hint={t('projects.form.progress.hint')} className="project-field-narrow">
        {(a11y) => <input {...a11y} className="input" type="text" inputMode="numeric" autoComplete="off" {...register('progress')} />}
      </ProjectField>
      <div className="project-checkbox">
        <input id={projectControlId('isPublic')} type="checkbox" className="checkbox" aria-describedby="project-hint-isPublic" {...register('isPublic')} />
        <label htmlFor={projectControlId('isPublic')}>{t('projects.form.isPublic')}</label>
        <p id="project-hint-isPublic" className="project-field-hint">
          {t('projects.form.isPublic.hint')}
        </p>
      </div>
    </>
  );
}
