/**
 * The "Staff" tab: the table, and one page at a time in its place for adding someone, changing a name or role,
 * resetting a password and handing a temporary password over. Turning an account off is confirmed first.
 */
import { useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { CircleCheck, UserPlus } from 'lucide-react';
import type { StaffMember } from '@shared/api/admin';
import { Skeleton } from '../../components/Skeleton';
import { t } from '../../i18n';
import type { OfficeApi } from '../../office/office-api';
import { AddStaffForm } from './AddStaffForm';
import { EditStaffForm } from './EditStaffForm';
import { HandOver } from './HandOver';
import { ProblemBanner } from './ProblemBanner';
import { ResetPasswordForm } from './ResetPasswordForm';
import { selfLockout } from './staff-forms';
import { StaffTable, type StaffAction } from './StaffTable';
import { TurnOffDialog } from './TurnOffDialog';
import { useAccountSwitch } from './useAccountSwitch';
import { useFocusRequest } from './useFocusRequest';
import { useRemoteList } from './useRemoteList';

type View =
  | { readonly kind: 'list' }
  | { readonly kind: 'add' }
  | { readonly kind: 'edit' | 'reset'; readonly member: StaffMember }
  | { readonly kind: 'handOver'; readonly member: StaffMember; readonly password: string; readonly reason: 'added' | 'reset' };

const LIST: View = { kind: 'list' };
const ADD_BUTTON = '[data-control="add-staff"]';
const rowButton = (member: StaffMember) => `[data-staff-id="${member.id}"]`;

/** The list with `member` as the server now has them: in their place, or added at the end. */
function withMember(staff: readonly StaffMember[], member: StaffMember): readonly StaffMember[] {
  return staff.some((m) => m.id === member.id) ? staff.map((m) => (m.id === member.id ? member : m)) : [...staff, member];
}

/** Props: the API and who is signed in. */
export interface StaffTabProps {
  api: OfficeApi;
  myStaffId: string;
}

/** The staff tab's content. */
export function StaffTab({ api, myStaffId }: StaffTabProps): ReactNode {
  const list = useRemoteList(() => api.listStaff());
  const [view, setView] = useState<View>(LIST);
  const [notice, setNotice] = useState('');
  const [rootRef, focusLater] = useFocusRequest<HTMLDivElement>();
  const put = (member: StaffMember) => list.update((staff) => withMember(staff, member));
  const accounts = useAccountSwitch(api, (member) => {
    put(member);
    setNotice(t(member.isDisabled ? 'admin.staff.turnedOff' : 'admin.staff.turnedOn', { name: member.displayName }));
  });

  const backToList = (focus: string, message = '') => {
    setView(LIST);
    setNotice(message);
    focusLater(focus);
  };
  const startAdding = () => {
    setNotice('');
    setView({ kind: 'add' });
  };
  const onAction = (member: StaffMember, action: StaffAction) => {
    setNotice('');
    if (action === 'edit' || action === 'reset') setView({ kind: action, member });
    else if (action === 'disable') accounts.askToTurnOff(member);
    else accounts.turn(member, false);
  };

  return (
    <div ref={rootRef} className="admin-tab">
      {/* At the top, where a notification banner goes; a live region, so each new notice is announced. */}
      <p className="admin-notice" role="status">
        {notice !== '' && <CircleCheck size={18} aria-hidden />}
        {notice}
      </p>
      {view.kind === 'add' && (
        <AddStaffForm
          api={api}
          onAdded={(member, password) => {
            put(member);
            setView({ kind: 'handOver', member, password, reason: 'added' });
          }}
          onCancel={() => backToList(ADD_BUTTON)}
        />
      )}
      {view.kind === 'edit' && (
        <EditStaffForm
          api={api}
          member={view.member}
          myStaffId={myStaffId}
          onSaved={(member) => {
            if (member !== undefined) put(member);
            backToList(rowButton(view.member), t(member === undefined ? 'admin.edit.unchanged' : 'admin.edit.saved', { name: (member ?? view.member).displayName }));
          }}
          onCancel={() => backToList(rowButton(view.member))}
        />
      )}
      {view.kind === 'reset' && (
        <ResetPasswordForm
          api={api}
          member={view.member}
          onReset={(password) => {
            put({ ...view.member, mustChangePassword: true });
            setView({ kind: 'handOver', member: view.member, password, reason: 'reset' });
          }}
          onCancel={() => backToList(rowButton(view.member))}
        />
      )}
      {view.kind === 'handOver' && (
        <HandOver {...view} onDone={() => backToList(view.reason === 'added' ? ADD_BUTTON : rowButton(view.member))} />
      )}
      {view.kind === 'list' && (
        <>
          <div className="admin-toolbar">
            <div className="admin-heading">
              <h3 className="admin-tab-title">{t('admin.staff.heading')}</h3>
              <p className="admin-hint">{t('admin.staff.intro')}</p>
            </div>
            <Button className="button button-primary" data-control="add-staff" onPress={startAdding}>
              <UserPlus size={18} aria-hidden />
              {t('admin.staff.add')}
            </Button>
          </div>
          <ProblemBanner problem={list.problem} onRetry={list.reload} kept="list" />
          <ProblemBanner problem={accounts.problem} onRetry={accounts.retry} kept="list" />
          {list.items === undefined ? (
            list.isLoading && <Skeleton rows={3} label={t('admin.staff.loading')} />
          ) : (
            <StaffTable staff={list.items} myStaffId={myStaffId} onAction={onAction} />
          )}
        </>
      )}
      <TurnOffDialog
        member={accounts.asking}
        isSelf={accounts.asking !== undefined && selfLockout(accounts.asking, myStaffId, { isDisabled: true }) === 'disable'}
        onCancel={() => {
          if (accounts.asking !== undefined) focusLater(rowButton(accounts.asking));
          accounts.cancel();
        }}
        onConfirm={(member) => {
          focusLater(rowButton(member));
          accounts.turn(member, true);
        }}
      />
    </div>
  );
}
