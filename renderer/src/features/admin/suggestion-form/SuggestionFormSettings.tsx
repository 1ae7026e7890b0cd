/**
 * The "Suggestion form" settings: whether the office's public form takes suggestions, and the categories it
 * offers (one per line). Saved to the office server (PUT /api/admin/suggestion-form); nothing is kept on the desk.
 */
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { SuggestionFormSettings as Settings } from '@shared/api/suggestion-form';
import { t } from '../../../i18n';
import { CheckboxField, TextAreaField } from '../OfficeFields';
import { TabForm } from '../TabForm';
import { useApiSubmit } from '../useApiSubmit';
import type { SuggestionFormAdminApi } from './suggestion-form-api';
import {
  SuggestionFormFormSchema,
  suggestionFormFieldOf,
  toSuggestionFormInput,
  toSuggestionFormRequest,
  type SuggestionFormInput,
  type SuggestionFormValues,
} from './suggestion-form-form';

/** Props: the API, the settings as the server last gave them, and what to do with the saved ones. */
export interface SuggestionFormSettingsProps {
  api: SuggestionFormAdminApi;
  settings: Settings;
  onSaved: (settings: Settings) => void;
}

/** The form, filled in from `settings`. */
export function SuggestionFormSettings({ api, settings, onSaved }: SuggestionFormSettingsProps): ReactNode {
  const form = useForm<SuggestionFormInput, unknown, SuggestionFormValues>({
    resolver: zodResolver(SuggestionFormFormSchema),
    defaultValues: toSuggestionFormInput(settings),
    mode: 'onTouched',
  });
  const [notice, setNotice] = useState('');
  const sending = useApiSubmit(form, suggestionFormFieldOf, async (values) => {
    setNotice('');
    const saved = await api.saveSuggestionForm(toSuggestionFormRequest(values));
    form.reset(toSuggestionFormInput(saved));
    onSaved(saved);
    setNotice(saved.isEnabled ? t('suggestionForm.saved.on') : t('suggestionForm.saved.off'));
  });
  return (
    <TabForm
      title={t('suggestionForm.heading')}
      intro={t('suggestionForm.intro')}
      sending={sending}
      notice={notice}
      onUndo={() => {
        form.reset();
        setNotice(t('officeSettings.undone'));
      }}
    >
      <CheckboxField control={form.control} name="isEnabled" label={t('suggestionForm.field.isEnabled')} hint={t('suggestionForm.field.isEnabled.hint')} />
      <TextAreaField
        control={form.control}
        name="categories"
        label={t('suggestionForm.field.categories')}
        hint={t(settings.hasDefaultCategories ? 'suggestionForm.field.categories.defaultHint' : 'suggestionForm.field.categories.hint')}
        rows={8}
      />
    </TabForm>
  );
}
