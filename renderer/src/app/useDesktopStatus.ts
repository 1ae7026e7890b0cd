/**
 * Reports the desk's two counts outside the page whenever either changes: changes not yet sent to the office
 * server, and top-priority concerns nobody has taken up yet (status new). The desktop shows them in the tray
 * and the badge, the browser puts the second in the tab's title (platform/).
 */
import { useEffect } from 'react';
import { useLiveQuery, waitingTopPriority } from '../db';
import { useSyncStatus } from '../office/office-context';
import { useDesk } from './desk-context';

// Every waiting one, however old: the tray's count leads to the review queue, which lists them all.
const SINCE_THE_START = '';

/** Keeps the platform told of the counts; call once, in the app's root. */
export function useDesktopStatus(): void {
  const { db, platform } = useDesk();
  const { pending } = useSyncStatus();
  const priorityWaiting = useLiveQuery(async () => (await waitingTopPriority(db, SINCE_THE_START)).length, [db]);
  useEffect(() => {
    // Not reported until the database has answered: a tray briefly showing "none waiting" would mislead.
    if (priorityWaiting === undefined) return;
    platform.reportStatus({ unsynced: pending, priorityWaiting });
  }, [platform, pending, priorityWaiting]);
}
