/**
 * Signing in to the office server. When the email and password fit accounts in several offices the server
 * asks which; the form then offers them. Whatever was typed stays after a refusal.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { z } from 'zod';
import type { ChooseOffice, SignedInStaff } from '@shared/api/auth';
import { EmailSchema, PasswordSchema } from '@shared/api/staff';
import { OfficeApiError } from '../../office/office-api';
import { useOffice } from '../../office/office-context';
import { t } from '../../i18n';
import { showApiError } from './api-errors';
import { FormField } from './FormField';

const SignInFormSchema = z.object({ email: EmailSchema, password: PasswordSchema });
type SignInInput = z.input<typeof SignInFormSchema>;
type SignInValues = z.output<typeof SignInFormSchema>;

/** The sign-in form; `onSignedIn` gets who signed in (to ask for a new password when it was temporary). */
export function SignInForm({ onSignedIn }: { onSignedIn: (staff: SignedInStaff) => void }): ReactNode {
  const office = useOffice();
  const form = useForm<SignInInput, unknown, SignInValues>({
    resolver: zodResolver(SignInFormSchema),
    defaultValues: { email: '', password: '' },
  });
  const [problem, setProblem] = useState<string>();
  const [offices, setOffices] = useState<ChooseOffice['offices']>([]);
  const [officeId, setOfficeId] = useState<string>();

  const signIn = async (values: SignInValues) => {
    setProblem(undefined);
    try {
      onSignedIn(await office.signIn({ ...values, officeId }));
    } catch (error) {
      if (error instanceof OfficeApiError && error.code === 'choose-office') {
        setOffices(error.offices);
        setOfficeId(undefined);
      }
      setProblem(showApiError(error, ['email', 'password'], form.setError));
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.formState.isSubmitting) void form.handleSubmit(signIn)();
  };

  return (
    <form className="office-form" onSubmit={onSubmit} noValidate aria-label={t('office.signIn.title')}>
      <FormField control={form.control} name="email" label={t('office.signIn.email')} type="email" autoComplete="username" autoFocus />
      <FormField control={form.control} name="password" label={t('office.signIn.password')} type="password" autoComplete="current-password" />
      {offices.length > 0 && (
        <RadioGroup className="settings-field" value={officeId ?? null} onChange={setOfficeId}>
          <Label className="settings-label">{t('office.signIn.chooseOffice')}</Label>
          <div className="office-radios">
            {offices.map((o) => (
              <Radio key={o.id} value={o.id} className="settings-radio">
                {o.name}
              </Radio>
            ))}
          </div>
        </RadioGroup>
      )}
      <p className="office-problem" role="alert">
        {problem}
      </p>
      <div className="settings-actions">
        <Button type="submit" className="settings-button settings-primary">
          {form.formState.isSubmitting ? t('office.signIn.working') : t('office.signIn.submit')}
        </Button>
      </div>
    </form>
  );
}
