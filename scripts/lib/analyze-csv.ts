/**
 * Reading a history CSV for `npm run analyze`: papaparse for the CSV itself (a header row, a byte order mark,
 * quoted fields with commas and line breaks), checkHistoryRecords for the rows (shared/domain/history-import.ts:
 * all or nothing, every problem with its row number, row 1 being the header), then the pattern engine's input.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { channelFromText, checkHistoryRecords, type HistoryProblem, type HistoryRow } from '../../shared/domain/history-import';
import type { PatternConcern } from '../../shared/patterns/types';

/** A file that cannot be read at all (missing, a folder, unreadable): the message says which and why. */
export class HistoryFileError extends Error {
  override readonly name = 'HistoryFileError';
}

/** The file's text; throws a HistoryFileError naming the file and the reason it cannot be read. */
export function readHistoryText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'EACCES' || code === 'EPERM'
            ? 'this user may not read it'
            : (error as Error).message;
    throw new HistoryFileError(`Cannot read ${file}: ${reason}`);
  }
}

/** The rows of a history CSV's text, checked; or every problem found, with row numbers. */
export function parseHistoryCsv(text: string): { ok: true; rows: HistoryRow[] } | { ok: false; problems: HistoryProblem[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problems: [{ row: 0, message: 'The file is empty: it needs a header row (id,created_at,text) and rows' }] };
  if (body.includes('\u0000')) return { ok: false, problems: [{ row: 0, message: 'The file is not text (it holds binary data): save the history as CSV' }] };
  const parsed = Papa.parse<Record<string, string>>(body, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
    delimitersToGuess: [',', ';', '\t'],
  });
  const problems: HistoryProblem[] = [];
  for (const error of parsed.errors) {
    // One column only is not an error of the CSV: the header check below says which columns are missing.
    if (error.code === 'UndetectableDelimiter') continue;
    const row = error.row === undefined ? 0 : error.row + 2;
    problems.push({ row, message: csvProblem(error) });
  }
  if (problems.length > 0) return { ok: false, problems };
  const check = checkHistoryRecords(parsed.meta.fields ?? [], parsed.data, { channels: 'any' });
  return check.ok ? { ok: true, rows: check.rows } : { ok: false, problems: check.problems };
}

function csvProblem(error: Papa.ParseError): string {
  switch (error.code) {
    case 'MissingQuotes':
      return 'a quoted field is never closed: check for a stray " in this row';
    case 'InvalidQuotes':
      return 'a quote " appears inside a field that is not quoted: quote the field and double the quote ("")';
    case 'TooFewFields':
    case 'TooManyFields':
      return `${error.message.replace(/\.$/, '')}: each row needs as many fields as the header has columns`;
    default:
      return error.message;
  }
}

/**
 * The pattern engine's input for a checked row: a past concern with no contact and no address. A history file
 * has no contact columns, so a citizen's name is known only by its cue ("I'm Aisha Reid"): the engine takes no
 * word redaction would remove (shared/patterns/features.ts wordRuns) and redacts its quotes, so the text goes in
 * as written and street names stay terms.
 */
export function historyRowToConcern(row: HistoryRow): PatternConcern {
  return {
    id: row.id,
    createdAt: row.created_at,
    text: row.text,
    category: row.category,
    // "Phone call" and "phone" are one channel; a channel the app does not know is kept as written.
    channel: row.channel === '' ? '' : (channelFromText(row.channel) ?? row.channel.toLowerCase()),
    area: row.location,
    address: '',
    tags: [],
    priority: 'normal',
    status: 'closed',
    firstResponseAt: null,
    raisedCount: 1,
    contactKey: '',
    personal: [],
  };
}
