/** The desktop's "which server?" form: checks a Civic Notebook server answers there, then reloads to connect. */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from 'react-aria-components';
import { z } from 'zod';
import { ServerAddressSchema } from '@shared/api/server-address';
import { useOffice } from '../../office/office-context';
import { t } from '../../i18n';
import { FormField } from './FormField';

const AddressFormSchema = z.object({ address: ServerAddressSchema });
type AddressInput = z.input<typeof AddressFormSchema>;
type AddressValues = z.output<typeof AddressFormSchema>;

/** The address form; `initial` is the saved address when changing it. */
export function AddressForm({ initial }: { initial: string | undefined }): ReactNode {
  const office = useOffice();
  const form = useForm<AddressInput, unknown, AddressValues>({
    resolver: zodResolver(AddressFormSchema),
    defaultValues: { address: initial ?? '' },
  });
  const [problem, setProblem] = useState<string>();

  const connect = async ({ address }: AddressValues) => {
    setProblem(undefined);
    try {
      await office.setAddress(address);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.formState.isSubmitting) void form.handleSubmit(connect)();
  };

  return (
    <form className="office-form" onSubmit={onSubmit} noValidate>
      <FormField control={form.control} name="address" label={t('office.address')} hint={t('office.address.hint')} type="url" autoFocus />
      <p className="settings-hint">{t('office.address.reloadNote')}</p>
      <p className="office-problem" role="alert">
        {problem}
      </p>
      <div className="settings-actions">
        <Button type="submit" className="settings-button settings-primary">
          {form.formState.isSubmitting ? t('office.address.checking') : t('office.address.connect')}
        </Button>
      </div>
    </form>
  );
}
