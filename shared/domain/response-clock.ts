/**
 * First-response clocks: when the first answer to a concern is due, and how its clock stands. The office sets a
 * target per priority; logging a response to the citizen or acknowledging stops the clock.
 *
 * What a target means (office hours and local times as in office-hours.ts):
 * - 'hours': real elapsed time from logging, day or night, across clock changes (top priority: citizens expect
 *   an answer within the hour, whatever the day).
 * - 'business-hours': that much open time, counted only while the office is open, from logging (or the next
 *   opening when logged while closed).
 * - 'business-days': the same point of the N-th following business day (a date with open hours that is no
 *   holiday). The point is how much of its day's open time has passed: Tuesday 15:00 in a 09:00-17:00 office is
 *   6 h in, so one business day later is Wednesday 15:00; a day open for less (a short Friday) ends the clock at
 *   its closing. A concern logged while closed starts at the next opening, 0 h in. Open time is real time, so
 *   only an office open across a clock change sees the point move on the clock (15 h into a Saturday is 16:00 on
 *   a spring-forward Sunday for an office open round the clock); offices with daytime hours keep the same time.
 * - Due is the earliest instant with the target's open time behind it: a target that runs out with the day is due
 *   at the closing (Tuesday 17:00 for one business day from Tuesday 09:00 or Monday evening), not at the next
 *   opening, and one that runs out at the start of lunch is due when lunch starts.
 * - Time left and time overdue are real time for 'hours' targets and open time for business targets.
 *
 * Example: dueAt('2025-03-11T14:00:00.000Z', 'high', defaultResponsePolicy('Europe/Berlin'))
 *   -> '2025-03-12T14:00:00.000Z' (logged Tuesday 15:00 in Berlin, due Wednesday 15:00).
 */
import { z } from 'zod';
import { reviewStateOf, type Concern, type Priority } from './concern';
import {
  addOpenTime,
  isOpenAt,
  localTimeOf,
  nextOpenDay,
  nextOpenSpan,
  OfficeHoursSchema,
  openSpansOn,
  openTimeBetween,
  unixMsToIso,
  type OfficeHours,
  type OpenSpan,
} from './office-hours';
import { isoToUnixMs } from '../sync/context';

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** Units a response target can be given in. */
export const TARGET_UNITS = ['hours', 'business-hours', 'business-days'] as const;
/** A unit of a response target. */
export type TargetUnit = (typeof TARGET_UNITS)[number];

const MAX_AMOUNT: Record<TargetUnit, number> = { hours: 720, 'business-hours': 2000, 'business-days': 250 };

/** Schema of a response target: an amount of a unit. */
export const ResponseTargetSchema = z
  .object({ unit: z.enum(TARGET_UNITS, 'Choose hours, business hours or business days'), amount: z.number() })
  .superRefine(({ unit, amount }, ctx) => {
    const problem =
      !Number.isFinite(amount) || amount <= 0
        ? 'A response target must be more than zero'
        : unit === 'business-days' && !Number.isInteger(amount)
          ? 'Give business days as a whole number, like 5'
          : amount > MAX_AMOUNT[unit]
            ? `A response target can be at most ${MAX_AMOUNT[unit]} ${unit.replace('-', ' ')}`
            : undefined;
    if (problem !== undefined) ctx.addIssue({ code: 'custom', path: ['amount'], message: problem });
  });
/** A response target. */
export type ResponseTarget = z.infer<typeof ResponseTargetSchema>;

/** Schema of the office's response policy: its hours and a first-response target per priority. */
export const ResponsePolicySchema = OfficeHoursSchema.extend({
  targets: z.object({ normal: ResponseTargetSchema, high: ResponseTargetSchema, top: ResponseTargetSchema }),
});
/** The office's response policy. Treat a parsed value as immutable (open spans are memoised per object). */
export type ResponsePolicy = z.infer<typeof ResponsePolicySchema>;

const weekdayHours = [{ start: '09:00', end: '17:00' }];

/** The policy an office starts with: Monday to Friday 09:00-17:00, no holidays, top 1 hour, high 1 business day,
 * normal 5 business days. Its zone is UTC: use defaultResponsePolicy with the office's zone instead. */
