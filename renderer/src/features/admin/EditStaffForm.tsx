/**
 * "Change name or role", sent to PATCH /api/admin/staff/:id with only what changed. An admin taking away
 * their own admin role is asked first: afterwards they cannot open this screen to undo it.
 */
import { useRef, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { StaffMember } from '@shared/api/admin';
import { t } from '../../i18n';
import type { OfficeApi } from '../../office/office-api';
import { AdminForm } from './AdminForm';
import { RoleField, TextBoxField } from './AdminFields';
import { ConfirmDialog } from './ConfirmDialog';
import { EDIT_STAFF_FIELDS, EditStaffFormSchema, selfLockout, staffChanges, type EditStaffInput, type EditStaffValues } from './staff-forms';
import { useApiSubmit } from './useApiSubmit';

/** Props: whom to change, who is signed in, the API, what to do with the changed person (undefined: nothing changed), and Cancel. */
export interface EditStaffFormProps {
  api: OfficeApi;
  member: StaffMember;
  myStaffId: string;
  onSaved: (member: StaffMember | undefined) => void;
  onCancel: () => void;
}

/** The edit form, filled in with the person's name and role as they are. */
export function EditStaffForm({ api, member, myStaffId, onSaved, onCancel }: EditStaffFormProps): ReactNode {
  const form = useForm<EditStaffInput, unknown, EditStaffValues>({
    resolver: zodResolver(EditStaffFormSchema),
    defaultValues: { displayName: member.displayName, role: member.role },
    mode: 'onTouched',
  });
  const [isAsking, setIsAsking] = useState(false);
  // Set by "Remove my admin role" for the one submit it starts.
  const isConfirmed = useRef(false);
  const sending = useApiSubmit(form, EDIT_STAFF_FIELDS, async (values) => {
    const changes = staffChanges(member, values);
    if (changes === undefined) return onSaved(undefined);
    if (selfLockout(member, myStaffId, changes) === 'demote' && !isConfirmed.current) return setIsAsking(true);
    isConfirmed.current = false;
    onSaved(await api.updateStaff(member.id, changes));
  });
  const { control } = form;
  return (
    <AdminForm
      title={t('admin.edit.title', { name: member.displayName })}
      intro={t('admin.edit.intro')}
      submitLabel={t('admin.edit.submit')}
      sending={sending}
      onCancel={onCancel}
    >
      <TextBoxField control={control} name="displayName" label={t('admin.field.name')} hint={t('admin.field.name.hint')} autoFocus />
      <RoleField control={control} name="role" />
      <ConfirmDialog
        isOpen={isAsking}
        title={t('admin.confirm.demoteSelf.title')}
        confirmLabel={t('admin.confirm.demoteSelf.confirm')}
        onCancel={() => setIsAsking(false)}
        onConfirm={() => {
          setIsAsking(false);
          isConfirmed.current = true;
          sending.submit();
        }}
      >
        <p>{t('admin.confirm.demoteSelf.body')}</p>
      </ConfirmDialog>
    </AdminForm>
  );
}
