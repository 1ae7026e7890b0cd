/**
 * The frame both project forms share: the react-hook-form provider with the domain's schema as resolver, an
 * error summary that takes the focus when a save is refused (GOV.UK's pattern), the save button and the
 * refusal of the last save in words. What was typed is never thrown away by a refusal.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { FormProvider, type FieldErrors, type UseFormReturn } from 'react-hook-form';
import { CircleAlert } from 'lucide-react';
import { t } from '../../i18n';
import type { ProjectFormInput, ProjectFormValues } from './project-form';

/** How many fields have an error (nested milestones included). */
export function countErrors(errors: unknown): number {
  if (errors === null || typeof errors !== 'object') return 0;
  if ('message' in errors && typeof (errors as { message?: unknown }).message === 'string') return 1;
  return Object.values(errors as Record<string, unknown>).reduce<number>((n, value) => n + countErrors(value), 0);
}

/** Props of ProjectFormFrame. */
export interface ProjectFormFrameProps {
  readonly form: UseFormReturn<ProjectFormInput, unknown, ProjectFormValues>;
  readonly label: string;
  readonly submitLabel: string;
  readonly onSubmit: (values: ProjectFormValues) => Promise<void>;
  /** The refusal of the last save, in words. */
  readonly problem?: string;
  /** Shown after the button (a "Saved." notice, an undo). */
  readonly footer?: ReactNode;
  readonly children: ReactNode;
}

/** The form element, its error summary and its save button. */
export function ProjectFormFrame({ form, label, submitLabel, onSubmit, problem, footer, children }: ProjectFormFrameProps): ReactNode {
  const summaryRef = useRef<HTMLDivElement>(null);
  const { errors, submitCount, isSubmitting } = form.formState;
  const count = countErrors(errors);
  useEffect(() => {
    if (submitCount > 0 && (count > 0 || problem !== undefined)) summaryRef.current?.focus();
  }, [submitCount, count, problem]);
  const onInvalid = (_errors: FieldErrors<ProjectFormInput>) => summaryRef.current?.focus();
  return (
    <FormProvider {...form}>
      <form className="project-form" aria-label={label} noValidate onSubmit={(event) => void form.handleSubmit(onSubmit, onInvalid)(event)}>
        <div ref={summaryRef} tabIndex={-1} className={count > 0 || problem !== undefined ? 'project-problem' : 'visually-hidden'} role={count > 0 || problem !== undefined ? 'alert' : undefined}>
          {count > 0 && (
            <p>
              <CircleAlert size={16} aria-hidden="true" /> {count === 1 ? t('projects.form.errorsOne') : t('projects.form.errors', { count })}
            </p>
          )}
          {problem !== undefined && <p>{t('projects.problem', { reason: problem })}</p>}
        </div>
        {children}
        <div className="project-form-footer">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {submitLabel}
          </button>
          {footer}
        </div>
      </form>
    </FormProvider>
  );
}