export const DEFAULT_RESPONSE_POLICY: ResponsePolicy = {
  timeZone: 'UTC',
  week: { mon: weekdayHours, tue: weekdayHours, wed: weekdayHours, thu: weekdayHours, fri: weekdayHours, sat: [], sun: [] },
  holidays: [],
  targets: {
    top: { unit: 'hours', amount: 1 },
    high: { unit: 'business-days', amount: 1 },
    normal: { unit: 'business-days', amount: 5 },
  },
};

/** The default policy in the office's time zone (the desk supplies it); throws a ZodError for an unknown zone. */
export function defaultResponsePolicy(timeZone: string): ResponsePolicy {
  return ResponsePolicySchema.parse({ ...DEFAULT_RESPONSE_POLICY, timeZone });
}

const openMsOf = (spans: readonly OpenSpan[]): number => spans.reduce((sum, s) => sum + s.end - s.start, 0);

/** N business days from an instant: see the module comment. */
function businessDaysLater(logged: number, days: number, hours: OfficeHours): number {
  const first = nextOpenSpan(logged, hours);
  const start = Math.max(first.start, logged);
  const startDay = openSpansOn(first.dayNumber, hours);
  const into = startDay.reduce((sum, s) => sum + Math.max(0, Math.min(s.end, start) - s.start), 0);
  let openMs = openMsOf(startDay) - into;
  let dayNumber = first.dayNumber;
  for (let n = 1; n <= days; n += 1) {
    dayNumber = nextOpenDay(dayNumber, hours);
    const dayOpenMs = openMsOf(openSpansOn(dayNumber, hours));
    openMs += n < days ? dayOpenMs : Math.min(into, dayOpenMs);
  }
  return addOpenTime(start, openMs, hours);
}

function dueMs(logged: number, target: ResponseTarget, policy: ResponsePolicy): number {
  switch (target.unit) {
    case 'hours':
      return logged + Math.round(target.amount * HOUR);
    case 'business-hours':
      return addOpenTime(logged, Math.round(target.amount * HOUR), policy);
    case 'business-days':
      return businessDaysLater(logged, target.amount, policy);
  }
}

/**
 * When the first response to a concern is due, as an ISO 8601 UTC timestamp. The policy must have passed
 * ResponsePolicySchema; throws a RangeError for a malformed timestamp.
 */
export function dueAt(loggedAt: string, priority: Priority, policy: ResponsePolicy): string {
  return unixMsToIso(dueMs(isoToUnixMs(loggedAt), policy.targets[priority], policy));
}

/** Whether time left and overdue are real time ('wall', for 'hours' targets) or open time ('business'). */
export type ClockMeasure = 'wall' | 'business';

/** How a first-response clock stands. */
export type ResponseClock =
  | {
      /** running: no response yet and not past due; met: the response came by the due time. */
      readonly state: 'running' | 'met';
      readonly dueAt: string;
      readonly measure: ClockMeasure;
      /** Time left until due, at now (running) or when the clock stopped (met). */
      readonly remainingMs: number;
      /** A few plain words for lists: "45 min left", "due Thu 10:00", "answered in time". */
      readonly label: string;
    }
  | {
      /** overdue: no response yet and past due; missed: the response came after the due time. */
      readonly state: 'overdue' | 'missed';
      readonly dueAt: string;
      readonly measure: ClockMeasure;
      /** Time past due, until now (overdue) or until the clock stopped (missed). */
      readonly overdueMs: number;
      /** A few plain words for lists: "2 h overdue", "overdue since Wed 17:00", "answered 20 min late". */
      readonly label: string;
    };

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "14:30" on the same local date as ref, "Thu 14:30" within a week of it, else "14 Mar 14:30" (plus the year). */
function whenLabel(instant: number, ref: number, zone: string): string {
  const at = localTimeOf(instant, zone);
  const from = localTimeOf(ref, zone);
  const time = `${String(at.hour).padStart(2, '0')}:${String(at.minute).padStart(2, '0')}`;
  const days = at.dayNumber - from.dayNumber;
  if (days === 0) return time;
  if (Math.abs(days) < 7) return `${WEEKDAY_NAMES[at.weekday] ?? ''} ${time}`;
  const year = at.year === from.year ? '' : ` ${at.year}`;
  return `${at.day} ${MONTH_NAMES[at.month - 1] ?? ''}${year} ${time}`;
}

