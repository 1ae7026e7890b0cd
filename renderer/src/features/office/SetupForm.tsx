/** The first run of a server: the one-time code it printed, the office's name and its first admin. */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from 'react-aria-components';
import { z } from 'zod';
import { SetupCodeSchema, type SignedInStaff } from '@shared/api/auth';
import { DisplayNameSchema, EmailSchema, NewPasswordSchema, OfficeNameSchema } from '@shared/api/staff';
import { useOffice } from '../../office/office-context';
import { t } from '../../i18n';
import { showApiError } from './api-errors';
import { FormField } from './FormField';

const SetupFormSchema = z.object({
  code: SetupCodeSchema,
  officeName: OfficeNameSchema,
  displayName: DisplayNameSchema,
  email: EmailSchema,
  password: NewPasswordSchema,
});
type SetupInput = z.input<typeof SetupFormSchema>;
type SetupValues = z.output<typeof SetupFormSchema>;
const FIELDS = ['code', 'officeName', 'displayName', 'email', 'password'] as const;

/** The setup form; `onSignedIn` gets the new admin, signed in here. */
export function SetupForm({ onSignedIn }: { onSignedIn: (staff: SignedInStaff) => void }): ReactNode {
  const office = useOffice();
  const form = useForm<SetupInput, unknown, SetupValues>({
    resolver: zodResolver(SetupFormSchema),
    defaultValues: { code: '', officeName: '', displayName: '', email: '', password: '' },
  });
  const [problem, setProblem] = useState<string>();

  const setUp = async (values: SetupValues) => {
    setProblem(undefined);
    try {
      onSignedIn(await office.setUp(values));
    } catch (error) {
      setProblem(showApiError(error, FIELDS, form.setError));
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.formState.isSubmitting) void form.handleSubmit(setUp)();
  };

  return (
    <form className="office-form" onSubmit={onSubmit} noValidate aria-label={t('office.setup.title')}>
      <FormField control={form.control} name="code" label={t('office.setup.code')} hint={t('office.setup.code.hint')} autoComplete="off" autoFocus />
      <FormField control={form.control} name="officeName" label={t('office.setup.officeName')} autoComplete="organization" />
      <FormField control={form.control} name="displayName" label={t('office.setup.displayName')} autoComplete="name" />
      <FormField control={form.control} name="email" label={t('office.setup.email')} type="email" autoComplete="username" />
      <FormField
        control={form.control}
        name="password"
        label={t('office.setup.password')}
        hint={t('office.setup.password.hint')}
        type="password"
        autoComplete="new-password"
      />
      <p className="office-problem" role="alert">
        {problem}
      </p>
      <div className="settings-actions">
        <Button type="submit" className="settings-button settings-primary">
          {form.formState.isSubmitting ? t('office.setup.working') : t('office.setup.submit')}
        </Button>
      </div>
    </form>
  );
}
