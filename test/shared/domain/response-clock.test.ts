import { describe, expect, it } from 'vitest';
import {
  clockState,
  DEFAULT_RESPONSE_POLICY,
  defaultResponsePolicy,
  dueAt,
  ResponsePolicySchema,
  type ResponsePolicy,
} from '@shared/domain/response-clock';
import type { Priority } from '@shared/domain/concern';

const iso = (withOffset: string): string => new Date(withOffset).toISOString();
const HOUR = 3_600_000;
const MINUTE = 60_000;

const berlin = defaultResponsePolicy('Europe/Berlin');
const newYork = defaultResponsePolicy('America/New_York');

/** The default policy in a zone with some fields replaced, parsed as a desk would. */
const policy = (changes: Partial<ResponsePolicy>, zone = 'Europe/Berlin'): ResponsePolicy =>
  ResponsePolicySchema.parse({ ...defaultResponsePolicy(zone), ...changes });
const withWeek = (changes: Partial<ResponsePolicy['week']>): ResponsePolicy =>
  policy({ week: { ...berlin.week, ...changes } });

/** dueAt with local times written with their offset. */
const due = (loggedAt: string, priority: Priority, p: ResponsePolicy = berlin): string => dueAt(iso(loggedAt), priority, p);

describe('the response policy', () => {
  it('defaults to top 1 hour of real time, high 1 business day, normal 5 business days, Monday to Friday 09-17', () => {
    expect(ResponsePolicySchema.parse(DEFAULT_RESPONSE_POLICY)).toEqual(DEFAULT_RESPONSE_POLICY);
    expect(berlin.targets).toEqual({
      top: { unit: 'hours', amount: 1 },
      high: { unit: 'business-days', amount: 1 },
      normal: { unit: 'business-days', amount: 5 },
    });
    expect(berlin.week.mon).toEqual([{ start: '09:00', end: '17:00' }]);
    expect(berlin.week.sat).toEqual([]);
    expect(berlin.timeZone).toBe('Europe/Berlin');
  });

  it('refuses an unknown zone for the default policy', () => {
    expect(() => defaultResponsePolicy('Mars/Olympus_Mons')).toThrow(/Unknown time zone/);
  });

  it('explains bad targets', () => {
    const problems = (targets: unknown) =>
      (ResponsePolicySchema.safeParse({ ...berlin, targets }).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);
    expect(
      problems({
        top: { unit: 'hours', amount: 0 },
        high: { unit: 'business-days', amount: 1.5 },
        normal: { unit: 'business-hours', amount: 5000 },
      }),
    ).toEqual([
      ['targets.normal.amount', 'A response target can be at most 2000 business hours'],
      ['targets.high.amount', 'Give business days as a whole number, like 5'],
      ['targets.top.amount', 'A response target must be more than zero'],
    ]);
    expect(problems({ ...berlin.targets, top: { unit: 'minutes', amount: 30 } })).toEqual([
      ['targets.top.unit', 'Choose hours, business hours or business days'],
    ]);
  });
});

