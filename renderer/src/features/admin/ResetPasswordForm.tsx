/** "Reset password": a temporary password for someone who forgot theirs; the server signs them out everywhere. */
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { StaffMember } from '@shared/api/admin';
import { t } from '../../i18n';
import type { OfficeApi } from '../../office/office-api';
import { AdminForm } from './AdminForm';
import { PasswordField } from './AdminFields';
import { RESET_PASSWORD_FIELDS, ResetPasswordFormSchema, type ResetPasswordInput } from './staff-forms';
import { useApiSubmit } from './useApiSubmit';

/** Props: whose password, the API, what to do once it is set (with the password to hand over), and Cancel. */
export interface ResetPasswordFormProps {
  api: OfficeApi;
  member: StaffMember;
  onReset: (password: string) => void;
  onCancel: () => void;
}

/** The reset form for `member`. */
export function ResetPasswordForm({ api, member, onReset, onCancel }: ResetPasswordFormProps): ReactNode {
  const form = useForm<ResetPasswordInput, unknown, ResetPasswordInput>({
    resolver: zodResolver(ResetPasswordFormSchema),
    defaultValues: { password: '' },
    mode: 'onTouched',
  });
  const sending = useApiSubmit(form, RESET_PASSWORD_FIELDS, async ({ password }) => {
    await api.resetPassword(member.id, password);
    onReset(password);
  });
  return (
    <AdminForm
      title={t('admin.reset.title', { name: member.displayName })}
      intro={t('admin.reset.intro', { name: member.displayName })}
      submitLabel={t('admin.reset.submit')}
      sending={sending}
      onCancel={onCancel}
    >
      <PasswordField control={form.control} name="password" autoFocus />
    </AdminForm>
  );
}
