/**
 * Calendar months in the office's time zone, as the meeting counts them: a concern logged at 23:30 on 31 March
 * in Berlin (21:30 UTC) belongs to March, one logged at 00:30 on 1 April there (22:30 UTC on 31 March) to April.
 * Months are "YYYY-MM" strings (MonthSchema), which sort as text in time order.
 *
 * Example: monthOf('2026-03-31T22:30:00.000Z', 'Europe/Berlin') -> '2026-04'; monthsEnding('2026-02', 3) ->
 * ['2025-12', '2026-01', '2026-02'].
 *
 * The engine places 100,000 concerns in months on every run, so monthOf does not ask Intl for each one: it keeps
 * each zone's month boundaries (two Intl look-ups per month, computed once) and compares instants with them.
 */
import type { Month } from '../domain/meeting';
import { daysFromCivil, instantOfWallClock, localTimeOf, unixMsToIso } from '../domain/local-time';
import { isoToUnixMs } from '../sync/context';

const DAY = 86_400_000;
const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The year and month (1-12) of a month; throws a RangeError for a string that is not "YYYY-MM". */
export function monthParts(month: Month): { year: number; month: number } {
  const m = MONTH_PATTERN.exec(month);
  if (m === null) throw new RangeError(`Expected a month as YYYY-MM, like 2026-11, got "${month}"`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

/** The month of a year and a month number (1-12). */
export function monthFromParts(year: number, month: number): Month {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Whether a string is a month "YYYY-MM" (a real month number, a four-digit year). */
export function isMonth(text: string): boolean {
  return MONTH_PATTERN.test(text);
}

/** The month after a month. */
export function nextMonth(m: Month): Month {
  const { year, month } = monthParts(m);
  return month === 12 ? monthFromParts(year + 1, 1) : monthFromParts(year, month + 1);
}

/** The month before a month. */
export function previousMonth(m: Month): Month {
  const { year, month } = monthParts(m);
  return month === 1 ? monthFromParts(year - 1, 12) : monthFromParts(year, month - 1);
}

/** How many months from `from` to `to` (0 for the same month, negative when `to` is earlier). */
export function monthsBetween(from: Month, to: Month): number {
  const a = monthParts(from);
  const b = monthParts(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** The `count` months that end with `period`, oldest first (the period last); [] when count is 0 or less. */
export function monthsEnding(period: Month, count: number): Month[] {
  const months: Month[] = [];
  let m = period;
  for (let i = 0; i < count; i += 1) {
    months.push(m);
    m = previousMonth(m);
  }
  return months.reverse();
}

interface Span {
  start: number;
  end: number;
}

// Month boundaries per zone, filled as months are met: a year of history is a dozen entries per zone.
const spansByZone = new Map<string, Map<Month, Span>>();

function startOf(year: number, month: number, timeZone: string): number {
  return instantOfWallClock(daysFromCivil(year, month, 1) * DAY, timeZone);
}

function spanOf(month: Month, timeZone: string): Span {
  let spans = spansByZone.get(timeZone);
  if (spans === undefined) {
    spans = new Map();
    spansByZone.set(timeZone, spans);
  }
  let span = spans.get(month);
  if (span === undefined) {
    const { year, month: n } = monthParts(month);
    const next = monthParts(nextMonth(month));
    span = { start: startOf(year, n, timeZone), end: startOf(next.year, next.month, timeZone) };
    spans.set(month, span);
  }
  return span;
}

/**
 * The first instant of a month in a time zone and the first instant of the next (its end, excluded), as Unix
 * milliseconds. Throws a RangeError for an unknown zone.
 */
export function monthSpan(month: Month, timeZone: string): { start: number; end: number } {
  const { start, end } = spanOf(month, timeZone);
  return { start, end };
}

/** The first instant of a month in a time zone, as an ISO 8601 UTC timestamp. */
export function monthStartIso(month: Month, timeZone: string): string {
  return unixMsToIso(spanOf(month, timeZone).start);
}

/** The first instant after a month in a time zone (midnight starting the next month), as an ISO 8601 UTC timestamp. */
export function monthEndIso(month: Month, timeZone: string): string {
  return unixMsToIso(spanOf(month, timeZone).end);
}

/** The office-local month of an instant given in Unix milliseconds. */
export function monthOfMs(ms: number, timeZone: string): Month {
  // Offsets stay within a day, so the local month is the UTC month or one either side of it.
  const utc = localTimeOf(ms, 'UTC');
  const guess = monthFromParts(utc.year, utc.month);
  const span = spanOf(guess, timeZone);
  if (ms < span.start) return previousMonth(guess);
  if (ms >= span.end) return nextMonth(guess);
  return guess;
}

const ISO_UTC_MONTH = /^(\d{4})-(\d{2})-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The office-local month of an ISO 8601 UTC timestamp with milliseconds (what concerns store). Throws a
 * RangeError for a malformed timestamp or an unknown time zone.
 */
export function monthOf(iso: string, timeZone: string): Month {
  const m = ISO_UTC_MONTH.exec(iso);
  if (m === null) return monthOfMs(isoToUnixMs(iso), timeZone);
  // The common case without a calendar conversion: the UTC month comes straight from the text.
  const guess = `${m[1]}-${m[2]}`;
  const ms = isoToUnixMs(iso);
  const span = spanOf(guess, timeZone);
  if (ms < span.start) return previousMonth(guess);
  if (ms >= span.end) return nextMonth(guess);
  return guess;
}

// "YYYY-MM-DDTHH:MM:SS.mmmZ": where each digit sits, and the separators between them.
const DIGIT_AT = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22];
const SEPARATOR_AT: readonly (readonly [number, number])[] = [[4, 45], [7, 45], [10, 84], [13, 58], [16, 58], [19, 46], [23, 90]];

/** isoToUnixMs for the form concerns store, read digit by digit (no expression, no arrays); NaN for any other form. */
function storedIsoMs(iso: string): number {
  if (iso.length !== 24) return NaN;
  for (const [at, code] of SEPARATOR_AT) if (iso.charCodeAt(at) !== code) return NaN;
  for (const at of DIGIT_AT) {
    const c = iso.charCodeAt(at);
    if (c < 48 || c > 57) return NaN;
  }
  const n = (from: number, to: number): number => {
    let v = 0;
    for (let i = from; i < to; i += 1) v = v * 10 + iso.charCodeAt(i) - 48;
    return v;
  };
  const days = daysFromCivil(n(0, 4), n(5, 7), n(8, 10));
  return ((days * 24 + n(11, 13)) * 60 + n(14, 16)) * 60_000 + n(17, 19) * 1000 + n(20, 23);
}

/**
 * A function giving each timestamp's index in `months` (consecutive, oldest first) in the zone, or -1 outside
 * them: monthOf's answer, found by comparing the instant with the months' boundaries, so 100,000 concerns are
 * placed without a regular expression or a month string each. Throws a RangeError for a malformed timestamp, as
 * monthOf does.
 */
export function monthIndexer(months: readonly Month[], timeZone: string): (iso: string) => number {
  const spans = months.map((m) => spanOf(m, timeZone));
  const isContiguous = spans.every((span, i) => i === 0 || spans[i - 1]?.end === span.start);
  const slow = (iso: string): number => months.indexOf(monthOf(iso, timeZone));
  const first = spans[0];
  const last = spans.at(-1);
  if (!isContiguous || first === undefined || last === undefined) return slow;
  return (iso) => {
    const ms = storedIsoMs(iso);
    if (Number.isNaN(ms)) return slow(iso);
    if (ms < first.start || ms >= last.end) return -1;
    let i = spans.length - 1;
    while (ms < (spans[i]?.start ?? -Infinity)) i -= 1;
    return i;
  };
}

/** The last month that has ended at `nowIso` in the office's zone: the meeting's default period. */
export function lastCompleteMonth(nowIso: string, timeZone: string): Month {
  return previousMonth(monthOf(nowIso, timeZone));
}

/** The months' names in English, January first (the app's words, like the message catalogue's). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A month in plain English words, "March 2026", for labels and explanations. */
export function monthName(month: Month): string {
  const { year, month: n } = monthParts(month);
  return `${MONTH_NAMES[n - 1] ?? ''} ${year}`;
}
