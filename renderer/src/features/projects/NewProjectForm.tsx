/** A new project: its fields (a title is all it needs), made with createProject, then opened. */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ArrowLeft } from 'lucide-react';
import { t } from '../../i18n';
import { newId } from '../../lib/ids';
import { ProjectFormFields } from './ProjectFormFields';
import { ProjectFormFrame } from './ProjectFormFrame';
import { formInputOf, ProjectFormSchema, type ProjectFormInput, type ProjectFormValues } from './project-form';
import { deskDay, useProjectChange } from './useProjectChange';

/** Props of NewProjectForm. */
export interface NewProjectFormProps {
  readonly onBack: () => void;
  readonly onCreated: (projectId: string) => void;
}

/** The new project page. */
export function NewProjectForm({ onBack, onCreated }: NewProjectFormProps): ReactNode {
  const { mayManage, refusal, run } = useProjectChange();
  const form = useForm<ProjectFormInput, unknown, ProjectFormValues>({ resolver: zodResolver(ProjectFormSchema), defaultValues: formInputOf(undefined), mode: 'onTouched' });
  const [problem, setProblem] = useState<string>();
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  const submit = async (values: ProjectFormValues) => {
    const { completedDate: _completed, ...fields } = values;
    const id = newId();
    const reason = await run('createProject', { id, fields, on: deskDay() }, t('projects.created', { title: values.title }));
    setProblem(reason);
    if (reason === undefined) onCreated(id);
  };
  return (
    <section className="project-page" aria-labelledby="project-new-title" data-testid="project-new">
      <button type="button" className="button button-secondary" aria-keyshortcuts="Escape" onClick={onBack}>
        <ArrowLeft size={16} aria-hidden="true" />
        {t('projects.page.back')}
      </button>
      <h2 id="project-new-title" ref={titleRef} tabIndex={-1} className="project-title">
        {t('projects.form.newTitle')}
      </h2>
      {mayManage ? (
        <ProjectFormFrame form={form} label={t('projects.form.newTitle')} submitLabel={t('projects.form.create')} onSubmit={submit} {...(problem === undefined ? {} : { problem })}>
          <ProjectFormFields withStatus />
        </ProjectFormFrame>
      ) : (
        <p className="project-muted">{refusal}</p>
      )}
    </section>
  );
}
