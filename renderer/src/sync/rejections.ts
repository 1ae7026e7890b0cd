/** Changes of this desk that did not take effect, reported so the app can tell staff why in plain words. */
import { UUIDV7_PATTERN } from '@shared/lib/uuidv7';
import type { OutboxEntry } from '../db';

/** A change of this desk that was rolled back or refused. */
export interface SyncRejection {
  readonly mutationId: number;
  /** The mutator's name, like "setStatus". */
  readonly name: string;
  /** The concern it was about, when known. */
  readonly concernId: string | undefined;
  /** Why, in plain words (shared/sync's MutationRejected reason, or the server's). */
  readonly reason: string;
  /** The reason's code, for the message catalogue (shared/sync errors.ts RejectionCode). */
  readonly code: string;
  /** desk: it stopped applying here once others' changes arrived; server: the server refused it. */
  readonly source: 'desk' | 'server';
}

/** The report of a rejected outbox entry. */
export function rejectionOf(entry: OutboxEntry, reason: string, code: string, source: SyncRejection['source']): SyncRejection {
  return {
    mutationId: entry.mutationId,
    name: entry.name,
    // Entries not about one concern are filed under a scope instead ('*', the meeting's 'meeting'): no concern id.
    concernId: UUIDV7_PATTERN.test(entry.concernId) ? entry.concernId : undefined,
    reason,
    code,
    source,
  };
}
