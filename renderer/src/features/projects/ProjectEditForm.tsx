/**
 * A project's fields on its page, saved with editProject as a patch of the fields that changed (so another
 * desk's edit of another field survives). While nothing is typed, a change arriving by sync shows at once;
 * once something is typed, the form keeps it until saved or undone, also while the page is left and back.
 */
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Project } from '@shared/domain/project';
import { t } from '../../i18n';
import { ProjectFormFields } from './ProjectFormFields';
import { ProjectFormFrame } from './ProjectFormFrame';
import { formInputOf, patchOf, projectDrafts, sameInput, ProjectFormSchema, type ProjectFormInput, type ProjectFormValues } from './project-form';
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
  const latest = useRef(project);
  useLayoutEffect(() => {
    latest.current = project;
  });
  // Only a new version of the project resets the form, and only an untouched one.
  const version = useRef(`${project.updatedAt}/${project.status}`);
  useEffect(() => {
    const next = `${project.updatedAt}/${project.status}`;
    if (version.current === next) return;
    version.current = next;
    if (!form.formState.isDirty) form.reset(formInputOf(project));
  }, [project, form]);
  // What was typed before the page was left comes back; leaving keeps what is typed (project-form.ts projectDrafts).
  useEffect(() => {
    const draft = projectDrafts.get(project.id);
    if (draft !== undefined) form.reset(draft, { keepDefaultValues: true });
    return () => {
      const values = form.getValues();
      if (sameInput(values, formInputOf(latest.current))) projectDrafts.delete(project.id);
      else projectDrafts.set(project.id, values);
    };
  }, [project.id, form]);
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
