/**
 * The history file an office brings: a CSV with one concern per row, read by `npm run analyze` and imported into
 * the app (settings). Columns, by header name in any order (other columns are ignored):
 *
 *   id          required: the concern's id in the office's old system, unique in the file
 *   created_at  required: when it was logged, ISO 8601: 2026-03-04, 2026-03-04T09:30:00Z or with an offset
 *               (+01:00). A date or a time without an offset is read as UTC
 *   text        required: what the citizen said
 *   category    optional: the office's category
 *   channel     optional: how it came in (phone, walk-in, email, web form, social media, meeting, letter, other;
 *               the usual spellings are understood)
 *   location    optional: the area or place it is about
 *
 * Example:
 *   id,created_at,text,category,channel,location
 *   A-1041,2026-03-04T09:30:00Z,"The street light on Oak Lane has been out for a week",Streets,phone,Northside
 *
 * Validation is all or nothing: every row is checked and every problem reported with its row number (the
 * header is row 1), and a file with any problem imports nothing.
 */
import { z } from 'zod';
import type { Channel } from './concern';
import { LIMITS } from './limits';
import { daysFromCivil, unixMsToIso } from './local-time';

/** The columns a history file must have. */
export const REQUIRED_HISTORY_COLUMNS = ['id', 'created_at', 'text'] as const;
/** The columns a history file may have besides the required ones. */
export const OPTIONAL_HISTORY_COLUMNS = ['category', 'channel', 'location'] as const;
/** Most rows one history file may hold. */
export const MAX_HISTORY_ROWS = 200_000;
/** Most characters of a row's id. */
export const MAX_HISTORY_ID_LENGTH = 100;
/** Most characters of a row's text: a summary and details together. */
export const MAX_HISTORY_TEXT_LENGTH = LIMITS.summary + LIMITS.details;
/** Most characters of a row's channel as written in the file. */
export const MAX_HISTORY_CHANNEL_LENGTH = 40;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function daysIn(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}

/**
 * The instant an ISO 8601 date or date-time names, as an ISO UTC timestamp with milliseconds, or null when it
 * is not one (a 30 February, a 25th hour and a garbled text are all null).
 */
export function parseHistoryTimestamp(text: string): string | null {
  const value = text.trim();
  const date = ISO_DATE.exec(value);
  const dateTime = date ? null : ISO_DATE_TIME.exec(value);
  const m = date ?? dateTime;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  const hour = dateTime ? Number(dateTime[4]) : 0;
  const minute = dateTime ? Number(dateTime[5]) : 0;
  const second = dateTime?.[6] === undefined ? 0 : Number(dateTime[6]);
  const millis = dateTime?.[7] === undefined ? 0 : Number(dateTime[7].slice(0, 3).padEnd(3, '0'));
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  const zone = dateTime?.[8];
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    const hours = Number(digits.slice(1, 3));
    const minutes = Number(digits.slice(3, 5));
    if (hours > 14 || minutes > 59) return null;
    offsetMinutes = (digits.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
  }
  if (year < 1900) return null;
  const ms = daysFromCivil(year, month, day) * 86_400_000 + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
  return unixMsToIso(ms);
}

const CHANNEL_WORDS: Readonly<Record<string, Channel>> = {
  phone: 'phone',
  telephone: 'phone',
  call: 'phone',
  'phone call': 'phone',
  voicemail: 'phone',
  'walk-in': 'walk-in',
  'walk in': 'walk-in',
  walkin: 'walk-in',
  counter: 'walk-in',
  'in person': 'walk-in',
  'in-person': 'walk-in',
  email: 'email',
  'e-mail': 'email',
  mail: 'letter',
  letter: 'letter',
  post: 'letter',
  fax: 'letter',
  'web-form': 'web-form',
  'web form': 'web-form',
  web: 'web-form',
  website: 'web-form',
  online: 'web-form',
  form: 'web-form',
  app: 'web-form',
  'social-media': 'social-media',
  'social media': 'social-media',
  social: 'social-media',
  facebook: 'social-media',
  twitter: 'social-media',
  x: 'social-media',
  instagram: 'social-media',
  meeting: 'meeting',
  'public meeting': 'meeting',
  event: 'meeting',
  other: 'other',
  referral: 'other',
};

/** The app's channel for a channel as a history file writes it ("Web", "Phone call", "e-mail"), or null. */
export function channelFromText(text: string): Channel | null {
  const key = text.trim().toLowerCase().replace(/[_\s]+/g, ' ');
  return CHANNEL_WORDS[key] ?? null;
}

