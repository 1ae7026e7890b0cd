/**
 * One labelled field of the project form, GOV.UK style: label, optional hint, then the error (when there is
 * one) right above the control, all tied to it with aria-describedby. Read from the form context.
 */
import type { ReactNode } from 'react';
import { get, useFormContext, type FieldPath } from 'react-hook-form';
import { CircleAlert } from 'lucide-react';
import type { ProjectFormInput } from './project-form';

/** A field name of the project form. */
export type ProjectFieldName = FieldPath<ProjectFormInput>;

/** The attributes a control needs to be tied to its label, hint and error. */
export interface ProjectFieldA11y {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

const slug = (name: string) => name.replace(/\./g, '-');
/** The id of a field's control ("project-field-title"). */
export const projectControlId = (name: string): string => `project-field-${slug(name)}`;

/** The schema's message for a field, if it has one now. */
export function useProjectFieldError(name: ProjectFieldName): string | undefined {
  const { formState } = useFormContext<ProjectFormInput>();
  const error: unknown = get(formState.errors, name);
  if (error === null || typeof error !== 'object') return undefined;
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' ? message : undefined;
}

/** The error line of a field, or nothing. */
export function ProjectFieldError({ name, error }: { name: string; error: string | undefined }): ReactNode {
  if (error === undefined) return null;
  return (
    <p id={`project-error-${slug(name)}`} className="project-field-error">
      <CircleAlert size={16} aria-hidden="true" />
      {error}
    </p>
  );
}

/** Props of ProjectField. */
export interface ProjectFieldProps {
  readonly name: ProjectFieldName;
  readonly label: string;
  readonly hint?: string;
  readonly className?: string;
  readonly children: (a11y: ProjectFieldA11y) => ReactNode;
}

/** A text-like field: label, hint, error, control. */
export function ProjectField({ name, label, hint, className, children }: ProjectFieldProps): ReactNode {
  const error = useProjectFieldError(name);
  const id = projectControlId(name);
  const describedBy = [hint === undefined ? '' : `project-hint-${slug(name)}`, error === undefined ? '' : `project-error-${slug(name)}`].filter((x) => x !== '').join(' ');
  return (
    <div className={['project-field', className].filter(Boolean).join(' ')} data-invalid={error !== undefined || undefined}>
      <label className="project-field-label" htmlFor={id}>
        {label}
      </label>
      {hint !== undefined && (
        <p id={`project-hint-${slug(name)}`} className="project-field-hint">
          {hint}
        </p>
      )}
      <ProjectFieldError name={name} error={error} />
      {children({ id, 'aria-invalid': error === undefined ? undefined : true, 'aria-describedby': describedBy === '' ? undefined : describedBy })}
    </div>
  );
}
