/**
 * What the duty alerts read and remember: recent top-priority concerns still waiting for a first look
 * (status new), and which of them this desk has already alerted about (sync_state key 'alertedConcerns', so a
 * restart does not ring the same bell twice; pruned to the last week).
 */
import type { Concern } from '@shared/domain/concern';
import type { NotebookDb } from './database';
import { fromStored } from './stored-concern';

const KEY = 'alertedConcerns';
const KEEP_MS = 7 * 24 * 60 * 60 * 1000;

/** Top-priority concerns logged since `sinceIso` that nobody has taken up yet, newest first. */
export async function waitingTopPriority(db: NotebookDb, sinceIso: string): Promise<Concern[]> {
  const rows = await db.concerns
    .where('priority')
    .equals('top')
    .filter((row) => row.createdAt >= sinceIso && row.status === 'new')
    .toArray();
  return rows.map(fromStored).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Ids of concerns already alerted about, with when. */
export async function alertedConcerns(db: NotebookDb): Promise<Map<string, string>> {
  const value = (await db.sync_state.get(KEY))?.value;
  const entries = value !== null && typeof value === 'object' ? Object.entries(value as Record<string, unknown>) : [];
  return new Map(entries.filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** Remembers that these concerns were alerted about (now), forgetting entries older than a week. */
export async function markAlerted(db: NotebookDb, ids: readonly string[], now: Date = new Date()): Promise<void> {
  await db.transaction('rw', db.sync_state, async () => {
    const known = await alertedConcerns(db);
    for (const id of ids) known.set(id, now.toISOString());
    const cutoff = new Date(now.getTime() - KEEP_MS).toISOString();
    const kept = Object.fromEntries([...known].filter(([, at]) => at >= cutoff));
    await db.sync_state.put({ key: KEY, value: kept });
  });
}