/** Schema of one history row once read: trimmed text, created_at as an ISO UTC timestamp. */
export const HistoryRowSchema = z.object({
  id: z
    .string()
    .trim()
    .min(1, { error: 'id is empty' })
    .max(MAX_HISTORY_ID_LENGTH, { error: `id is longer than ${MAX_HISTORY_ID_LENGTH} characters` }),
  created_at: z.string().transform((value, ctx) => {
    const at = parseHistoryTimestamp(value);
    if (at === null) {
      ctx.addIssue({
        code: 'custom',
        message:
          value.trim() === ''
            ? 'created_at is empty'
            : `created_at "${value.trim().slice(0, 40)}" is not an ISO 8601 date or date-time, like 2026-03-04 or 2026-03-04T09:30:00Z`,
      });
      return z.NEVER;
    }
    return at;
  }),
  text: z
    .string()
    .trim()
    .min(1, { error: 'text is empty' })
    .max(MAX_HISTORY_TEXT_LENGTH, { error: `text is longer than ${MAX_HISTORY_TEXT_LENGTH} characters` }),
  category: z
    .string()
    .trim()
    .max(LIMITS.category, { error: `category is longer than ${LIMITS.category} characters` })
    .default(''),
  channel: z
    .string()
    .trim()
    .max(MAX_HISTORY_CHANNEL_LENGTH, { error: `channel is longer than ${MAX_HISTORY_CHANNEL_LENGTH} characters` })
    .default(''),
  location: z
    .string()
    .trim()
    .max(LIMITS.area, { error: `location is longer than ${LIMITS.area} characters` })
    .default(''),
});
/** One row of a history file, read and checked. */
export type HistoryRow = z.infer<typeof HistoryRowSchema>;

/** A problem with a history file: its row number (1 is the header; 0 for the file as a whole) and what is wrong. */
export interface HistoryProblem {
  row: number;
  message: string;
}

/** The result of checking a history file's records. */
export type HistoryCheck = { ok: true; rows: HistoryRow[] } | { ok: false; problems: HistoryProblem[] };

/** Most problems reported for one file: past it, the report says how many more there were. */
export const MAX_REPORTED_PROBLEMS = 200;

/**
 * Checks a history file's header and records (as a CSV parser gives them: one object per data row, keyed by
 * header name). `options.channels: 'app'` also requires each channel to be one the app knows
 * (channelFromText), as the import into the app does; the command line takes any channel text.
 */
export function checkHistoryRecords(
  header: readonly string[],
  records: readonly Readonly<Record<string, unknown>>[],
  options: { channels: 'any' | 'app' } = { channels: 'any' },
): HistoryCheck {
  const columns = new Set(header.map((h) => h.trim().toLowerCase()));
  const missing = REQUIRED_HISTORY_COLUMNS.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [
        {
          row: 1,
          message: `The header has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}: a history file needs id, created_at and text (and may have category, channel, location)`,
        },
      ],
    };
  }
  if (records.length === 0) return { ok: false, problems: [{ row: 0, message: 'The file has a header but no rows' }] };
  if (records.length > MAX_HISTORY_ROWS) {
    return { ok: false, problems: [{ row: 0, message: `The file has ${records.length} rows; at most ${MAX_HISTORY_ROWS} can be read at once` }] };
  }
  const problems: HistoryProblem[] = [];
  let more = 0;
  const report = (row: number, message: string) => {
    if (problems.length < MAX_REPORTED_PROBLEMS) problems.push({ row, message });
    else more += 1;
  };
  const rows: HistoryRow[] = [];
  const firstRowOfId = new Map<string, number>();
  records.forEach((record, index) => {
    const rowNumber = index + 2;
    const normalized: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) normalized[key.trim().toLowerCase()] = value ?? '';
    const parsed = HistoryRowSchema.safeParse(normalized);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(rowNumber, issue.message);
      return;
    }
    const row = parsed.data;
    const earlier = firstRowOfId.get(row.id);
    if (earlier !== undefined) {
      report(rowNumber, `id "${row.id}" is also on row ${earlier}: each row needs its own id`);
      return;
    }
    firstRowOfId.set(row.id, rowNumber);
    if (options.channels === 'app' && row.channel !== '' && channelFromText(row.channel) === null) {
      report(
        rowNumber,
        `channel "${row.channel}" is not one the notebook knows: use phone, walk-in, email, web form, social media, meeting, letter or other`,
      );
      return;
    }
    rows.push(row);
  });
  if (more > 0) problems.push({ row: 0, message: `…and ${more} more problems` });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
