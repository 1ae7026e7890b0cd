/**
 * What the alerts read and remember: recent top-priority concerns still waiting for a first look (status new),
 * and which alerts this desk has already rung, each list one sync_state key of ids with when they were marked,
 * pruned to the last week, so a restart does not ring the same bell twice:
 *   alertedConcerns    duty alerts (DutyAlerts) already rung, by concern id
 *   alertedFailures    failed priority emails already rung, by failure key (escalation-failures.ts)
 *   dismissedFailures  failed priority emails dismissed at this desk, by failure key
 */
import type { Concern } from '@shared/domain/concern';
import { tablesOf, type NotebookDb } from './database';
import { fromStored } from './stored-concern';

/** The sync_state keys of the alert memories. */
export const ALERT_MEMORIES = {
  concerns: 'alertedConcerns',
  failures: 'alertedFailures',
  dismissedFailures: 'dismissedFailures',
} as const;

/** Name of an alert memory. */
export type AlertMemory = keyof typeof ALERT_MEMORIES;

/** How long a mark is kept: longer than any alert looks back, so nothing in an alert's window rings twice. */
export const ALERT_MEMORY_MS = 7 * 24 * 60 * 60 * 1000;

/** Top-priority concerns logged since `sinceIso` that nobody has taken up yet, newest first. */
export async function waitingTopPriority(db: NotebookDb, sinceIso: string): Promise<Concern[]> {
  const rows = await db.concerns
    .where('priority')
    .equals('top')
    .filter((row) => row.createdAt >= sinceIso && row.status === 'new')
    .toArray();
  return rows.map(fromStored).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

function parseMarks(value: unknown): Map<string, string> {
  const entries = value !== null && typeof value === 'object' ? Object.entries(value as Record<string, unknown>) : [];
  return new Map(entries.filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** The ids marked in an alert memory, with when. */
export async function markedIn(db: NotebookDb, memory: AlertMemory): Promise<Map<string, string>> {
  return parseMarks((await db.sync_state.get(ALERT_MEMORIES[memory]))?.value);
}

/**
 * Marks these ids in an alert memory (now) and forgets marks older than a week; resolves with the ids that
 * were not marked before (an id already marked keeps its first mark). One transaction, so two windows of one desk marking at once cannot both get an id.
 */
export async function markIn(db: NotebookDb, memory: AlertMemory, ids: readonly string[], now: Date = new Date()): Promise<string[]> {
  return db.transaction('rw', db.sync_state, async (tx) => {
    const table = tablesOf(tx).sync_state;
    const known = parseMarks((await table.get(ALERT_MEMORIES[memory]))?.value);
    const fresh = [...new Set(ids)].filter((id) => !known.has(id));
    // Nothing new: no write, so re-checking the same alerts on every change costs one read.
    if (fresh.length === 0) return fresh;
    for (const id of fresh) known.set(id, now.toISOString());
    const cutoff = new Date(now.getTime() - ALERT_MEMORY_MS).toISOString();
    const kept = Object.fromEntries([...known].filter(([, at]) => at >= cutoff));
    await table.put({ key: ALERT_MEMORIES[memory], value: kept });
    return fresh;
  });
}

/** Ids of concerns already alerted about, with when. */
export async function alertedConcerns(db: NotebookDb): Promise<Map<string, string>> {
  return markedIn(db, 'concerns');
}

/** Remembers that these concerns were alerted about (now), forgetting entries older than a week. */
export async function markAlerted(db: NotebookDb, ids: readonly string[], now: Date = new Date()): Promise<void> {
  await markIn(db, 'concerns', ids, now);
}
