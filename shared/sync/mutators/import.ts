/**
 * importHistory: brings a batch of rows of an office's history file (shared/domain/history-import.ts) into the
 * notebook, each row logged as a concern the way logConcern logs one (history-concern.ts says how a row
 * becomes a concern: closed, created when the file says, by the person importing).
 *
 * Args: the office the history belongs to (its id; HISTORY_SOURCE_OF_NOTEBOOK on a desk with no office) and
 * up to MAX_IMPORT_BATCH_ROWS rows as checkHistoryRecords gives them. The rows are checked again here, so the
 * server refuses a bad row with the same words the import screen uses.
 *   { "source": "5f0c…", "rows": [{ "id": "A-1041", "created_at": "2026-03-04T09:30:00.000Z",
 *     "text": "The street light on Oak Lane has been out for a week", "category": "Streets",
 *     "channel": "phone", "location": "Northside" }] }
 *
 * Ids: a concern's id is a UUIDv7 whose time is the row's created_at and whose other bits are a SHA-256 of
 * (source, row id), and its "created" history entry's id is derived from the concern's. Importing the same
 * file again, on this desk or another, makes the same ids, and a row whose concern is already there (or was
 * deleted since) is skipped: an import never makes duplicates and never brings a deleted concern back.
 */
import { z } from 'zod';
import { concernFieldsOfHistoryRow } from '../../domain/history-concern';
import { HistoryRowSchema, channelFromText, type HistoryRow } from '../../domain/history-import';
import { sha256, utf8Bytes } from '../../lib/sha256';
import { uuidv7 } from '../../lib/uuidv7';
import { isoToUnixMs } from '../context';
import { defineMutator } from '../mutator';
import { MAX_ARGS_BYTES, argsBytes } from '../protocol';
import { bufferWrites } from '../write-buffer';
import { logConcern } from './concern';

/** Most rows one importHistory mutation carries. */
export const MAX_IMPORT_BATCH_ROWS = 500;
/** Most bytes of one batch's args: the protocol's limit for one mutation, less room for the envelope. */
export const MAX_IMPORT_BATCH_BYTES = MAX_ARGS_BYTES - 1024;
/** The source of a history imported on a desk that belongs to no office (a one-person notebook). */
export const HISTORY_SOURCE_OF_NOTEBOOK = 'notebook';
/** Most characters of a source. */
const MAX_SOURCE_LENGTH = 100;

function idFrom(key: string, createdAt: string): string {
  // Before 1970 (the file may go back to 1900) the id's time is 0: it only orders ids, the concern keeps its date.
  return uuidv7(Math.max(0, isoToUnixMs(createdAt)), sha256(utf8Bytes(key)));
}

/** The id of the concern a history row becomes: the same for the same office and row id, everywhere. */
export function importedConcernId(source: string, rowId: string, createdAt: string): string {
  return idFrom(`civic-notebook/history-import\u0000${source}\u0000${rowId}`, createdAt);
}

/** The id of an imported concern's "created" history entry, so two desks importing one file make one entry. */
export function importedHistoryEntryId(concernId: string, createdAt: string): string {
  return idFrom(`civic-notebook/history-import/created\u0000${concernId}`, createdAt);
}

/** Schema of importHistory's args: a source and a batch of checked rows with distinct ids and known channels. */
export const ImportHistoryArgsSchema = z
  .object({
    source: z.string().trim().min(1, 'Say which office the history is from').max(MAX_SOURCE_LENGTH),
    rows: z
      .array(HistoryRowSchema)
      .min(1, 'The import has no rows')
      .max(MAX_IMPORT_BATCH_ROWS, `An import sends at most ${MAX_IMPORT_BATCH_ROWS} rows at once`),
  })
  .superRefine(({ rows }, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (seen.has(row.id)) {
        ctx.addIssue({ code: 'custom', path: ['rows', index, 'id'], message: `id "${row.id}" is on two rows: each row needs its own id` });
      }
      seen.add(row.id);
      if (row.channel !== '' && channelFromText(row.channel) === null) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, 'channel'],
          message: `channel "${row.channel}" of row "${row.id}" is not one the notebook knows`,
        });
      }
    });
  });
/** importHistory's args as sent. */
export type ImportHistoryArgs = z.input<typeof ImportHistoryArgsSchema>;

/** Logs each row of a history batch as a closed concern, skipping those already there (see the header). */
export const importHistory = defineMutator({
  name: 'importHistory',
  args: ImportHistoryArgsSchema,
  async run(store, { source, rows }, ctx) {
    // Every concern is made and checked before the first write: a mutator writes all or nothing.
    const concerns = rows.map((row) => {
      const id = importedConcernId(source, row.id, row.created_at);
      return { id, at: row.created_at, args: logConcern.args.parse({ id, fields: concernFieldsOfHistoryRow(row) }) };
    });
    // The batch's rows are read a table at a time and written a table at a time (write-buffer.ts): one SQL
    // statement per table on the server, one IndexedDB request on the desk, instead of several per row.
    const buffer = bufferWrites(store);
    const ids = concerns.map(({ id }) => id);
    await buffer.prefetch('concerns', ids);
    await buffer.prefetch('concern_tombstones', ids);
    const fresh = [];
    for (const concern of concerns) {
      const isKnown = (await buffer.get('concerns', concern.id)) !== undefined || (await buffer.get('concern_tombstones', concern.id)) !== undefined;
      if (!isKnown) fresh.push(concern);
    }
    await buffer.prefetch('concern_history', fresh.map(({ id, at }) => importedHistoryEntryId(id, at)));
    for (const { id, at, args } of fresh) {
      // logConcern writes the row, its tags and its history entry, as for any concern; the context makes it
      // created when the history says, with the entry id every desk makes for it.
      await logConcern.run(buffer, args, { ...ctx, at, newId: () => importedHistoryEntryId(id, at) });
    }
    await buffer.flush();
  },
});

/**
 * Splits checked rows into importHistory args of at most `maxRows` (MAX_IMPORT_BATCH_ROWS at most) rows and
 * MAX_IMPORT_BATCH_BYTES, in the file's order, so every batch fits one mutation.
 */
export function importBatches(source: string, rows: readonly HistoryRow[], maxRows = MAX_IMPORT_BATCH_ROWS): ImportHistoryArgs[] {
  const most = Math.max(1, Math.min(MAX_IMPORT_BATCH_ROWS, Math.floor(maxRows)));
  const batches: ImportHistoryArgs[] = [];
  const empty = argsBytes({ source, rows: [] });
  let current: HistoryRow[] = [];
  let bytes = empty;
  for (const row of rows) {
    const size = argsBytes(row) + 1;
    if (current.length > 0 && (current.length >= most || bytes + size > MAX_IMPORT_BATCH_BYTES)) {
      batches.push({ source, rows: current });
      current = [];
      bytes = empty;
    }
    current.push(row);
    bytes += size;
  }
  if (current.length > 0) batches.push({ source, rows: current });
  return batches;
}
