/** The devices signed in to the office: whose, which device, when last seen, since when and until when. */
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { LogOut } from 'lucide-react';
import type { DeviceSession } from '@shared/api/admin';
import { t } from '../../i18n';
import { formatDateTime, formatLastSeen } from './format-time';

/** Props: the devices, the current session's id, the time "last seen" counts from, and "Sign out". */
export interface DevicesTableProps {
  sessions: readonly DeviceSession[];
  mySessionId: string;
  now: Date;
  onSignOut: (session: DeviceSession) => void;
}

/** A device's name as the table shows it. */
export function deviceName(session: DeviceSession): string {
  return session.deviceLabel ?? t('admin.devices.unnamed');
}

function When({ iso, children }: { iso: string; children: string }): ReactNode {
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {children}
    </time>
  );
}

/** The devices table, most recently seen first (the server's order). */
export function DevicesTable({ sessions, mySessionId, now, onSignOut }: DevicesTableProps): ReactNode {
  return (
    <table className="admin-table">
      <caption className="visually-hidden">{t('admin.devices.caption', { count: sessions.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('admin.devices.column.device')}</th>
          <th scope="col">{t('admin.devices.column.person')}</th>
          <th scope="col">{t('admin.devices.column.lastSeen')}</th>
          <th scope="col">{t('admin.devices.column.signedIn')}</th>
          <th scope="col">{t('admin.devices.column.expires')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('admin.devices.column.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => {
          const isMine = session.isCurrent || session.id === mySessionId;
          return (
            <tr key={session.id}>
              <th scope="row" className="admin-name">
                {deviceName(session)}
              </th>
              <td>
                <span className="admin-person">{session.staffDisplayName}</span>
                <span className="admin-email">{session.staffEmail}</span>
              </td>
              <td>
                <When iso={session.lastSeenAt}>{formatLastSeen(session.lastSeenAt, now)}</When>
              </td>
              <td>
                <When iso={session.createdAt}>{formatDateTime(session.createdAt)}</When>
              </td>
              <td>
                <When iso={session.expiresAt}>{formatDateTime(session.expiresAt)}</When>
              </td>
              <td className="admin-actions-cell">
                {isMine ? (
                  <span className="admin-state admin-state-note">{t('admin.devices.thisDevice')}</span>
                ) : (
                  <Button
                    className="button button-secondary admin-row-button"
                    data-session-id={session.id}
                    aria-label={t('admin.devices.signOutLabel', { device: deviceName(session), name: session.staffDisplayName })}
                    onPress={() => onSignOut(session)}
                  >
                    <LogOut size={16} aria-hidden />
                    {t('admin.devices.signOut')}
                  </Button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
