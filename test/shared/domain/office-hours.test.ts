import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addOpenTime,
  isOpenAt,
  localTimeOf,
  OfficeHoursSchema,
  openTimeBetween,
  unixMsToIso,
  type OfficeHours,
  type WeekHours,
} from '@shared/domain/office-hours';

const ms = (isoWithOffset: string): number => new Date(isoWithOffset).getTime();
const HOUR = 3_600_000;

const closedWeek: WeekHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
const weekdays = [{ start: '09:00', end: '17:00' }];
const officeWeek: WeekHours = { ...closedWeek, mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays };

const hours = (timeZone: string, week: Partial<WeekHours>, holidays: OfficeHours['holidays'] = []): OfficeHours =>
  OfficeHoursSchema.parse({ timeZone, week: { ...closedWeek, ...week }, holidays });

function problemsOf(value: unknown): { path: readonly PropertyKey[]; message: string }[] {
  const result = OfficeHoursSchema.safeParse(value);
  return (result.error?.issues ?? []).map(({ path, message }) => ({ path, message }));
}

const valid = { timeZone: 'Europe/Berlin', week: officeWeek, holidays: [] };

describe('OfficeHoursSchema', () => {
  it('accepts a lunch break, touching intervals, a midnight closing and a UTC offset zone', () => {
    const week = {
      ...officeWeek,
      mon: [{ start: '13:00', end: '17:00' }, { start: '09:00', end: '12:00' }],
      tue: [{ start: '09:00', end: '12:00' }, { start: '12:00', end: '17:00' }],
      sat: [{ start: '20:00', end: '24:00' }],
    };
    expect(problemsOf({ ...valid, week })).toEqual([]);
    expect(problemsOf({ ...valid, timeZone: 'Asia/Kolkata' })).toEqual([]);
  });

  it('names an unknown time zone', () => {
    expect(problemsOf({ ...valid, timeZone: 'Europe/Berln' })).toEqual([
      { path: ['timeZone'], message: 'Unknown time zone "Europe/Berln": use a name like Europe/Berlin or America/New_York' },
    ]);
    expect(problemsOf({ ...valid, timeZone: '' })).toHaveLength(1);
  });

  it('rejects a closing before the opening, pointing at the closing', () => {
    expect(problemsOf({ ...valid, week: { ...officeWeek, sat: [{ start: '22:00', end: '02:00' }] } })).toEqual([
      {
        path: ['week', 'sat', 0, 'end'],
        message: 'Closing at 02:00 is not after opening at 22:00: hours past midnight go on the next day, from 00:00',
      },
    ]);
    expect(problemsOf({ ...valid, week: { ...officeWeek, sat: [{ start: '10:00', end: '10:00' }] } })).toHaveLength(1);
  });

  it('rejects overlapping intervals whatever order they are listed in', () => {
    const wed = [{ start: '12:00', end: '17:00' }, { start: '09:00', end: '13:00' }];
    expect(problemsOf({ ...valid, week: { ...officeWeek, wed } })).toEqual([
      { path: ['week', 'wed', 0], message: '12:00–17:00 overlaps 09:00–13:00' },
    ]);
  });

  it('rejects malformed times', () => {
    const fri = [{ start: '9:00', end: '24:30' }];
    expect(problemsOf({ ...valid, week: { ...officeWeek, fri } })).toEqual([
      { path: ['week', 'fri', 0, 'start'], message: 'Enter a time as HH:MM, like 09:00' },
      { path: ['week', 'fri', 0, 'end'], message: 'Enter a time as HH:MM, like 17:00 (24:00 for midnight)' },
    ]);
  });

  it('rejects a week with no open hours', () => {
    expect(problemsOf({ ...valid, week: closedWeek })).toEqual([
      { path: ['week'], message: 'The office must be open at some time in the week' },
    ]);
  });

  it('rejects an impossible holiday date and a date listed twice', () => {
    const holidays = [
      { date: '2026-02-30', name: '', yearly: false },
      { date: '2026-12-25', name: 'Christmas', yearly: true },
      { date: '2026-12-25', name: 'Christmas again', yearly: false },
    ];
    expect(problemsOf({ ...valid, holidays })).toEqual([
      { path: ['holidays', 0, 'date'], message: 'Enter a date as YYYY-MM-DD' },
      { path: ['holidays', 2, 'date'], message: '2026-12-25 is listed twice' },
    ]);
  });
});

