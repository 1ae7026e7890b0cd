/**
 * A project's fields on its page, saved with editProject as a patch of the fields that changed (so another
 * desk's edit of another field survives). While nothing is typed, a change arriving by sync shows at once;
 * once something is typed, the form keeps it until saved or undone.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Project } from '@shared/domain/project';
import { t } from '../../i18n';
import { ProjectFormFields } from './ProjectFormFields';
import { ProjectFormFrame } from './ProjectFormFrame';
import { formInputOf, patchOf, ProjectFormSchema, type ProjectFormInput, type ProjectFormValues } from './project-form';
import type { RunProjectChange } from './useProjectChange';

/** Props of ProjectEditForm. */
export interface ProjectEditFormProps {
  readonly project: Project;
  readonly run: RunProjectChange;
}

/** The edit form of a project. */
export function ProjectEditForm({ project, run }: ProjectEditFormProps): ReactNode {
  const form = useForm<ProjectFormInput, unknown, ProjectFormValues>({ resolver: zodResolver(ProjectFormSchema), defaultValues: formInputOf(project), mode: 'onTouched' });
  const [problem, setProblem] = useState<string>();
  const [notice, setNotice] = useState('');
  const { isDirty } = form.formState;
  useEffect(() => {
    if (!isDirty) form.reset(formInputOf(project));
    // Only a new version of the project resets an untouched form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [project.updatedAt, project.status]);
  const submit = async (values: ProjectFormValues) => {
    setNotice('');
    const patch = patchOf(project, values);
    if (Object.keys(patch).length === 0) {
      form.reset(formInputOf(project));
      setNotice(t('projects.form.saved'));
      return;
    }
    const reason = await run('editProject', { id: project.id, patch }, t('projects.form.saved'));
    setProblem(reason);
    if (reason === undefined) {
      form.reset(formInputOf({ ...project, ...patch }));
      setNotice(t('projects.form.saved'));
    }
  };
  const undo = () => {
    form.reset(formInputOf(project));
    setProblem(undefined);
    // The undo button goes with the changes it undid: the focus moves to Save rather than to the page's body.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.project-form button[type="submit"]')?.focus());
  };
  const footer = (
    <>
      {isDirty && (
        <button type="button" className="button button-secondary" onClick={undo}>
          {t('projects.form.undo')}
        </button>
      )}
      {notice !== '' && !isDirty && <span className="project-notice" role="status">{notice}</span>}
    </>
  );
  return (
    <ProjectFormFrame form={form} label={t('projects.page.details')} submitLabel={t('projects.form.save')} onSubmit={submit} footer={footer} {...(problem === undefined ? {} : { problem })}>
      <ProjectFormFields withStatus={false} />
    </ProjectFormFrame>
  );
}
