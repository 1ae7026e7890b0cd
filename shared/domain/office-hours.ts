/**
 * Office hours: when the office is open, in its own time zone, and the arithmetic of open time that the response
 * clocks run on. Instants are Unix milliseconds; local times are converted with Intl offsets (no Date in shared/).
 *
 * Example: { timeZone: 'Europe/Berlin',
 *   week: { mon: [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:00' }], ..., sat: [], sun: [] },
 *   holidays: [{ date: '2025-12-25', name: 'Christmas Day', yearly: true }] }
 *
 * An interval is open from its start up to, not including, its end ('24:00' is the next midnight). Where the
 * clocks change: a time they skip (02:30 on a spring-forward night) happens when they jump, at 03:00; a time they
 * show twice (02:30 on a fall-back night) happens the first time. Open time is real elapsed time, so an office
 * open round the clock has a 23- or a 25-hour day.
 */
import { z } from 'zod';
import { IsoDateSchema } from './concern';
import { instantOfWallClock, isoDateOfDay, localTimeOf } from './local-time';

export { localTimeOf, unixMsToIso, type LocalTime } from './local-time';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Longest run of closed days searched before giving up on a schedule (a year of holidays on the only open day). */
const MAX_CLOSED_DAYS = 3660;

/** Weekday keys of the schedule, in the order of Intl and of a day number's weekday (0 = Sunday). */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
/** A weekday key. */
export type Weekday = (typeof WEEKDAYS)[number];

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Schema of an opening time, HH:MM on a 24-hour clock. */
export const OpeningTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM, like 09:00');
/** Schema of a closing time, HH:MM on a 24-hour clock; 24:00 closes at midnight. */
export const ClosingTimeSchema = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Enter a time as HH:MM, like 17:00 (24:00 for midnight)');

/** Schema of one open interval of a day. */
export const OpenIntervalSchema = z
  .object({ start: OpeningTimeSchema, end: ClosingTimeSchema })
  .superRefine(({ start, end }, ctx) => {
    if (minutesOf(end) <= minutesOf(start)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `Closing at ${end} is not after opening at ${start}: hours past midnight go on the next day, from 00:00`,
      });
    }
  });
/** One open interval of a day. */
export type OpenInterval = z.infer<typeof OpenIntervalSchema>;

/** Schema of a day's open intervals, in any order; none means closed all day. */
export const DayHoursSchema = z
  .array(OpenIntervalSchema)
  .max(12, 'A day can have at most 12 open intervals')
  .superRefine((intervals, ctx) => {
    const sorted = intervals.map((interval, index) => ({ ...interval, index })).sort((a, b) => a.start.localeCompare(b.start));
    sorted.forEach((later, i) => {
      const earlier = sorted[i - 1];
      if (earlier !== undefined && later.start < earlier.end) {
        ctx.addIssue({
          code: 'custom',
          path: [later.index],
          message: `${later.start}–${later.end} overlaps ${earlier.start}–${earlier.end}`,
        });
      }
    });
  });

/** Schema of the weekly schedule. */
export const WeekHoursSchema = z
  .object({
    mon: DayHoursSchema,
    tue: DayHoursSchema,
    wed: DayHoursSchema,
    thu: DayHoursSchema,
    fri: DayHoursSchema,
    sat: DayHoursSchema,
    sun: DayHoursSchema,
  })
  .refine((week) => WEEKDAYS.some((day) => week[day].length > 0), {
    message: 'The office must be open at some time in the week',
  });
/** The weekly schedule. */
export type WeekHours = z.infer<typeof WeekHoursSchema>;

/** Schema of a holiday: a closed date, or every year on that month and day when yearly (29 Feb: leap years). */
export const HolidaySchema = z.object({
  date: IsoDateSchema,
  name: z.string().trim().max(80, 'A holiday name can be at most 80 characters'),
  yearly: z.boolean(),
});
/** A holiday. */
export type Holiday = z.infer<typeof HolidaySchema>;

/** Schema of the holiday list. */
export const HolidaysSchema = z
  .array(HolidaySchema)
  .max(400, 'Keep the holiday list under 400 entries')
  .superRefine((holidays, ctx) => {
    const seen = new Set<string>();
    holidays.forEach(({ date }, index) => {
      if (seen.has(date)) ctx.addIssue({ code: 'custom', path: [index, 'date'], message: `${date} is listed twice` });
      seen.add(date);
    });
  });

/** True when Intl knows the IANA time zone (or UTC offset) name. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.trim() !== '';
  } catch {
    return false;
  }
}

/** Schema of the office's time zone, an IANA name like Europe/Berlin. */
export const TimeZoneSchema = z.string().superRefine((name, ctx) => {
  if (!isTimeZone(name)) {
    ctx.addIssue({
      code: 'custom',
      message: `Unknown time zone "${name}": use a name like Europe/Berlin or America/New_York`,
    });
  }
});

/** Schema of the office hours: time zone, weekly schedule, holidays. */
export const OfficeHoursSchema = z.object({ timeZone: TimeZoneSchema, week: WeekHoursSchema, holidays: HolidaysSchema });
/** The office hours. Treat a parsed value as immutable: the open spans of each day are memoised per object. */
export type OfficeHours = z.infer<typeof OfficeHoursSchema>;