describe('open time across clock changes', () => {
  it('opens at the jump when the opening time is skipped (New York, 8 March 2026, 02:00 -> 03:00)', () => {
    const nightShift = hours('America/New_York', { sun: [{ start: '02:30', end: '06:00' }] });
    expect(isOpenAt(ms('2026-03-08T06:59:59.999Z'), nightShift)).toBe(false);
    expect(isOpenAt(ms('2026-03-08T03:00:00-04:00'), nightShift)).toBe(true);
    expect(openTimeBetween(ms('2026-03-08T00:00:00-05:00'), ms('2026-03-09T00:00:00-04:00'), nightShift)).toBe(3 * HOUR);
    // A week later 02:30 exists again.
    expect(isOpenAt(ms('2026-03-15T02:30:00-04:00'), nightShift)).toBe(true);
    expect(isOpenAt(ms('2026-03-15T02:29:00-04:00'), nightShift)).toBe(false);
  });

  it('opens the first time a repeated opening time comes round (Berlin, 25 October 2026, 03:00 -> 02:00)', () => {
    const nightShift = hours('Europe/Berlin', { sun: [{ start: '02:30', end: '05:00' }] });
    expect(isOpenAt(ms('2026-10-25T02:29:00+02:00'), nightShift)).toBe(false);
    expect(isOpenAt(ms('2026-10-25T02:30:00+02:00'), nightShift)).toBe(true);
    expect(isOpenAt(ms('2026-10-25T02:10:00+01:00'), nightShift)).toBe(true);
    expect(openTimeBetween(ms('2026-10-24T00:00:00+02:00'), ms('2026-10-26T00:00:00+01:00'), nightShift)).toBe(3.5 * HOUR);
  });

  it('handles clocks that change at midnight (Santiago: 00:00 -> 01:00 in September, 24:00 -> 23:00 in April)', () => {
    const santiago = hours('America/Santiago', {
      sun: [{ start: '00:00', end: '06:00' }],
      sat: [{ start: '20:00', end: '24:00' }],
    });
    // Saturday's 24:00 and Sunday's 00:00 are both the jump to 01:00: open without a break, Sunday for 5 hours.
    expect(isOpenAt(ms('2026-09-05T23:59:00-04:00'), santiago)).toBe(true);
    expect(isOpenAt(ms('2026-09-06T01:00:00-03:00'), santiago)).toBe(true);
    expect(isOpenAt(ms('2026-09-06T06:00:00-03:00'), santiago)).toBe(false);
    expect(openTimeBetween(ms('2026-09-06T04:00:00Z'), ms('2026-09-07T00:00:00Z'), santiago)).toBe(5 * HOUR);
    // Saturday 4 April 2026 shows 23:00-24:00 twice: its evening opening lasts 5 hours.
    expect(openTimeBetween(ms('2026-04-04T12:00:00Z'), ms('2026-04-05T04:00:00Z'), santiago)).toBe(5 * HOUR);
    expect(isOpenAt(ms('2026-04-04T23:30:00-04:00'), santiago)).toBe(true);
  });

  it('gives an office open round the clock a 23-hour and a 25-hour day', () => {
    const allDay = [{ start: '00:00', end: '24:00' }];
    const always = hours('Europe/Berlin', { sun: allDay, mon: allDay, sat: allDay });
    expect(openTimeBetween(ms('2026-03-29T00:00:00+01:00'), ms('2026-03-30T00:00:00+02:00'), always)).toBe(23 * HOUR);
    expect(openTimeBetween(ms('2026-10-25T00:00:00+02:00'), ms('2026-10-26T00:00:00+01:00'), always)).toBe(25 * HOUR);
    expect(addOpenTime(ms('2026-03-28T12:00:00+01:00'), 24 * HOUR, always)).toBe(ms('2026-03-29T13:00:00+02:00'));
  });

  it('keeps a zone without daylight saving at one offset (Kolkata, +05:30)', () => {
    const kolkata = hours('Asia/Kolkata', officeWeek);
    expect(addOpenTime(ms('2026-03-27T16:00:00+05:30'), 2 * HOUR, kolkata)).toBe(ms('2026-03-30T10:00:00+05:30'));
    expect(localTimeOf(ms('2026-03-29T21:00:00Z'), 'Asia/Kolkata')).toMatchObject({ day: 30, hour: 2, minute: 30, weekday: 1 });
  });

  it('handles a half-hour clock change (Lord Howe Island, 5 April 2026, 02:00 -> 01:30)', () => {
    const allDay = [{ start: '00:00', end: '24:00' }];
    const always = hours('Australia/Lord_Howe', { sun: allDay });
    expect(openTimeBetween(ms('2026-04-04T12:00:00Z'), ms('2026-04-06T00:00:00Z'), always)).toBe(24.5 * HOUR);
  });
});

describe('unixMsToIso', () => {
  it('writes what Date.prototype.toISOString writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2_000_000_000_000, max: 8_000_000_000_000 }), (t) => {
        expect(unixMsToIso(t)).toBe(new Date(t).toISOString());
      }),
    );
  });
});
