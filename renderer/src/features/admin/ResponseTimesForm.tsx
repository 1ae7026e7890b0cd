/**
 * The "Response times" form: the office profile every desk receives (its time zone, opening hours, holidays,
 * first-response targets, priority phone and the wait before a desk offers its own mail program or a call).
 */
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { OfficeProfile } from '@shared/domain/office-profile';
import { t } from '../../i18n';
import type { OfficeApi } from '../../office/office-api';
import { TextBoxField } from './AdminFields';
import { HolidaysField } from './HolidaysField';
import {
  ResponseTimesFormSchema,
  responseTimesFieldOf,
  toProfileRequest,
  toResponseTimesInput,
  type ResponseTimesInput,
  type ResponseTimesValues,
} from './response-times-form';
import { TabForm } from './TabForm';
import { TargetsField } from './TargetsField';
import { TimeZoneField } from './TimeZoneField';
import { useApiSubmit } from './useApiSubmit';
import { WeekHoursField } from './WeekHoursField';

/** Props: the API and the profile as the server last gave it. */
export interface ResponseTimesFormProps {
  api: OfficeApi;
  profile: OfficeProfile;
}

/** The form, filled in from `profile`; after a save it shows what the server saved and that desks get it. */
export function ResponseTimesForm({ api, profile }: ResponseTimesFormProps): ReactNode {
  const form = useForm<ResponseTimesInput, unknown, ResponseTimesValues>({
    resolver: zodResolver(ResponseTimesFormSchema),
    defaultValues: toResponseTimesInput(profile),
    mode: 'onTouched',
  });
  const [notice, setNotice] = useState('');
  const sending = useApiSubmit(form, responseTimesFieldOf, async (values) => {
    setNotice('');
    const saved = await api.saveOfficeProfile(toProfileRequest(values));
    form.reset(toResponseTimesInput(saved));
    setNotice(t('responseTimes.saved'));
  });
  const { control } = form;
  return (
    <TabForm
      title={t('responseTimes.heading')}
      intro={t('responseTimes.intro')}
      sending={sending}
      notice={notice}
      onUndo={() => {
        form.reset();
        setNotice(t('officeSettings.undone'));
      }}
    >
      <TimeZoneField control={control} />
      <WeekHoursField control={control} />
      <HolidaysField control={control} />
      <TargetsField control={control} />
      <fieldset className="admin-fieldset">
        <legend className="admin-section-title">{t('responseTimes.fallback')}</legend>
        <TextBoxField control={control} name="priorityPhone" label={t('responseTimes.phone')} hint={t('responseTimes.phone.hint')} autoComplete="tel" />
        <TextBoxField
          control={control}
          name="offlineFallbackMinutes"
          label={t('responseTimes.offlineMinutes')}
          hint={t('responseTimes.offlineMinutes.hint')}
          inputMode="numeric"
          isShort
        />
      </fieldset>
    </TabForm>
  );
}
