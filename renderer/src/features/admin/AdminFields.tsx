/**
 * The fields of the admin forms, each bound to its form by a Controller: a text box, the role, and a temporary
 * password with "Make one". Labels, hints and errors are react-aria's, so each error is tied to its box by
 * aria-describedby and the box is marked invalid.
 */
import { useState, type ReactNode } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { Button, FieldError, Input, Label, Text, TextField, ToggleButton } from 'react-aria-components';
import { Eye, WandSparkles } from 'lucide-react';
import { ROLES } from '@shared/api/staff';
import { t } from '../../i18n';
import { SelectField } from './OfficeFields';
import { generateTemporaryPassword } from './password';
import { roleLabelKey } from './staff-forms';

/** What every field gets: its form's control and its name there. */
export interface AdminFieldProps<T extends FieldValues, O> {
  control: Control<T, unknown, O>;
  name: FieldPath<T>;
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A labelled text box with an optional hint. */
export function TextBoxField<T extends FieldValues, O>(
  props: AdminFieldProps<T, O> & {
    label: ReactNode;
    hint?: string;
    type?: 'text' | 'email' | 'password';
    autoComplete?: string;
    autoFocus?: boolean;
    /** 'numeric' brings up digits on a touch keyboard; 'short' makes the box as narrow as a time or a port. */
    inputMode?: 'numeric' | 'decimal';
    isShort?: boolean;
    /** A message about more than this box (two overlapping hours), shown under it when the box has none of its own. */
    extraError?: string;
  },
): ReactNode {
  const { control, name, label, hint, type = 'text', autoComplete = 'off', autoFocus = false, inputMode, isShort = false, extraError } = props;
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => (
        <TextField
          className="admin-field"
          name={field.name}
          type={type}
          value={asText(field.value)}
          onChange={field.onChange}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid || extraError !== undefined}
          validationBehavior="aria"
          autoComplete={autoComplete}
          autoFocus={autoFocus}
        >
          <Label className="admin-label">{label}</Label>
          {hint !== undefined && (
            <Text slot="description" className="admin-hint">
              {hint}
            </Text>
          )}
          <Input ref={field.ref} className={isShort ? 'input admin-input admin-input-short' : 'input admin-input'} spellCheck={false} inputMode={inputMode} />
          <FieldError className="admin-error">{fieldState.error?.message ?? extraError}</FieldError>
        </TextField>
      )}
    />
  );
}

const ROLE_ITEMS = ROLES.map((id) => ({ id, label: t(roleLabelKey(id)) }));

/** The staff member's role, from the four the server knows. */
export function RoleField<T extends FieldValues, O>({ control, name }: AdminFieldProps<T, O>): ReactNode {
  return <SelectField control={control} name={name} label={t('admin.field.role')} hint={t('admin.field.role.hint')} choices={ROLE_ITEMS} />;
}

/**
 * A temporary password to hand over: typed, or made with "Make one", which also shows it so the admin can
 * read it out. Hidden otherwise, since someone may be looking over the admin's shoulder.
 */
export function PasswordField<T extends FieldValues, O>({ control, name, autoFocus = false }: AdminFieldProps<T, O> & { autoFocus?: boolean }): ReactNode {
  const [isShown, setIsShown] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => (
        <div className="admin-password">
          <TextField
            className="admin-field"
            name={field.name}
            type={isShown ? 'text' : 'password'}
            value={asText(field.value)}
            onChange={field.onChange}
            onBlur={field.onBlur}
            isInvalid={fieldState.invalid}
            validationBehavior="aria"
            autoComplete="new-password"
            autoFocus={autoFocus}
          >
            <Label className="admin-label">{t('admin.field.password')}</Label>
            <Text slot="description" className="admin-hint">
              {t('admin.field.password.hint')}
            </Text>
            <Input ref={field.ref} className="input admin-input admin-password-input" spellCheck={false} />
            <FieldError className="admin-error">{fieldState.error?.message}</FieldError>
          </TextField>
          <div className="admin-password-tools">
            <Button
              className="button button-secondary"
              onPress={() => {
                field.onChange(generateTemporaryPassword());
                // Counts as having been in the box, so its check runs now and clears an earlier message.
                field.onBlur();
                setIsShown(true);
                setAnnouncement(t('admin.field.password.made'));
              }}
            >
              <WandSparkles size={18} aria-hidden />
              {t('admin.field.password.make')}
            </Button>
            <ToggleButton className="button button-secondary" isSelected={isShown} onChange={setIsShown}>
              <Eye size={18} aria-hidden />
              {t('admin.field.password.show')}
            </ToggleButton>
          </div>
          <p className="visually-hidden" role="status">
            {announcement}
          </p>
        </div>
      )}
    />
  );
}
