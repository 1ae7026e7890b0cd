/** A labelled text field bound to a react-hook-form field, with its hint and error linked for screen readers. */
import type { ReactNode } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';

/** Props of a bound text field. */
export interface FormFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  hint?: string;
  type?: 'text' | 'email' | 'password' | 'url';
  autoComplete?: string;
  autoFocus?: boolean;
}

/** One text field of an office form. */
export function FormField<T extends FieldValues>(props: FormFieldProps<T>): ReactNode {
  const { control, name, label, hint, type = 'text', autoComplete, autoFocus } = props;
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => (
        <TextField
          className="settings-field"
          name={field.name}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
          type={type}
          autoComplete={autoComplete}
          // The dialog opens on this form: its first field is where typing starts.
          autoFocus={autoFocus}
        >
          <Label className="settings-label">{label}</Label>
          {hint !== undefined && (
            <Text slot="description" className="settings-hint">
              {hint}
            </Text>
          )}
          <Input ref={field.ref} className="settings-input" spellCheck={false} />
          <FieldError className="settings-error">{fieldState.error?.message}</FieldError>
        </TextField>
      )}
    />
  );
}
