/**
 * The "Replies" form: the reply templates and the response policy for comments, saved together to the office
 * profile (PUT /api/admin/office-profile/replies), which every desk receives.
 */
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { OfficeProfile } from '@shared/domain/office-profile';
import { t } from '../../i18n';
import type { OfficeApi } from '../../office/office-api';
import { CommentPolicyFields } from './CommentPolicyFields';
import { ReplyTemplatesField } from './ReplyTemplatesField';
import {
  ReplySettingsFormSchema,
  replySettingsFieldOf,
  toReplySettingsInput,
  toReplySettingsRequest,
  type ReplySettingsInput,
  type ReplySettingsValues,
} from './reply-settings-form';
import { TabForm } from './TabForm';
import { useApiSubmit } from './useApiSubmit';
import './reply-settings.css';

/** Props: the API and the profile as the server last gave it. */
export interface RepliesFormProps {
  api: OfficeApi;
  profile: OfficeProfile;
}

/** The form, filled in from `profile`; after a save it shows what the server saved and that desks get it. */
export function RepliesForm({ api, profile }: RepliesFormProps): ReactNode {
  const form = useForm<ReplySettingsInput, unknown, ReplySettingsValues>({
    resolver: zodResolver(ReplySettingsFormSchema),
    defaultValues: toReplySettingsInput(profile),
    mode: 'onTouched',
  });
  const [notice, setNotice] = useState('');
  const sending = useApiSubmit(form, replySettingsFieldOf, async (values) => {
    setNotice('');
    const saved = await api.saveReplySettings(toReplySettingsRequest(values));
    form.reset(toReplySettingsInput(saved));
    setNotice(t('replies.saved'));
  });
  return (
    <TabForm
      title={t('replies.heading')}
      intro={t('replies.intro')}
      sending={sending}
      notice={notice}
      onUndo={() => {
        form.reset();
        setNotice(t('officeSettings.undone'));
      }}
    >
      <ReplyTemplatesField control={form.control} />
      <CommentPolicyFields control={form.control} />
    </TabForm>
  );
}
