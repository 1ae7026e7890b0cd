/**
 * The "Public page" settings form: the page's address, the name and introduction shown, the link back to the
 * office's website, whether it is published, and the websites allowed to embed it. Saved to the office server
 * (PUT /api/admin/public-page); nothing of it is stored on the desk.
 */
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { PublicPageSettings } from '@shared/api/public-page';
import { t } from '../../i18n';
import type { OfficeApi } from '../../office/office-api';
import { TextBoxField } from './AdminFields';
import { CheckboxField, TextAreaField } from './OfficeFields';
import { PublicPageFormSchema, publicPageFieldOf, toPublicPageInput, toPublicPageRequest, type PublicPageInput, type PublicPageValues } from './public-page-form';
import { TabForm } from './TabForm';
import { useApiSubmit } from './useApiSubmit';

/** Props: the API, the settings as the server last gave them, and what to do with the saved ones. */
export interface PublicPageFormProps {
  api: OfficeApi;
  settings: PublicPageSettings;
  onSaved: (settings: PublicPageSettings) => void;
}

/** The form, filled in from `settings`. */
export function PublicPageForm({ api, settings, onSaved }: PublicPageFormProps): ReactNode {
  const form = useForm<PublicPageInput, unknown, PublicPageValues>({
    resolver: zodResolver(PublicPageFormSchema),
    defaultValues: toPublicPageInput(settings),
    mode: 'onTouched',
  });
  const [notice, setNotice] = useState('');
  const sending = useApiSubmit(form, publicPageFieldOf, async (values) => {
    setNotice('');
    const saved = await api.savePublicPage(toPublicPageRequest(values));
    form.reset(toPublicPageInput(saved));
    onSaved(saved);
    setNotice(saved.isPublished ? t('publicPage.saved.published') : t('publicPage.saved.unpublished'));
  });
  return (
    <TabForm
      title={t('publicPage.heading')}
      intro={t('publicPage.intro')}
      sending={sending}
      notice={notice}
      onUndo={() => {
        form.reset();
        setNotice(t('officeSettings.undone'));
      }}
    >
      <CheckboxField control={form.control} name="isPublished" label={t('publicPage.field.isPublished')} hint={t('publicPage.field.isPublished.hint')} />
      <TextBoxField control={form.control} name="slug" label={t('publicPage.field.slug')} hint={t('publicPage.field.slug.hint')} />
      <TextBoxField
        control={form.control}
        name="displayName"
        label={t('publicPage.field.displayName')}
        hint={t('publicPage.field.displayName.hint', { office: settings.officeName })}
      />
      <TextAreaField control={form.control} name="introduction" label={t('publicPage.field.introduction')} hint={t('publicPage.field.introduction.hint')} rows={4} />
      <TextBoxField control={form.control} name="websiteUrl" label={t('publicPage.field.websiteUrl')} hint={t('publicPage.field.websiteUrl.hint')} />
      <TextAreaField control={form.control} name="embedOrigins" label={t('publicPage.field.embedOrigins')} hint={t('publicPage.field.embedOrigins.hint')} rows={3} />
    </TabForm>
  );
}
