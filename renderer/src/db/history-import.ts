/**
 * Importing an office's history into the desk's notebook (the import screen in settings): which rows are
 * already here, and the import itself, ALL of it in ONE transaction with its outbox entries, so a crash, a full
 * disk or a refusal leaves nothing partly imported.
 *
 * The import's mutations are queued upload-only (local-mutations.ts LocalRunOptions): their rows are made
 * from the file alone (importHistory's ids), so the server makes exactly the desk's rows and there is nothing
 * to undo or re-run when pages arrive. Re-running 50,000 concerns with every pulled page would stall sync.
 */
import type { HistoryRow } from '@shared/domain/history-import';
import { HISTORY_SOURCE_OF_NOTEBOOK, MAX_IMPORT_BATCH_ROWS, importBatches } from '@shared/sync/mutators/import';
import type { NotebookDb, WriteTables } from './database';
import { withLocalMutations, type MutationAuthor } from './local-mutations';
import { readOfficeRecord } from './office-record';

/** The source a desk imports history under: its office, or HISTORY_SOURCE_OF_NOTEBOOK on a desk with none. */
export async function historySourceOf(db: NotebookDb): Promise<string> {
  return (await readOfficeRecord(db))?.officeId ?? HISTORY_SOURCE_OF_NOTEBOOK;
}

type KnownTables = Pick<WriteTables, 'concerns' | 'concern_tombstones'>;

/** Which of these concern ids are in the notebook or were deleted from it (an import skips both). */
async function knownIds(tables: KnownTables, ids: readonly string[]): Promise<Set<string>> {
  // Keys only (no rows read), in one sorted index walk per table: fast for 50,000 ids.
  const present = await tables.concerns.where(':id').anyOf([...ids]).primaryKeys();
  const deleted = await tables.concern_tombstones.where(':id').anyOf([...ids]).primaryKeys();
  return new Set<string>([...present, ...deleted]);
}

/** How many of the concerns (by id) the notebook already has, or had and deleted. */
export async function countAlreadyImported(db: NotebookDb, ids: readonly string[]): Promise<number> {
  return (await knownIds(db, ids)).size;
}

/** Rows of the first batch: few, so the first progress shows at once; later batches are sized by time. */
const FIRST_BATCH_ROWS = 100;
/** Main-thread time aimed at per batch: the window is frozen while a batch runs, and a stall is felt past ~200 ms. */
const BATCH_BUDGET_MS = 80;
const MIN_BATCH_ROWS = 20;

/** The next batch's rows: as many as fit the budget at the last batch's pace, growing at most twofold. */
export function nextBatchSize(size: number, spentMs: number): number {
  const fitting = Math.floor((size * BATCH_BUDGET_MS) / Math.max(1, spentMs));
  return Math.max(MIN_BATCH_ROWS, Math.min(MAX_IMPORT_BATCH_ROWS, size * 2, fitting));
}

/** What an import did. */
export interface HistoryImportOutcome {
  /** Concerns added to the notebook. */
  readonly imported: number;
  /** Rows skipped because their concern was already here (or deleted). */
  readonly skipped: number;
}

/**
 * Imports checked rows (`ids[i]` is the concern id of `rows[i]`, from check-history) as `author`, in one
 * transaction; `onProgress(done, total)` is told after each batch. Throws, with nothing written, on any failure.
 * Batches are sized so each holds the main thread for about BATCH_BUDGET_MS (nextBatchSize): on a slow desk
 * they are smaller, so the window never freezes for long, whatever the file's size.
 */
export async function importHistoryRows(
  db: NotebookDb,
  author: MutationAuthor,
  source: string,
  rows: readonly HistoryRow[],
  ids: readonly string[],
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<HistoryImportOutcome> {
  return withLocalMutations(db, author, async (write) => {
    // Read inside the transaction, so another tab's import in between cannot make the counts wrong.
    const known = await knownIds(write.tables, ids);
    const fresh = rows.filter((_, i) => !known.has(ids[i] ?? ''));
    // The rest are neither here nor deleted: the mutator's own checks of them need not read them again, which
    // in a transaction holding thousands of writes costs more than the checks themselves.
    const freshIds = ids.filter((id) => !known.has(id));
    write.store.knownAbsent('concerns', freshIds);
    write.store.knownAbsent('concern_tombstones', freshIds);
    let done = 0;
    let size = FIRST_BATCH_ROWS;
    while (done < fresh.length) {
      const [batch] = importBatches(source, fresh.slice(done, done + size), size);
      if (batch === undefined) break;
      const started = performance.now();
      await write.run('importHistory', batch, { isUploadOnly: true });
      const spent = performance.now() - started;
      // Waiting for the batch's writes hands the main thread back to the window (it redraws, shows progress,
      // takes keys) while IndexedDB writes; the transaction stays open, as a request of it is still pending.
      await write.store.flush();
      done += batch.rows.length;
      onProgress(done, fresh.length);
      size = nextBatchSize(size, spent);
    }
    return { imported: fresh.length, skipped: rows.length - fresh.length };
  });
}
