/**
 * A labelled text box of an action dialog (a reason, a note, what was said): label, hint, the error right above
 * the box (an alert, in plain words), all tied to the box with aria-describedby. One line or several.
 */
import { useId, type ReactNode, type Ref } from 'react';
import { ProblemText } from './ActionFrame';

/** Props of NoteField. */
export interface NoteFieldProps {
  readonly label: string;
  readonly hint?: string;
  readonly error: string | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly isMultiline?: boolean;
  readonly autoFocus?: boolean;
  readonly maxLength?: number;
  readonly ref?: Ref<HTMLTextAreaElement & HTMLInputElement>;
}

/** The field. */
export function NoteField({ label, hint, error, value, onChange, isMultiline = false, autoFocus = false, maxLength, ref }: NoteFieldProps): ReactNode {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? undefined : hintId, error === undefined ? undefined : errorId].filter(Boolean).join(' ') || undefined;
  const control = {
    id,
    ref,
    className: isMultiline ? 'input review-action-textarea' : 'input',
    value,
    autoFocus,
    maxLength,
    'aria-invalid': error === undefined ? undefined : true,
    'aria-describedby': describedBy,
  } as const;
  return (
    <div className="review-action-field" data-invalid={error !== undefined || undefined}>
      <label className="review-action-label" htmlFor={id}>
        {label}
      </label>
      {hint !== undefined && (
        <p id={hintId} className="review-action-hint">
          {hint}
        </p>
      )}
      <ProblemText id={errorId} message={error} className="review-action-error" />
      {isMultiline ? (
        <textarea {...control} rows={4} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...control} type="text" autoComplete="off" onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  );
}
