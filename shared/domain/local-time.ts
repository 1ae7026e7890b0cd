/**
 * Local time without Date: the civil calendar as day numbers (days since 1970-01-01), a time zone's wall clock
 * at an instant (from Intl offsets), and back from a wall-clock time to the instant it happens. Instants are Unix
 * milliseconds. Where the clocks change, a skipped time happens when they jump, and a time shown twice happens
 * the first time (office-hours.ts relies on both).
 */
const MINUTE = 60_000;
const DAY = 86_400_000;

// Civil calendar <-> days since 1970-01-01 (H. Hinnant's algorithms), exact for the proleptic Gregorian calendar.
/** Days since 1970-01-01 of a civil date (month 1-12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z0 = days + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The local date (YYYY-MM-DD) of a day number (days since 1970-01-01). */
export function isoDateOfDay(dayNumber: number): string {
  const { year, month, day } = civilFromDays(dayNumber);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The ISO 8601 UTC timestamp with milliseconds of an instant (what Date.prototype.toISOString writes). */
export function unixMsToIso(ms: number): string {
  const days = Math.floor(ms / DAY);
  const { year, month, day } = civilFromDays(days);
  const rest = ms - days * DAY;
  const time = `${pad(Math.floor(rest / 3_600_000))}:${pad(Math.floor(rest / MINUTE) % 60)}:${pad(Math.floor(rest / 1000) % 60)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${time}.${pad(rest % 1000, 3)}Z`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

// The office's wall clock at an instant, as milliseconds since 1970-01-01 00:00 of that clock.
function wallClockMs(instant: number, zone: string): number {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    // h23, not hour12: false, which writes midnight as 24 in some engines.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  const f: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatter.formatToParts(instant)) f[part.type] = Number(part.value);
  const days = daysFromCivil(f.year ?? 1970, f.month ?? 1, f.day ?? 1);
  const subSecond = ((instant % 1000) + 1000) % 1000;
  return ((days * 24 + (f.hour ?? 0)) * 60 + (f.minute ?? 0)) * MINUTE + (f.second ?? 0) * 1000 + subSecond;
}

const offsetAt = (instant: number, zone: string): number => wallClockMs(instant, zone) - instant;

/** The instant the office's clock first shows a wall-clock time, or, if the clocks skip it, the moment they jump. */
export function instantOfWallClock(wall: number, zone: string): number {
  // At most one change of offset within a day either side, which holds for every zone in use today.
  const before = offsetAt(wall - DAY, zone);
  const after = offsetAt(wall + DAY, zone);
  const shown = [wall - before, wall - after].filter((instant) => wallClockMs(instant, zone) === wall);
  if (shown.length > 0) return Math.min(...shown);
  // Skipped: the jump lies between the two readings; find it to the second (changes happen on whole seconds).
  let lo = wall - Math.max(before, after);
  let hi = wall - Math.min(before, after);
  const loOffset = offsetAt(lo, zone);
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (offsetAt(mid, zone) === loOffset) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The office's local calendar and clock at an instant. */
export interface LocalTime {
  /** Days since 1970-01-01 of the local date. */
  readonly dayNumber: number;
  /** 0 = Sunday ... 6 = Saturday. */
  readonly weekday: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

/** The local date and time an instant shows in a time zone. */
export function localTimeOf(instant: number, zone: string): LocalTime {
  const wall = wallClockMs(instant, zone);
  const dayNumber = Math.floor(wall / DAY);
  const minuteOfDay = Math.floor((wall - dayNumber * DAY) / MINUTE);
  return {
    dayNumber,
    weekday: (((dayNumber + 4) % 7) + 7) % 7,
    ...civilFromDays(dayNumber),
    hour: Math.floor(minuteOfDay / 60),
    minute: minuteOfDay % 60,
  };
}
