/**
 * The pattern engine's input read from the desk's database: the concerns logged in a window of months (the
 * period and the months it is compared with), as PatternConcerns (shared/patterns/from-concern.ts). Read through
 * the createdAt index one month at a time, so the caller can say how far the reading is, and so no read holds
 * more than a month of rows at once besides the result.
 *
 * A duplicate merged into another concern is left out: the concern it was merged into counts it (its
 * raisedCount), so counting both would count one matter twice.
 */
import { Dexie } from 'dexie';
import type { Month } from '@shared/domain/meeting';
import { monthEndIso, monthStartIso, monthsEnding } from '@shared/patterns/months';
import { toPatternConcern } from '@shared/patterns/from-concern';
import type { PatternConcern } from '@shared/patterns/types';
import type { NotebookDb, StoredConcern } from './database';

/** How far the reading is: `done` of `total` months read, `concerns` read so far. */
export interface ReadProgress {
  done: number;
  total: number;
  concerns: number;
}

/**
 * The concerns of the `months` months ending with `period` (oldest first), in the office's time zone. Calls
 * `onProgress` after each month.
 */
export async function readPatternConcerns(
  db: NotebookDb,
  period: Month,
  months: number,
  timeZone: string,
  onProgress?: (progress: ReadProgress) => void,
): Promise<PatternConcern[]> {
  const window = monthsEnding(period, Math.max(1, months));
  const result: PatternConcern[] = [];
  for (const [index, month] of window.entries()) {
    const rows = await db.concerns.where('createdAt').between(monthStartIso(month, timeZone), monthEndIso(month, timeZone), true, false).toArray();
    for (const row of rows) if (row.mergedInto === undefined || row.mergedInto === null) result.push(toPatternConcern(row));
    onProgress?.({ done: index + 1, total: window.length, concerns: result.length });
  }
  return result;
}

/** How many concerns were logged in a month (through the index, without reading them): the empty state's question. */
export async function countConcernsInMonth(db: NotebookDb, month: Month, timeZone: string): Promise<number> {
  return db.concerns.where('createdAt').between(monthStartIso(month, timeZone), monthEndIso(month, timeZone), true, false).count();
}

/**
 * Calls `onChange` after any write to the desk's concerns (logged or changed here, arriving by sync, or made in
 * another tab): Dexie's storage-mutated event, which names the tables written without reading any row. Any
 * write, not only those of the window: a changed concern's creation time is not in the event (an update of the
 * status leaves the createdAt index as it was), and a re-run of an unchanged window gives the same analysis, so
 * the caller batches calls (useAnalysis waits for writes to settle). Returns the function that stops it.
 */
export function watchConcerns(db: NotebookDb, onChange: () => void): () => void {
  const prefix = `idb://${db.name}/concerns/`;
  const listener = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((part) => part.startsWith(prefix))) onChange();
  };
  Dexie.on.storagemutated.subscribe(listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}

/** The concerns behind a figure, newest first, and how many of the ids the desk no longer has (merged or deleted). */
export async function readConcernsByIds(db: NotebookDb, ids: readonly string[]): Promise<{ concerns: StoredConcern[]; missing: number }> {
  const rows = await db.concerns.bulkGet([...ids]);
  const concerns = rows.filter((row): row is StoredConcern => row !== undefined);
  concerns.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  return { concerns, missing: ids.length - concerns.length };
}