describe('dueAt, business days', () => {
  it('is the same time next business day: Tuesday 15:00 -> Wednesday 15:00', () => {
    expect(due('2026-03-10T15:00+01:00', 'high')).toBe(iso('2026-03-11T15:00+01:00'));
    expect(dueAt('2025-03-11T14:00:00.000Z', 'high', berlin)).toBe('2025-03-12T14:00:00.000Z');
  });

  it('skips the weekend: Friday 15:00 -> Monday 15:00', () => {
    expect(due('2026-03-06T15:00+01:00', 'high')).toBe(iso('2026-03-09T15:00+01:00'));
  });

  it('skips a holiday on the Monday after a weekend', () => {
    const whitMonday = policy({ holidays: [{ date: '2026-05-25', name: 'Whit Monday', yearly: false }] });
    expect(due('2026-05-22T15:00+02:00', 'high', whitMonday)).toBe(iso('2026-05-26T15:00+02:00'));
  });

  it('repeats a yearly holiday in later years, and a one-off holiday only on its date', () => {
    const yearly = policy({ holidays: [{ date: '2020-12-25', name: 'Christmas Day', yearly: true }] });
    const once = policy({ holidays: [{ date: '2020-12-25', name: 'Christmas Day', yearly: false }] });
    expect(due('2026-12-24T15:00+01:00', 'high', yearly)).toBe(iso('2026-12-28T15:00+01:00'));
    expect(due('2026-12-24T15:00+01:00', 'high', once)).toBe(iso('2026-12-25T15:00+01:00'));
  });

  it('counts five business days across a weekend and the Easter holidays', () => {
    const easter = policy({
      holidays: [
        { date: '2026-04-03', name: 'Good Friday', yearly: false },
        { date: '2026-04-06', name: 'Easter Monday', yearly: false },
      ],
    });
    expect(due('2026-03-09T10:00+01:00', 'normal')).toBe(iso('2026-03-16T10:00+01:00'));
    expect(due('2026-04-02T10:00+02:00', 'normal', easter)).toBe(iso('2026-04-13T10:00+02:00'));
  });

  it('counts from the next opening when logged before opening, at closing, after closing or at the weekend', () => {
    expect(due('2026-03-10T07:30+01:00', 'high')).toBe(iso('2026-03-10T17:00+01:00'));
    expect(due('2026-03-10T09:00+01:00', 'high')).toBe(iso('2026-03-10T17:00+01:00'));
    expect(due('2026-03-10T17:00+01:00', 'high')).toBe(iso('2026-03-11T17:00+01:00'));
    expect(due('2026-03-10T18:00+01:00', 'high')).toBe(iso('2026-03-11T17:00+01:00'));
    expect(due('2026-03-07T11:00+01:00', 'high')).toBe(iso('2026-03-09T17:00+01:00'));
  });

  it('is due when lunch starts for a concern logged at lunch', () => {
    const lunch = [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:00' }];
    const withLunch = withWeek({ mon: lunch, tue: lunch, wed: lunch, thu: lunch, fri: lunch });
    expect(due('2026-03-10T12:30+01:00', 'high', withLunch)).toBe(iso('2026-03-11T12:00+01:00'));
    expect(due('2026-03-10T14:00+01:00', 'high', withLunch)).toBe(iso('2026-03-11T14:00+01:00'));
  });

  it('ends at the closing of a shorter day', () => {
    const shortFriday = withWeek({ fri: [{ start: '09:00', end: '13:00' }] });
    expect(due('2026-03-12T15:00+01:00', 'high', shortFriday)).toBe(iso('2026-03-13T13:00+01:00'));
    expect(due('2026-03-12T10:00+01:00', 'high', shortFriday)).toBe(iso('2026-03-13T10:00+01:00'));
    expect(due('2026-03-13T10:00+01:00', 'high', shortFriday)).toBe(iso('2026-03-16T10:00+01:00'));
  });

  it('keeps local time over the spring-forward and fall-back weekends in Berlin and New York', () => {
    expect(due('2026-03-27T15:00+01:00', 'high')).toBe(iso('2026-03-30T15:00+02:00'));
    expect(due('2026-10-23T15:00+02:00', 'high')).toBe(iso('2026-10-26T15:00+01:00'));
    expect(due('2026-03-06T15:00-05:00', 'high', newYork)).toBe(iso('2026-03-09T15:00-04:00'));
    expect(due('2026-10-30T15:00-04:00', 'high', newYork)).toBe(iso('2026-11-02T15:00-05:00'));
    // Berlin has changed its clocks, New York not yet: the offsets differ by 5 hours, then by 6 again.
    expect(due('2026-03-23T15:00-04:00', 'normal', newYork)).toBe(iso('2026-03-30T15:00-04:00'));
  });

  it('counts a clock-change day of an office open round the clock as its 23 or 25 real hours', () => {
    const allDay = [{ start: '00:00', end: '24:00' }];
    const always = withWeek({ sat: allDay, sun: allDay });
    expect(due('2026-03-29T00:00+01:00', 'high', always)).toBe(iso('2026-03-30T00:00+02:00'));
    expect(due('2026-10-25T00:00+02:00', 'high', always)).toBe(iso('2026-10-26T00:00+01:00'));
    // 15 h into Saturday is 15 real hours into the short Sunday: 16:00 on the clock.
    expect(due('2026-03-28T15:00+01:00', 'high', always)).toBe(iso('2026-03-29T16:00+02:00'));
  });

  it('is plain calendar arithmetic in a zone without daylight saving', () => {
    const kolkata = defaultResponsePolicy('Asia/Kolkata');
    expect(due('2026-03-27T15:00+05:30', 'high', kolkata)).toBe(iso('2026-03-30T15:00+05:30'));
  });
});

describe('dueAt, business hours', () => {
  const threeHours = policy({ targets: { ...berlin.targets, high: { unit: 'business-hours', amount: 3 } } });

  it('counts only open time, across the night and the weekend', () => {
    expect(due('2026-03-10T15:00+01:00', 'high', threeHours)).toBe(iso('2026-03-11T10:00+01:00'));
    expect(due('2026-03-06T16:30+01:00', 'high', threeHours)).toBe(iso('2026-03-09T11:30+01:00'));
    expect(due('2026-03-10T20:00+01:00', 'high', threeHours)).toBe(iso('2026-03-11T12:00+01:00'));
  });

  it('is due at a closing when the hours run out with the day', () => {
    expect(due('2026-03-10T14:00+01:00', 'high', threeHours)).toBe(iso('2026-03-10T17:00+01:00'));
  });
});

describe('dueAt, wall-clock hours', () => {
  it('gives top priority one hour whatever the day, across midnight', () => {
    expect(due('2026-03-07T23:30+01:00', 'top')).toBe(iso('2026-03-08T00:30+01:00'));
  });

  it('gives one real hour across a clock change', () => {
    expect(due('2026-03-08T01:30-05:00', 'top', newYork)).toBe(iso('2026-03-08T03:30-04:00'));
    expect(due('2026-10-25T02:30+02:00', 'top')).toBe(iso('2026-10-25T02:30+01:00'));
  });
});

describe('clockState', () => {
  it('counts real time down for top priority and then up', () => {
    const loggedAt = iso('2026-03-08T23:30+01:00');
    expect(clockState(loggedAt, 'top', berlin, iso('2026-03-08T23:45+01:00'))).toEqual({
      dueAt: iso('2026-03-09T00:30+01:00'),
      state: 'running',
      measure: 'wall',
      remainingMs: 45 * MINUTE,
      label: '45 min left',
    });
    expect(clockState(loggedAt, 'top', berlin, iso('2026-03-09T02:30+01:00'))).toMatchObject({
      state: 'overdue',
      overdueMs: 2 * HOUR,
      label: '2 h overdue',
    });
    expect(clockState(loggedAt, 'top', berlin, iso('2026-03-09T00:30:20+01:00')).label).toBe('just overdue');
    expect(clockState(loggedAt, 'top', berlin, iso('2026-03-12T01:00+01:00')).label).toBe('3 days overdue');
    expect(clockState(loggedAt, 'top', berlin, iso('2026-03-09T00:29:30+01:00')).label).toBe('1 min left');
  });

  it('shows the due time until the day it is due, then the open time left', () => {
    const loggedAt = iso('2026-03-10T15:00+01:00');
    expect(clockState(loggedAt, 'high', berlin, iso('2026-03-10T16:00+01:00'))).toEqual({
      dueAt: iso('2026-03-11T15:00+01:00'),
      state: 'running',
      measure: 'business',
      remainingMs: 7 * HOUR,
      label: 'due Wed 15:00',
    });
    expect(clockState(loggedAt, 'high', berlin, iso('2026-03-11T13:15+01:00'))).toMatchObject({
      remainingMs: 105 * MINUTE,
      label: '1 h 45 min left',
    });
    expect(clockState(loggedAt, 'normal', berlin, iso('2026-03-10T16:00+01:00')).label).toBe('due 17 Mar 15:00');
  });

  it('stops the business clock while the office is closed', () => {
    const loggedAt = iso('2026-03-10T15:00+01:00');
    const evening = clockState(loggedAt, 'high', berlin, iso('2026-03-10T17:00+01:00'));
    const morning = clockState(loggedAt, 'high', berlin, iso('2026-03-11T08:45+01:00'));
    expect(evening).toMatchObject({ state: 'running', remainingMs: 6 * HOUR });
    expect(morning).toMatchObject({ state: 'running', remainingMs: 6 * HOUR, label: 'due 15:00' });
  });

  it('counts open time overdue, and names the due time once the day has passed', () => {
    const loggedAt = iso('2026-03-10T15:00+01:00');
    expect(clockState(loggedAt, 'high', berlin, iso('2026-03-11T17:00+01:00'))).toEqual({
      dueAt: iso('2026-03-11T15:00+01:00'),
      state: 'overdue',
      measure: 'business',
      overdueMs: 2 * HOUR,
      label: '2 h overdue',
    });
    expect(clockState(loggedAt, 'high', berlin, iso('2026-03-12T08:30+01:00'))).toMatchObject({
      overdueMs: 2 * HOUR,
      label: 'overdue since Wed 15:00',
    });
    expect(clockState(iso('2026-03-09T18:00+01:00'), 'high', berlin, iso('2026-03-10T17:30+01:00'))).toMatchObject({
      dueAt: iso('2026-03-10T17:00+01:00'),
      state: 'overdue',
      overdueMs: 0,
      label: 'overdue since 17:00',
    });
  });

  it('stops at the first response: met when by the due time, missed after it, whatever the time now', () => {
    const loggedAt = iso('2026-03-10T15:00+01:00');
    const later = iso('2026-04-01T12:00+02:00');
    expect(clockState(loggedAt, 'high', berlin, later, iso('2026-03-11T10:00+01:00'))).toEqual({
      dueAt: iso('2026-03-11T15:00+01:00'),
      state: 'met',
      measure: 'business',
      remainingMs: 5 * HOUR,
      label: 'answered in time',
    });
    expect(clockState(loggedAt, 'high', berlin, later, iso('2026-03-11T15:00+01:00'))).toMatchObject({ state: 'met' });
    expect(clockState(loggedAt, 'high', berlin, later, iso('2026-03-11T16:30+01:00'))).toMatchObject({
      state: 'missed',
      overdueMs: 90 * MINUTE,
      label: 'answered 1 h 30 min late',
    });
    expect(clockState(loggedAt, 'high', berlin, later, iso('2026-03-12T10:00+01:00'))).toMatchObject({
      state: 'missed',
      overdueMs: 3 * HOUR,
      label: 'answered late',
    });
    expect(clockState(loggedAt, 'top', berlin, later, iso('2026-03-10T15:50+01:00')).state).toBe('met');
    expect(clockState(loggedAt, 'top', berlin, iso('2026-03-10T15:10+01:00'), null).state).toBe('running');
  });

  it('refuses a timestamp that is not ISO 8601 UTC', () => {
    expect(() => clockState('2026-03-10 15:00', 'high', berlin, iso('2026-03-10T16:00Z'))).toThrow(RangeError);
  });
});
