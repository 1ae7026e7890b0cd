/**
 * The "Priority email" form: where top-priority concerns are emailed and through which mail server, and the
 * automatic acknowledgement citizens receive.
 */
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { OfficeSettings } from '@shared/api/office-settings';
import { t } from '../../i18n';
import type { OfficeApi } from '../../office/office-api';
import { AcknowledgementFields } from './AcknowledgementFields';
import { TextBoxField } from './AdminFields';
import { CheckboxField } from './OfficeFields';
import { PriorityAddressesField } from './PriorityAddressesField';
import {
  PriorityEmailFormSchema,
  priorityEmailFieldOf,
  toPriorityEmailInput,
  toSettingsRequest,
  type PriorityEmailInput,
  type PriorityEmailValues,
} from './priority-email-form';
import { SmtpFields } from './SmtpFields';
import { TabForm } from './TabForm';
import { TestEmail } from './TestEmail';
import { useApiSubmit } from './useApiSubmit';

/** Props: the API and the settings as the server last gave them. */
export interface PriorityEmailFormProps {
  api: OfficeApi;
  settings: OfficeSettings;
}

/** The form, filled in from `settings`; after a save it shows what the server saved (the password box empty). */
export function PriorityEmailForm({ api, settings }: PriorityEmailFormProps): ReactNode {
  const form = useForm<PriorityEmailInput, unknown, PriorityEmailValues>({
    resolver: zodResolver(PriorityEmailFormSchema),
    defaultValues: toPriorityEmailInput(settings),
    mode: 'onTouched',
  });
  const [notice, setNotice] = useState('');
  const [isConfigured, setIsConfigured] = useState(settings.isConfigured);
  const sending = useApiSubmit(form, priorityEmailFieldOf, async (values) => {
    setNotice('');
    const saved = await api.saveOfficeSettings(toSettingsRequest(values));
    form.reset(toPriorityEmailInput(saved));
    setIsConfigured(saved.isConfigured);
    setNotice(t('priorityEmail.saved'));
  });
  const { control } = form;
  return (
    <>
      <TabForm
        title={t('priorityEmail.heading')}
        intro={t(isConfigured ? 'priorityEmail.intro' : 'priorityEmail.intro.unset')}
        sending={sending}
        notice={notice}
        onUndo={() => {
          form.reset();
          setNotice(t('officeSettings.undone'));
        }}
      >
        <PriorityAddressesField control={control} />
        <TextBoxField control={control} name="senderAddress" type="email" label={t('priorityEmail.sender')} hint={t('priorityEmail.sender.hint')} />
        <CheckboxField control={control} name="includeContactDetails" label={t('priorityEmail.contact')} hint={t('priorityEmail.contact.hint')} />
        <TextBoxField
          control={control}
          name="maxAttempts"
          label={t('priorityEmail.attempts')}
          hint={t('priorityEmail.attempts.hint')}
          inputMode="numeric"
          isShort
        />
        <SmtpFields control={control} />
        <AcknowledgementFields control={control} />
      </TabForm>
      <TestEmail api={api} hasUnsavedChanges={form.formState.isDirty} />
    </>
  );
}
