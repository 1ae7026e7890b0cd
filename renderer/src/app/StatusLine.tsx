/**
 * The quiet status line at the foot of the window, always visible: that the notebook is kept on this computer,
 * how sync with the office server goes (online or offline, unsynced changes, last sync, problems in plain
 * words, the first sync's progress), and who is at the desk. The sync part opens the office server dialog.
 */
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { AlertTriangle, Cloud, CloudOff, HardDrive, RefreshCw, User } from 'lucide-react';
import { useConnectionState, useSyncStatus } from '../office/office-context';
import { FirstSyncProgress } from '../features/office/SyncSummary';
import { lastSyncText, pendingText, syncHeadline } from '../features/office/sync-words';
import { t } from '../i18n';

/** The status line for the desk's staff member. */
export function StatusLine({ staffName, onOpenOffice }: { staffName: string; onOpenOffice: () => void }): ReactNode {
  const connection = useConnectionState();
  const status = useSyncStatus();
  const isSignedIn = connection.phase === 'signed-in';
  const state = isSignedIn ? status.state : connection.phase;
  const Icon =
    state === 'synced' ? Cloud : state === 'syncing' ? RefreshCw : state === 'error' ? AlertTriangle : CloudOff;
  const details = [
    isSignedIn || status.pending > 0 ? pendingText(status.pending) : undefined,
    isSignedIn ? lastSyncText(status.lastSyncAt) : undefined,
  ].filter((text) => text !== undefined);
  return (
    <footer className="status-line">
      <span className="status-item">
        <HardDrive size={14} aria-hidden="true" />
        {t('shell.status.local')}
      </span>
      <Button className="status-item status-sync" data-sync-state={state} onPress={onOpenOffice}>
        <Icon size={14} aria-hidden="true" />
        <span className="visually-hidden">{t('office.title')}: </span>
        <span className="status-sync-headline">{syncHeadline(connection, status)}</span>
        {details.map((text) => (
          <span key={text} className="status-sync-detail">
            {text}
          </span>
        ))}
      </Button>
      {status.firstSyncProgress !== undefined && (
        <span className="status-item status-progress">
          <FirstSyncProgress status={status} />
        </span>
      )}
      <span className="status-item status-staff">
        <User size={14} aria-hidden="true" />
        {isSignedIn && connection.account !== undefined
          ? t('shell.status.signedIn', { name: connection.account.displayName, office: connection.account.officeName })
          : t('shell.status.staff', { name: staffName })}
      </span>
    </footer>
  );
}
