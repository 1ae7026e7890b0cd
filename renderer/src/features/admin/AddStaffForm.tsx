/** "Add a staff member": email, name, role and a temporary password, sent to POST /api/admin/staff. */
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { StaffMember } from '@shared/api/admin';
import { t } from '../../i18n';
import type { OfficeApi } from '../../office/office-api';
import { AdminForm } from './AdminForm';
import { PasswordField, RoleField, TextBoxField } from './AdminFields';
import { ADD_STAFF_FIELDS, AddStaffFormSchema, type AddStaffInput, type AddStaffValues } from './staff-forms';
import { useApiSubmit } from './useApiSubmit';

/** Props: the API, what to do with the person added (and the password to hand over), and Cancel. */
export interface AddStaffFormProps {
  api: OfficeApi;
  onAdded: (member: StaffMember, password: string) => void;
  onCancel: () => void;
}

const EMPTY: AddStaffInput = { email: '', displayName: '', role: 'counter', password: '' };

/** The add form; it starts empty, with counter staff as the role most people have. */
export function AddStaffForm({ api, onAdded, onCancel }: AddStaffFormProps): ReactNode {
  const form = useForm<AddStaffInput, unknown, AddStaffValues>({
    resolver: zodResolver(AddStaffFormSchema),
    defaultValues: EMPTY,
    mode: 'onTouched',
  });
  const sending = useApiSubmit(form, ADD_STAFF_FIELDS, async (values) => {
    onAdded(await api.addStaff(values), values.password);
  });
  const { control } = form;
  return (
    <AdminForm
      title={t('admin.add.title')}
      intro={t('admin.add.intro')}
      submitLabel={t('admin.add.submit')}
      sending={sending}
      onCancel={onCancel}
    >
      <TextBoxField control={control} name="email" type="email" label={t('admin.field.email')} hint={t('admin.field.email.hint')} autoFocus />
      <TextBoxField control={control} name="displayName" label={t('admin.field.name')} hint={t('admin.field.name.hint')} />
      <RoleField control={control} name="role" />
      <PasswordField control={control} name="password" />
    </AdminForm>
  );
}
