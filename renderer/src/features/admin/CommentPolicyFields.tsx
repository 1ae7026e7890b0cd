/**
 * The response policy for comments: which comments merit a response, the tone, after how many exchanges to offer a
 * phone call, and whom to involve. Named so it is not taken for the response times, which are another tab.
 */
import type { ReactNode } from 'react';
import type { Control } from 'react-hook-form';
import { t } from '../../i18n';
import { TextBoxField } from './AdminFields';
import { TextAreaField } from './OfficeFields';
import type { ReplySettingsInput, ReplySettingsValues } from './reply-settings-form';

/** Props: the Replies form's control. */
export interface CommentPolicyFieldsProps {
  control: Control<ReplySettingsInput, unknown, ReplySettingsValues>;
}

/** The policy's four fields, in a group of their own. */
export function CommentPolicyFields({ control }: CommentPolicyFieldsProps): ReactNode {
  return (
    <fieldset className="admin-fieldset" aria-describedby="comment-policy-hint">
      <legend className="admin-section-title">{t('replies.policy')}</legend>
      <p id="comment-policy-hint" className="admin-hint">
        {t('replies.policy.hint')}
      </p>
      <TextAreaField control={control} name="commentPolicy.whenToRespond" label={t('replies.policy.when')} rows={3} />
      <TextAreaField control={control} name="commentPolicy.tone" label={t('replies.policy.tone')} rows={3} />
      <TextBoxField control={control} name="commentPolicy.moveToPhoneAfter" label={t('replies.policy.phone')} hint={t('replies.policy.phone.hint')} inputMode="numeric" isShort />
      <TextAreaField control={control} name="commentPolicy.whoToInvolve" label={t('replies.policy.involve')} hint={t('replies.policy.involve.hint')} rows={3} />
    </fieldset>
  );
}
