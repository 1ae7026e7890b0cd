/** "Turn off this account?": what it does to the person, and a sharper warning when it is the admin's own. */
import type { ReactNode } from 'react';
import type { StaffMember } from '@shared/api/admin';
import { t } from '../../i18n';
import { ConfirmDialog } from './ConfirmDialog';

/** Props: the account (open while there is one), whether it is the signed-in admin's own, and the outcomes. */
export interface TurnOffDialogProps {
  member: StaffMember | undefined;
  isSelf: boolean;
  onConfirm: (member: StaffMember) => void;
  onCancel: () => void;
}

/** The confirmation before turning an account off. */
export function TurnOffDialog({ member, isSelf, onConfirm, onCancel }: TurnOffDialogProps): ReactNode {
  const name = member?.displayName ?? '';
  return (
    <ConfirmDialog
      isOpen={member !== undefined}
      title={isSelf ? t('admin.confirm.disableSelf.title') : t('admin.confirm.disable.title', { name })}
      confirmLabel={isSelf ? t('admin.confirm.disableSelf.confirm') : t('admin.confirm.disable.confirm')}
      onCancel={onCancel}
      onConfirm={() => member !== undefined && onConfirm(member)}
    >
      <p>{isSelf ? t('admin.confirm.disableSelf.body') : t('admin.confirm.disable.body', { name })}</p>
    </ConfirmDialog>
  );
}
