/**
 * The "Devices" tab: every device signed in to the office, and signing one out (a lost laptop) after a
 * confirmation. Fetched each time the tab is shown, since resets and turned-off accounts end sessions.
 */
import { useState, type ReactNode } from 'react';
import { CircleCheck, Laptop } from 'lucide-react';
import type { DeviceSession } from '@shared/api/admin';
import { EmptyState } from '../../components/EmptyState';
import { Skeleton } from '../../components/Skeleton';
import { t } from '../../i18n';
import type { OfficeApi } from '../../office/office-api';
import { apiProblem, type ApiProblem } from './api-problem';
import { ConfirmDialog } from './ConfirmDialog';
import { DevicesTable, deviceName } from './DevicesTable';
import { ProblemBanner } from './ProblemBanner';
import { useFocusRequest } from './useFocusRequest';
import { useRemoteList } from './useRemoteList';

/** Props: the API and the session this app is signed in with. */
export interface DevicesTabProps {
  api: OfficeApi;
  mySessionId: string;
}

const HEADING = '[data-control="devices-heading"]';
const signOutButton = (id: string) => `[data-session-id="${id}"]`;

/** Where focus goes once `gone` has left the table: the next row's button, else the previous, else the heading. */
function focusAfter(sessions: readonly DeviceSession[], gone: DeviceSession): string {
  const index = sessions.findIndex((s) => s.id === gone.id);
  const next = sessions.slice(index + 1).find((s) => !s.isCurrent) ?? sessions.slice(0, index).reverse().find((s) => !s.isCurrent);
  return next === undefined ? HEADING : signOutButton(next.id);
}

/** The devices tab's content. */
export function DevicesTab({ api, mySessionId }: DevicesTabProps): ReactNode {
  const list = useRemoteList(() => api.listDeviceSessions());
  const [now] = useState(() => new Date());
  const [asking, setAsking] = useState<DeviceSession>();
  const [failed, setFailed] = useState<{ session: DeviceSession; problem: ApiProblem }>();
  const [notice, setNotice] = useState('');
  const [rootRef, focusLater] = useFocusRequest<HTMLDivElement>();

  const signOut = (session: DeviceSession) => {
    setAsking(undefined);
    setFailed(undefined);
    setNotice('');
    focusLater(signOutButton(session.id));
    api.signOutDevice(session.id).then(
      () => {
        focusLater(focusAfter(list.items ?? [], session));
        list.update((sessions) => sessions.filter((s) => s.id !== session.id));
        setNotice(t('admin.devices.signedOut', { device: deviceName(session), name: session.staffDisplayName }));
      },
      (error: unknown) => setFailed({ session, problem: apiProblem(error) }),
    );
  };

  return (
    <div ref={rootRef} className="admin-tab">
      <p className="admin-notice" role="status">
        {notice !== '' && <CircleCheck size={18} aria-hidden />}
        {notice}
      </p>
      <div className="admin-heading">
        <h3 className="admin-tab-title" tabIndex={-1} data-control="devices-heading">
          {t('admin.devices.heading')}
        </h3>
        <p className="admin-hint">{t('admin.devices.intro')}</p>
      </div>
      <ProblemBanner problem={list.problem} onRetry={list.reload} kept="list" />
      <ProblemBanner problem={failed?.problem} onRetry={() => failed !== undefined && signOut(failed.session)} kept="list" />
      {list.items === undefined && list.isLoading && <Skeleton rows={3} label={t('admin.devices.loading')} />}
      {list.items?.length === 0 && (
        <EmptyState icon={Laptop} title={t('admin.devices.empty')} level={3}>
          <p>{t('admin.devices.empty.body')}</p>
        </EmptyState>
      )}
      {list.items !== undefined && list.items.length > 0 && (
        <DevicesTable sessions={list.items} mySessionId={mySessionId} now={now} onSignOut={(session) => setAsking(session)} />
      )}
      <ConfirmDialog
        isOpen={asking !== undefined}
        title={t('admin.confirm.signOut.title', { device: asking === undefined ? '' : deviceName(asking) })}
        confirmLabel={t('admin.confirm.signOut.confirm')}
        onCancel={() => {
          if (asking !== undefined) focusLater(signOutButton(asking.id));
          setAsking(undefined);
        }}
        onConfirm={() => asking !== undefined && signOut(asking)}
      >
        <p>{t('admin.confirm.signOut.body', { name: asking?.staffDisplayName ?? '', device: asking === undefined ? '' : deviceName(asking) })}</p>
      </ConfirmDialog>
    </div>
  );
}