/** "45 min", "2 h", "1 h 30 min", "3 days"; minutes rounded up for time left, down for time overdue. */
function durationLabel(ms: number, rounding: 'up' | 'down'): string {
  const minutes = rounding === 'up' ? Math.ceil(ms / MINUTE) : Math.floor(ms / MINUTE);
  if (minutes < 60) return `${minutes} min`;
  if (minutes >= 48 * 60) return `${Math.floor(minutes / (24 * 60))} days`;
  const rest = minutes % 60;
  return rest === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}

const sameLocalDate = (a: number, b: number, zone: string): boolean =>
  localTimeOf(a, zone).dayNumber === localTimeOf(b, zone).dayNumber;

// Open time is shown as a duration only within the due date, where it cannot be mistaken for real time (a
// business clock at 08:30 the next morning is "overdue since 17:00", not "0 min overdue").
function runningLabel(now: number, due: number, remainingMs: number, measure: ClockMeasure, zone: string, policy: ResponsePolicy): string {
  if (remainingMs === 0) return 'due now';
  const isTicking =
    measure === 'wall' ? remainingMs < 12 * HOUR : isOpenAt(now, policy) && sameLocalDate(now, due, zone);
  return isTicking ? `${durationLabel(remainingMs, 'up')} left` : `due ${whenLabel(due, now, zone)}`;
}

function lateLabel(end: number, due: number, overdueMs: number, measure: ClockMeasure, isStopped: boolean, zone: string): string {
  const isShown = overdueMs >= MINUTE && (measure === 'wall' || sameLocalDate(end, due, zone));
  if (isStopped) return isShown ? `answered ${durationLabel(overdueMs, 'down')} late` : 'answered late';
  if (isShown) return `${durationLabel(overdueMs, 'down')} overdue`;
  return measure === 'wall' ? 'just overdue' : `overdue since ${whenLabel(due, end, zone)}`;
}

/**
 * How the first-response clock of a concern stands at now; stoppedAt is when the first response or
 * acknowledgement was logged (absent or null while there is none). Timestamps are ISO 8601 UTC; an answer at the
 * due instant is in time.
 */
export function clockState(
  loggedAt: string,
  priority: Priority,
  policy: ResponsePolicy,
  now: string,
  stoppedAt?: string | null,
): ResponseClock {
  const target = policy.targets[priority];
  const due = dueMs(isoToUnixMs(loggedAt), target, policy);
  const measure: ClockMeasure = target.unit === 'hours' ? 'wall' : 'business';
  const between = (from: number, to: number): number =>
    measure === 'wall' ? Math.max(0, to - from) : openTimeBetween(from, to, policy);
  const isStopped = stoppedAt !== undefined && stoppedAt !== null;
  const end = isoToUnixMs(isStopped ? stoppedAt : now);
  const base = { dueAt: unixMsToIso(due), measure };
  if (end <= due) {
    const remainingMs = between(end, due);
    const label = isStopped ? 'answered in time' : runningLabel(end, due, remainingMs, measure, policy.timeZone, policy);
    return { ...base, state: isStopped ? 'met' : 'running', remainingMs, label };
  }
  const overdueMs = between(due, end);
  const label = lateLabel(end, due, overdueMs, measure, isStopped, policy.timeZone);
  return { ...base, state: isStopped ? 'missed' : 'overdue', overdueMs, label };
}

/**
 * The first-response clock of a concern at now, stopped at its first response or acknowledgement
 * (reviewStateOf(concern).firstResponseAt): an answered concern is met or missed, never overdue, whatever its
 * status. Null for a concern resolved or closed without an answer: nobody is waiting to be answered any more.
 */
export function concernClock(concern: Concern, policy: ResponsePolicy, now: string): ResponseClock | null {
  const answeredAt = reviewStateOf(concern).firstResponseAt;
  if (answeredAt === null && (concern.status === 'resolved' || concern.status === 'closed')) return null;
  return clockState(concern.createdAt, concern.priority, policy, now, answeredAt);
}
