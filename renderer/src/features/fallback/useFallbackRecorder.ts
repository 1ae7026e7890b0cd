/** Records, through the synced mutator, that this desk sent a top-priority concern on itself. */
import { useCallback } from 'react';
import type { FallbackMethod } from './types';
import { runLocalMutation } from '../../db';
import { useDesk } from '../../app/desk-context';

/** Returns record(concernId, method, note), which rejects with the reason when the desk cannot save it. */
export function useFallbackRecorder(): (concernId: string, method: FallbackMethod, note?: string) => Promise<void> {
  const { db, settings } = useDesk();
  return useCallback(
    (concernId, method, note = '') =>
      runLocalMutation(db, 'recordEscalationFallback', { id: concernId, method, note }, { at: new Date().toISOString(), by: settings.staffName }),
    [db, settings.staffName],
  );
}