/** One open stretch of a local date, as instants: from start up to, not including, end. */
export interface OpenSpan {
  readonly dayNumber: number;
  readonly start: number;
  readonly end: number;
}

interface Calendar {
  readonly closedDates: ReadonlySet<string>;
  readonly closedYearly: ReadonlySet<string>;
  readonly spans: Map<number, readonly OpenSpan[]>;
}

// Memoised per policy object: a list of overdue concerns asks for the same days again and again.
const calendars = new WeakMap<OfficeHours, Calendar>();

function calendarOf(hours: OfficeHours): Calendar {
  let calendar = calendars.get(hours);
  if (calendar === undefined) {
    calendar = {
      closedDates: new Set(hours.holidays.map((h) => h.date)),
      closedYearly: new Set(hours.holidays.filter((h) => h.yearly).map((h) => h.date.slice(5))),
      spans: new Map(),
    };
    calendars.set(hours, calendar);
  }
  return calendar;
}

/** The open spans of a local date (days since 1970-01-01), in order; none on a holiday or a closed weekday. */
export function openSpansOn(dayNumber: number, hours: OfficeHours): readonly OpenSpan[] {
  const calendar = calendarOf(hours);
  const known = calendar.spans.get(dayNumber);
  if (known !== undefined) return known;
  const date = isoDateOfDay(dayNumber);
  const isHoliday = calendar.closedDates.has(date) || calendar.closedYearly.has(date.slice(5));
  const weekday = WEEKDAYS[(((dayNumber + 4) % 7) + 7) % 7] ?? 'sun';
  const intervals = isHoliday ? [] : [...hours.week[weekday]].sort((a, b) => a.start.localeCompare(b.start));
  const spans: OpenSpan[] = [];
  for (const { start, end } of intervals) {
    const from = instantOfWallClock(dayNumber * DAY + minutesOf(start) * MINUTE, hours.timeZone);
    const to = instantOfWallClock(dayNumber * DAY + minutesOf(end) * MINUTE, hours.timeZone);
    const last = spans.at(-1);
    // Touching intervals (09:00-12:00, 12:00-17:00) are one span: 12:00 is no closing.
    if (last !== undefined && last.end >= from) spans[spans.length - 1] = { ...last, end: Math.max(last.end, to) };
    else if (to > from) spans.push({ dayNumber, start: from, end: to });
  }
  if (calendar.spans.size > 20_000) calendar.spans.clear();
  calendar.spans.set(dayNumber, spans);
  return spans;
}

/** The open spans that end after an instant, in order, without end; throws if the office never opens again. */
export function* openSpansFrom(instant: number, hours: OfficeHours): Generator<OpenSpan, never> {
  // From the day before: after a fall-back at midnight, the previous date's hours can still be running.
  let dayNumber = localTimeOf(instant, hours.timeZone).dayNumber - 1;
  let lastOpenDay = dayNumber;
  for (;;) {
    const spans = openSpansOn(dayNumber, hours);
    if (spans.length > 0) lastOpenDay = dayNumber;
    else if (dayNumber - lastOpenDay > MAX_CLOSED_DAYS) {
      throw new RangeError('The office is not open on any day for ten years: check its hours and holidays');
    }
    for (const span of spans) if (span.end > instant) yield span;
    dayNumber += 1;
  }
}

/** The first local date after the given one on which the office is open. */
export function nextOpenDay(dayNumber: number, hours: OfficeHours): number {
  for (let next = dayNumber + 1; next - dayNumber <= MAX_CLOSED_DAYS; next += 1) {
    if (openSpansOn(next, hours).length > 0) return next;
  }
  throw new RangeError('The office is not open on any day for ten years: check its hours and holidays');
}

/** The first open span that ends after an instant: the one running at it, or the next. */
export function nextOpenSpan(instant: number, hours: OfficeHours): OpenSpan {
  return openSpansFrom(instant, hours).next().value;
}

/** True when the office is open at an instant (an opening is open, a closing is not). */
export function isOpenAt(instant: number, hours: OfficeHours): boolean {
  return nextOpenSpan(instant, hours).start <= instant;
}

/** The earliest instant by which the office has been open for a given time since an instant (the instant if 0). */
export function addOpenTime(instant: number, openMs: number, hours: OfficeHours): number {
  let left = openMs;
  if (left <= 0) return instant;
  const spans = openSpansFrom(instant, hours);
  for (;;) {
    const span = spans.next().value;
    const from = Math.max(span.start, instant);
    if (left <= span.end - from) return from + left;
    left -= span.end - from;
  }
}

/** How long the office is open between two instants (0 if the second is not later). */
export function openTimeBetween(from: number, to: number, hours: OfficeHours): number {
  let total = 0;
  if (to <= from) return total;
  const spans = openSpansFrom(from, hours);
  for (;;) {
    const span = spans.next().value;
    if (span.start >= to) return total;
    total += Math.min(span.end, to) - Math.max(span.start, from);
  }
}
