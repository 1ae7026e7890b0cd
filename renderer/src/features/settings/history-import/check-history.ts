/**
 * Reading and checking an office's history file before anything is imported (shared/domain/history-import.ts
 * says what the file holds): the CSV is parsed with papaparse, the rows are checked with checkHistoryRecords
 * (channels the notebook knows), and a file with any problem yields every problem with its row number and no
 * rows. A good file yields its rows, the id each becomes, and what the preview shows.
 *
 * Row numbers are records: the header is row 1, a text with line breaks in quotes is one row, blank lines are
 * skipped. Runs in the import's worker (history-check.worker.ts), or inline where there is no Worker.
 */
import Papa from 'papaparse';
import { channelFromText, checkHistoryRecords, MAX_REPORTED_PROBLEMS, type HistoryProblem, type HistoryRow } from '@shared/domain/history-import';
import type { Channel } from '@shared/domain/concern';
import { importedConcernId } from '@shared/sync/mutators/import';

/** Largest file the import reads: well past the 200,000 rows of longest text a history holds in practice. */
export const MAX_HISTORY_FILE_BYTES = 200 * 1024 * 1024;

/** What a good file holds, for the preview. */
export interface HistoryPreview {
  readonly rows: number;
  /** First and last month of created_at (YYYY-MM, UTC) and how many months in between have rows. */
  readonly firstMonth: string;
  readonly lastMonth: string;
  readonly months: number;
  /** Categories and channels with their counts, most first; '' is a row without one. */
  readonly categories: readonly (readonly [string, number])[];
  readonly channels: readonly (readonly [Channel, number])[];
  readonly areas: number;
}

/** The outcome of checking a file: every problem, or the rows with their concern ids and the preview. */
export type HistoryFileCheck =
  | { readonly ok: false; readonly problems: readonly HistoryProblem[] }
  | { readonly ok: true; readonly rows: readonly HistoryRow[]; readonly ids: readonly string[]; readonly preview: HistoryPreview };

/** Counts of each key, most first, then by key. */
function tally<K extends string>(keys: Iterable<K>): (readonly [K, number])[] {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** What the preview says of checked rows (at least one). */
export function previewOf(rows: readonly HistoryRow[]): HistoryPreview {
  const months = rows.map((row) => row.created_at.slice(0, 7));
  const sorted = [...new Set(months)].sort();
  return {
    rows: rows.length,
    firstMonth: sorted[0] ?? '',
    lastMonth: sorted.at(-1) ?? '',
    months: sorted.length,
    categories: tally(rows.map((row) => row.category)),
    channels: tally(rows.map((row) => channelFromText(row.channel) ?? 'other')),
    areas: new Set(rows.map((row) => row.location.toLowerCase()).filter((area) => area !== '')).size,
  };
}

/** How many problems a file has in all: those listed, plus the "…and N more problems" past the list. */
export function problemCount(problems: readonly HistoryProblem[]): number {
  let count = 0;
  for (const problem of problems) {
    const more = problem.row === 0 ? /^…and (\d+) more problems$/.exec(problem.message) : null;
    count += more === null ? 1 : Number(more[1]);
  }
  return count;
}

type Progress = (fraction: number) => void;

function parseProblem(error: Papa.ParseError, rowNumber: number, fields: number): HistoryProblem | undefined {
  if (error.code === 'TooManyFields') {
    return { row: rowNumber, message: `has more values than the header has columns (${fields}): a text with commas must be in double quotes` };
  }
  if (error.code === 'MissingQuotes' || error.code === 'InvalidQuotes') {
    return { row: rowNumber, message: 'has a quoted text whose closing quote is missing, so what follows was read as part of it' };
  }
  // Missing trailing values are read as empty, and checkHistoryRecords says which column that leaves empty.
  return undefined;
}

/** Parses and checks a history file's text; `source` is the office the ids are made for (see importHistory). */
export function checkHistoryText(text: string, source: string, onProgress: Progress = () => undefined): HistoryFileCheck {
  const records: Record<string, unknown>[] = [];
  const parseProblems: HistoryProblem[] = [];
  const header: string[] = [];
  const every = Math.max(1, Math.round(text.length / 50));
  let nextReport = every;
  Papa.parse<Record<string, unknown>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    // Seen here too, as a file with a header and no rows never reaches step().
    transformHeader(name) {
      if (records.length === 0) header.push(name);
      return name;
    },
    step(results) {
      records.push(results.data);
      for (const error of results.errors) {
        const problem = parseProblem(error, records.length + 1, header.length);
        if (problem !== undefined && parseProblems.length < MAX_REPORTED_PROBLEMS) parseProblems.push(problem);
      }
      if (results.meta.cursor >= nextReport) {
        nextReport = results.meta.cursor + every;
        onProgress((0.8 * results.meta.cursor) / text.length);
      }
    },
  });
  if (header.length === 0 && records.length === 0) {
    return { ok: false, problems: [{ row: 0, message: 'The file is empty: a history file starts with a header row (id, created_at, text)' }] };
  }
  const checked = checkHistoryRecords(header, records, { channels: 'app' });
  onProgress(0.9);
  if (!checked.ok || parseProblems.length > 0) {
    const problems = [...parseProblems, ...(checked.ok ? [] : checked.problems)];
    // Problems of the file as a whole (row 0, and "…and N more") go last, the rest in row order.
    problems.sort((a, b) => (a.row === 0 ? 1 : 0) - (b.row === 0 ? 1 : 0) || a.row - b.row);
    return { ok: false, problems };
  }
  const ids = checked.rows.map((row) => importedConcernId(source, row.id, row.created_at));
  onProgress(1);
  return { ok: true, rows: checked.rows, ids, preview: previewOf(checked.rows) };
}

/** Reads a file's text and checks it (see above); a file past MAX_HISTORY_FILE_BYTES is refused unread. */
export async function checkHistoryFile(file: Blob, source: string, onProgress: (fraction: number) => void): Promise<HistoryFileCheck> {
  if (file.size > MAX_HISTORY_FILE_BYTES) {
    const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
    return { ok: false, problems: [{ row: 0, message: `The file is ${mb(file.size)} MB; at most ${mb(MAX_HISTORY_FILE_BYTES)} MB can be read at once` }] };
  }
  const text = await file.text();
  onProgress(0.05);
  return checkHistoryText(text, source, (fraction) => onProgress(0.05 + 0.95 * fraction));
}
