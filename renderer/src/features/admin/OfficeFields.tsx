/**
 * More fields for the office's settings, bound to their form by a Controller like AdminFields.tsx's: a checkbox, a
 * list to choose from, a choice with a sentence under each option, and a box for longer text. Errors are tied to
 * their field (aria-describedby) and the field is marked invalid.
 */
import { useId, type ReactNode } from 'react';
import { Controller, type FieldValues } from 'react-hook-form';
import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Radio,
  RadioGroup,
  Select,
  SelectValue,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { ChevronDown } from 'lucide-react';
import type { AdminFieldProps } from './AdminFields';

/** An option of a list or a choice: its value, its name and (for a choice) a sentence on what it means. */
export interface Choice {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A checkbox with its label beside it and a hint under both. */
export function CheckboxField<T extends FieldValues, O>(props: AdminFieldProps<T, O> & { label: ReactNode; hint?: string }): ReactNode {
  const { control, name, label, hint } = props;
  const id = useId();
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => (
        <div className="admin-field">
          <div className="admin-check-row">
            <input
              ref={field.ref}
              id={id}
              type="checkbox"
              className="admin-checkbox"
              name={field.name}
              checked={field.value === true}
              onChange={(event) => field.onChange(event.target.checked)}
              onBlur={field.onBlur}
              aria-invalid={fieldState.invalid || undefined}
              aria-describedby={`${id}-hint ${id}-error`}
            />
            <label htmlFor={id} className="admin-label">
              {label}
            </label>
          </div>
          {hint !== undefined && (
            <p id={`${id}-hint`} className="admin-hint">
              {hint}
            </p>
          )}
          <p id={`${id}-error`} className="admin-error">
            {fieldState.error?.message}
          </p>
        </div>
      )}
    />
  );
}

/** A button opening a list of choices (react-aria's Select), like the role field. */
export function SelectField<T extends FieldValues, O>(
  props: AdminFieldProps<T, O> & { label: ReactNode; hint?: string; choices: readonly Choice[] },
): ReactNode {
  const { control, name, label, hint, choices } = props;
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => (
        <Select
          className="admin-field"
          name={field.name}
          value={asText(field.value)}
          onChange={(key) => field.onChange(key)}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
        >
          <Label className="admin-label">{label}</Label>
          {hint !== undefined && (
            <Text slot="description" className="admin-hint">
              {hint}
            </Text>
          )}
          <Button ref={field.ref} className="input admin-select">
            <SelectValue />
            <ChevronDown size={18} aria-hidden />
          </Button>
          <FieldError className="admin-error">{fieldState.error?.message}</FieldError>
          <Popover className="popover">
            <ListBox className="options" items={choices}>
              {(item) => (
                <ListBoxItem id={item.id} className="option">
                  {item.label}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </Select>
      )}
    />
  );
}

/** Radio buttons, each with a plain sentence on what it means. */
export function RadioField<T extends FieldValues, O>(
  props: AdminFieldProps<T, O> & { label: ReactNode; hint?: string; choices: readonly Choice[] },
): ReactNode {
  const { control, name, label, hint, choices } = props;
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => (
        <RadioGroup
          // Focus goes to the chosen option (or the first), as Tab would take it there.
          ref={(group) => field.ref(group === null ? null : { focus: () => group.querySelector<HTMLElement>('input:checked, input')?.focus() })}
          className="admin-field"
          name={field.name}
          value={asText(field.value)}
          onChange={(value) => field.onChange(value)}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
        >
          <Label className="admin-label">{label}</Label>
          {hint !== undefined && (
            <Text slot="description" className="admin-hint">
              {hint}
            </Text>
          )}
          <div className="admin-radios">
            {choices.map((choice) => (
              <Radio key={choice.id} value={choice.id} className="admin-radio" onBlur={field.onBlur}>
                <span className="admin-radio-label">{choice.label}</span>
                {choice.description !== undefined && <span className="admin-hint">{choice.description}</span>}
              </Radio>
            ))}
          </div>
          <FieldError className="admin-error">{fieldState.error?.message}</FieldError>
        </RadioGroup>
      )}
    />
  );
}

/** A labelled box for a few lines of text. */
export function TextAreaField<T extends FieldValues, O>(
  props: AdminFieldProps<T, O> & { label: ReactNode; hint?: string; rows?: number },
): ReactNode {
  const { control, name, label, hint, rows = 6 } = props;
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => (
        <TextField
          className="admin-field"
          name={field.name}
          value={asText(field.value)}
          onChange={field.onChange}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
        >
          <Label className="admin-label">{label}</Label>
          {hint !== undefined && (
            <Text slot="description" className="admin-hint">
              {hint}
            </Text>
          )}
          <TextArea ref={field.ref} className="input admin-input admin-textarea" rows={rows} />
          <FieldError className="admin-error">{fieldState.error?.message}</FieldError>
        </TextField>
      )}
    />
  );
}
