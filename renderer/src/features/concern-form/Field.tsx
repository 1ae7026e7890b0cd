/**
 * One labelled form field, GOV.UK style: label, optional hint, then the error message (when there is one)
 * right above the control, all tied to it with aria-describedby. Read from the form context, so each section
 * only says which field goes where.
 */
import type { ReactNode } from 'react';
import { get, useFormContext, type FieldPath } from 'react-hook-form';
import { CircleExclamationPoint } from 'lucide-react';
import type { ConcernFields } from '@shared/domain/concern';
import { describedBy, errorId, hintId } from './form-values';

/** The attributes a control needs to be tied to its label, hint and error. */
export interface FieldA11y {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** A field name of the concern form. */
export type FieldName = FieldPath<ConcernFields>;

/** The id of a field's control. */
export const controlId = (name: string): string => `field-${name.replace(/\./g, '-')}`;

/** The schema's message for a field, if it has one now. */
export function useFieldError(name: FieldName): string | undefined {
  const { formState } = useFormContext<ConcernFields>();
  const error: unknown = get(formState.errors, name);
  if (error === null || typeof error !== 'object') return undefined;
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' ? message : undefined;
}

/** The error message element, shown only when there is an error. */
export function FieldErrorText({ name, error }: { name: string; error: string | undefined }): ReactNode {
  if (error === undefined) return null;
  return (
    <p id={errorId(name)} className="field-error">
      <CircleExclamationPoint size={16} aria-hidden="true" />
      {error}
    </p>
  );
}

/** Props of Field. */
export interface FieldProps {
  readonly name: FieldName;
  readonly label: string;
  readonly hint?: string;
  readonly className?: string;
  readonly children: (a11y: FieldA11y) => ReactNode;
}

/** A text-like field: label, hint, error, control. */
export function Field({ name, label, hint, className, children }: FieldProps): ReactNode {
  const error = useFieldError(name);
  const id = controlId(name);
  return (
    <div className={['field', className].filter(Boolean).join(' ')} data-invalid={error !== undefined || undefined}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint !== undefined && (
        <p id={hintId(name)} className="field-hint">
          {hint}
        </p>
      )}
      <FieldErrorText name={name} error={error} />
      {children({ id, 'aria-invalid': error === undefined ? undefined : true, 'aria-describedby': describedBy(name, hint !== undefined, error !== undefined) })}
    </div>
  );
}

/** A checkbox with its label after it, and its hint and error below. */
export function CheckboxField(props: { name: FieldName; label: string; hint?: string; onChecked?: (isChecked: boolean) => void }): ReactNode {
  const { name, label, hint, onChecked } = props;
  const { register } = useFormContext<ConcernFields>();
  const error = useFieldError(name);
  const id = controlId(name);
  return (
    <div className="checkbox-field" data-invalid={error !== undefined || undefined}>
      <input
        id={id}
        type="checkbox"
        className="checkbox"
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy(name, hint !== undefined, error !== undefined)}
        {...register(name, { onChange: (event: { target: { checked: boolean } }) => onChecked?.(event.target.checked) })}
      />
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p id={hintId(name)} className="field-hint checkbox-hint">
          {hint}
        </p>
      )}
      <FieldErrorText name={name} error={error} />
    </div>
  );
}
