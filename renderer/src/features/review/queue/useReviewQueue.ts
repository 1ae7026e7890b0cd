/**
 * The review queue's rows, live: the source re-read whenever a concern, flag or colleague it reads changes, and
 * the rows rebuilt when it does, when the office's response times change, and as time passes (a concern
 * becomes overdue without any write).
 */
import { useMemo } from 'react';
import { queueRowsOf, type QueueRow } from '../../../db/review-queue';
import { useDesk } from '../../../app/desk-context';
import { useOfficeProfile } from '../../../app/office-profile';
import { useNow } from '../../../lib/now';
import { useQueueSource } from './queue-store';

/** The queue while loading, after a failed read, or its rows. */
export type QueueState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly rows: readonly QueueRow[] };

/** The queue's rows at this desk. */
export function useReviewQueue(): QueueState {
  const { db } = useDesk();
  const { responsePolicy } = useOfficeProfile();
  const now = useNow();
  const state = useQueueSource(db);
  return useMemo(
    () => (state.status === 'ready' ? { status: 'ready', rows: queueRowsOf(state.source, responsePolicy, now) } : state),
    [state, responsePolicy, now],
  );
}
