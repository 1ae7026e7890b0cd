/** Changing one's own password (asked for at once when an admin set a temporary one). */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from 'react-aria-components';
import { ChangePasswordRequestSchema, type ChangePasswordRequest } from '@shared/api/auth';
import { useOffice } from '../../office/office-context';
import { t } from '../../i18n';
import { showApiError } from './api-errors';
import { FormField } from './FormField';

type PasswordValues = { currentPassword: string; newPassword: string };

/** The change-password form; `onDone` runs after the server accepted the new password. */
export function ChangePasswordForm({ onDone, autoFocus = false }: { onDone: () => void; autoFocus?: boolean }): ReactNode {
  const office = useOffice();
  const form = useForm<PasswordValues, unknown, ChangePasswordRequest>({
    resolver: zodResolver(ChangePasswordRequestSchema),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const [problem, setProblem] = useState<string>();

  const change = async (values: ChangePasswordRequest) => {
    setProblem(undefined);
    try {
      await office.changePassword(values);
      form.reset();
      onDone();
    } catch (error) {
      setProblem(showApiError(error, ['currentPassword', 'newPassword'], form.setError));
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.formState.isSubmitting) void form.handleSubmit(change)();
  };

  return (
    <form className="office-form" onSubmit={onSubmit} noValidate aria-label={t('office.account.changePassword')}>
      <FormField
        control={form.control}
        name="currentPassword"
        label={t('office.password.current')}
        type="password"
        autoComplete="current-password"
        autoFocus={autoFocus}
      />
      <FormField
        control={form.control}
        name="newPassword"
        label={t('office.password.new')}
        hint={t('office.setup.password.hint')}
        type="password"
        autoComplete="new-password"
      />
      <p className="office-problem" role="alert">
        {problem}
      </p>
      <div className="settings-actions">
        <Button type="submit" className="settings-button settings-primary">
          {t('office.password.submit')}
        </Button>
      </div>
    </form>
  );
}
