/**
 * The office's staff as a table: name, email, role, whether the account is on and whether they still have a
 * temporary password; each row has one "Actions" menu button, so Tab moves row to row and the arrows pick an
 * action.
 */
import type { ReactNode } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { Ban, ChevronDown, KeyRound } from 'lucide-react';
import type { StaffMember } from '@shared/api/admin';
import { t } from '../../i18n';
import { roleLabelKey } from './staff-forms';

/** What can be done to a staff member from their row. */
export type StaffAction = 'edit' | 'reset' | 'disable' | 'enable';

/** Props: the staff, who is signed in (their row says "you"), and what happens on an action. */
export interface StaffTableProps {
  staff: readonly StaffMember[];
  myStaffId: string;
  onAction: (member: StaffMember, action: StaffAction) => void;
}

function AccountState({ member }: { member: StaffMember }): ReactNode {
  return (
    <div className="admin-states">
      {member.isDisabled ? (
        <span className="admin-state admin-state-off">
          <Ban size={16} aria-hidden />
          {t('admin.staff.off')}
        </span>
      ) : (
        <span className="admin-state">{t('admin.staff.on')}</span>
      )}
      {member.mustChangePassword && (
        <span className="admin-state admin-state-note">
          <KeyRound size={16} aria-hidden />
          {t('admin.staff.temporaryPassword')}
        </span>
      )}
    </div>
  );
}

function RowActions({ member, onAction }: { member: StaffMember; onAction: StaffTableProps['onAction'] }): ReactNode {
  return (
    <MenuTrigger>
      <Button className="button button-secondary admin-row-button" data-staff-id={member.id} aria-label={t('admin.staff.actionsFor', { name: member.displayName })}>
        {t('admin.staff.actions')}
        <ChevronDown size={16} aria-hidden />
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu className="options" onAction={(key) => onAction(member, key as StaffAction)}>
          <MenuItem id="edit" className="option">
            {t('admin.staff.edit')}
          </MenuItem>
          <MenuItem id="reset" className="option">
            {t('admin.staff.reset')}
          </MenuItem>
          {member.isDisabled ? (
            <MenuItem id="enable" className="option">
              {t('admin.staff.enable')}
            </MenuItem>
          ) : (
            <MenuItem id="disable" className="option">
              {t('admin.staff.disable')}
            </MenuItem>
          )}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

/** The staff table, in the server's order (by name). */
export function StaffTable({ staff, myStaffId, onAction }: StaffTableProps): ReactNode {
  return (
    <table className="admin-table">
      <caption className="visually-hidden">{t('admin.staff.caption', { count: staff.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('admin.staff.column.name')}</th>
          <th scope="col">{t('admin.staff.column.email')}</th>
          <th scope="col">{t('admin.staff.column.role')}</th>
          <th scope="col">{t('admin.staff.column.account')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('admin.staff.column.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {staff.map((member) => (
          <tr key={member.id} className={member.isDisabled ? 'admin-row-off' : undefined}>
            <th scope="row" className="admin-name">
              {member.displayName}
              {member.id === myStaffId && <span className="admin-you"> {t('admin.staff.you')}</span>}
            </th>
            <td className="admin-email">{member.email}</td>
            <td>{t(roleLabelKey(member.role))}</td>
            <td>
              <AccountState member={member} />
            </td>
            <td className="admin-actions-cell">
              <RowActions member={member} onAction={onAction} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
