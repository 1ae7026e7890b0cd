/** The sentences the status line and the office dialog show about sync. */
import type { SyncRejection } from '../../sync/rejections';
import type { SyncStatus } from '../../sync/status';
import type { ConnectionState } from '../../office/connection';
import { t, type MessageKey } from '../../i18n';

/** The one-line sync state: what is happening, in plain words. */
export function syncHeadline(connection: ConnectionState, status: SyncStatus): string {
  if (connection.phase === 'signed-out') {
    return connection.account === undefined ? t('office.sync.state.not-signed-in') : t('office.sync.state.signed-out');
  }
  if (connection.phase !== 'signed-in') return t('office.sync.state.local-only');
  if (status.state === 'error' && status.lastError !== undefined) return status.lastError.message;
  return t(`office.sync.state.${status.state}`);
}

/** "3 unsynced changes", or "All changes sent". */
export function pendingText(pending: number): string {
  if (pending === 0) return t('office.sync.allSent');
  return pending === 1 ? t('office.sync.pending.one') : t('office.sync.pending', { count: pending.toLocaleString() });
}

/** When the desk last synced, as people say it: "14:32" today, else "3 Mar, 14:32". */
export function lastSyncText(lastSyncAt: string | undefined, now: Date = new Date()): string {
  if (lastSyncAt === undefined) return t('office.sync.never');
  const at = new Date(lastSyncAt);
  const time = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  const sameDay = at.toDateString() === now.toDateString();
  const when = sameDay ? time : `${at.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}, ${time}`;
  return t('office.sync.lastSync', { when });
}

const KNOWN_MUTATIONS = ['logConcern', 'editConcern', 'deleteConcern', 'setStatus', 'setPriority', 'addTags', 'removeTags', 'recordThanks'];

/** "A status change: someone else closed this concern first." */
export function rejectionText(rejection: SyncRejection): string {
  const key = (KNOWN_MUTATIONS.includes(rejection.name) ? `office.rejected.what.${rejection.name}` : 'office.rejected.what.other') as MessageKey;
  return t('office.rejected.body', { what: t(key), reason: rejection.reason });
}
