/** The desk's sync state in full: what is happening, unsent changes, last sync, the first sync's progress. */
import type { ReactNode } from 'react';
import { Button, Label, ProgressBar } from 'react-aria-components';
import type { ConnectionState } from '../../office/connection';
import { useOffice, useSyncStatus } from '../../office/office-context';
import type { SyncStatus } from '../../sync/status';
import { t } from '../../i18n';
import { lastSyncText, pendingText, syncHeadline } from './sync-words';

/** The first sync's progress bar: against the server's estimate when it gave one, else rows so far. */
export function FirstSyncProgress({ status }: { status: SyncStatus }): ReactNode {
  const progress = status.firstSyncProgress;
  if (progress === undefined) return null;
  const total = progress.total;
  const text =
    total === undefined
      ? t('office.sync.firstSync', { rows: progress.rows.toLocaleString() })
      : t('office.sync.firstSync.of', { rows: progress.rows.toLocaleString(), total: total.toLocaleString() });
  return (
    <ProgressBar
      className="office-progress"
      value={total === undefined ? undefined : Math.min(progress.rows, total)}
      maxValue={total ?? 100}
      isIndeterminate={total === undefined}
      valueLabel={text}
    >
      <Label className="visually-hidden">{t('office.sync.firstSync.label')}</Label>
      <span className="office-progress-text">{text}</span>
      <div className="office-progress-track" aria-hidden="true">
        <div
          className="office-progress-fill"
          style={{ width: total === undefined ? '100%' : `${Math.round((100 * Math.min(progress.rows, total)) / Math.max(total, 1))}%` }}
          data-indeterminate={total === undefined || undefined}
        />
      </div>
    </ProgressBar>
  );
}

/** The sync section of the office dialog. */
export function SyncSummary({ connection }: { connection: ConnectionState }): ReactNode {
  const office = useOffice();
  const status = useSyncStatus();
  const isSignedIn = connection.phase === 'signed-in';
  return (
    <section className="office-section" aria-labelledby="office-sync-title">
      <h3 id="office-sync-title" className="office-section-title">
        {t('office.sync.title')}
      </h3>
      <p className="office-sync-state" data-sync-state={isSignedIn ? status.state : connection.phase}>
        {syncHeadline(connection, status)}
      </p>
      <FirstSyncProgress status={status} />
      <ul className="office-facts">
        <li>{pendingText(status.pending)}</li>
        {isSignedIn && <li>{lastSyncText(status.lastSyncAt)}</li>}
      </ul>
      {isSignedIn && (
        <div className="settings-actions office-actions-start">
          <Button className="settings-button" onPress={() => void office.syncNow()} isDisabled={status.state === 'syncing'}>
            {t('office.sync.now')}
          </Button>
        </div>
      )}
    </section>
  );
}
