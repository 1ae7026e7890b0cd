/**
 * Failed priority emails, for the alerts that go-to people and admins see (features/alerts/FailureAlerts), and
 * this desk's memory of them (alerts.ts). A failure is named by its escalation and when it failed, so a resent
 * email that fails again is a new failure: it rings and shows again, even where the first one was dismissed.
 */
import type { Concern } from '@shared/domain/concern';
import type { ConcernEscalation } from '@shared/sync/store';
import { markIn, markedIn } from './alerts';
import type { NotebookDb } from './database';
import { fromStored } from './stored-concern';

/** A priority email and the concern it is about. */
export interface EscalationWithConcern {
  readonly escalation: ConcernEscalation;
  readonly concern: Concern;
}

/** The name of one failure of an escalation: its id and when it failed. */
export function failureKey(escalation: ConcernEscalation): string {
  return `${escalation.id}@${escalation.failedAt ?? ''}`;
}

/**
 * Escalations that failed since `sinceIso`, plus the escalations named in `alsoIds` whatever their state (the
 * ones resent from an alert, followed until dismissed), each with its concern, newest failure first. An
 * escalation whose concern this desk does not have (deleted) is left out: there is nothing to open.
 */
export async function escalationAlerts(db: NotebookDb, sinceIso: string, alsoIds: readonly string[] = []): Promise<EscalationWithConcern[]> {
  const followed = new Set(alsoIds);
  const rows = await db.concern_escalations
    .filter((row) => followed.has(row.id) || (row.state === 'failed' && (row.failedAt ?? '') >= sinceIso))
    .toArray();
  const concerns = await db.concerns.bulkGet(rows.map((row) => row.concernId));
  const found = rows.flatMap((escalation, index) => {
    const stored = concerns[index];
    return stored === undefined ? [] : [{ escalation, concern: fromStored(stored) }];
  });
  const when = (row: ConcernEscalation) => row.failedAt ?? row.queuedAt;
  return found.sort((a, b) => when(b.escalation).localeCompare(when(a.escalation)));
}

/** Marks these failures as rung (now); resolves with those that had not rung before, to ring exactly once. */
export async function takeUnrungFailures(db: NotebookDb, keys: readonly string[], now: Date = new Date()): Promise<string[]> {
  return markIn(db, 'failures', keys, now);
}

/** Keys of the failures dismissed at this desk. */
export async function dismissedFailures(db: NotebookDb): Promise<Set<string>> {
  return new Set((await markedIn(db, 'dismissedFailures')).keys());
}

/** Remembers that a failure was dismissed here, so a restart does not show it again. */
export async function dismissFailure(db: NotebookDb, key: string, now: Date = new Date()): Promise<void> {
  await markIn(db, 'dismissedFailures', [key], now);
}
