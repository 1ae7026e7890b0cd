/**
 * The "Response times" form's rules and conversions: the office profile into the form and back into PUT's body,
 * the shared rules of office hours and targets with their messages on the right box, and the server's issue
 * paths onto the form's fields.
 */
import { describe, expect, it } from 'vitest';
import { defaultOfficeProfile } from '../../../../shared/domain/office-profile';
import {
  ResponseTimesFormSchema,
  responseTimesFieldOf,
  toProfileRequest,
  toResponseTimesInput,
  type ResponseTimesInput,
} from '../../../../renderer/src/features/admin/response-times-form';

const PROFILE = { ...defaultOfficeProfile('Europe/Berlin', 'Riverside Town Hall'), hasResponsePolicy: true };

function messages(input: ResponseTimesInput): Record<string, string> {
  const result = ResponseTimesFormSchema.safeParse(input);
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
}

function withPolicy(change: (policy: ResponseTimesInput['responsePolicy']) => void): ResponseTimesInput {
  const input = toResponseTimesInput(PROFILE);
  change(input.responsePolicy);
  return input;
}

describe('the response times form', () => {
  it("starts an office that never saved its response times from the standard ones in the admin's own zone", () => {
    const unset = defaultOfficeProfile('UTC', 'Riverside Town Hall');
    expect(toResponseTimesInput(unset, 'America/Chicago').responsePolicy.timeZone).toBe('America/Chicago');
    expect(toResponseTimesInput(unset, 'Not/A_Zone').responsePolicy.timeZone).toBe('UTC');
    expect(toResponseTimesInput(PROFILE, 'America/Chicago').responsePolicy.timeZone).toBe('Europe/Berlin');
  });

  it('fills in the standard targets and hours, and saves them back unchanged', () => {
    const input = toResponseTimesInput(PROFILE);
    expect(input.responsePolicy.targets).toEqual({
      top: { unit: 'hours', amount: '1' },
      high: { unit: 'business-days', amount: '1' },
      normal: { unit: 'business-days', amount: '5' },
    });
    expect(input.offlineFallbackMinutes).toBe('10');
    expect(toProfileRequest(ResponseTimesFormSchema.parse(input))).toEqual({
      responsePolicy: PROFILE.responsePolicy,
      priorityPhone: '',
      offlineFallbackMinutes: 10,
    });
  });

  it('keeps a lunch break, a closed day, holidays and half hours as typed', () => {
    const input = withPolicy((policy) => {
      policy.week.mon = [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '16:30' },
      ];
      policy.week.fri = [];
      policy.holidays = [{ date: '2026-12-25', name: 'Christmas Day', yearly: true }];
      policy.targets.top = { unit: 'business-hours', amount: '1.5' };
    });
    const request = toProfileRequest(ResponseTimesFormSchema.parse({ ...input, priorityPhone: ' +49 30 1234567 ', offlineFallbackMinutes: '15' }));
    expect(request.responsePolicy.week.mon).toEqual(input.responsePolicy.week.mon);
    expect(request.responsePolicy.week.fri).toEqual([]);
    expect(request.responsePolicy.holidays).toEqual([{ date: '2026-12-25', name: 'Christmas Day', yearly: true }]);
    expect(request.responsePolicy.targets.top).toEqual({ unit: 'business-hours', amount: 1.5 });
    expect(request.priorityPhone).toBe('+49 30 1234567');
    expect(request.offlineFallbackMinutes).toBe(15);
  });

  it('puts each problem with the hours on its box, an overlap on the interval', () => {
    const input = withPolicy((policy) => {
      policy.week.mon = [
        { start: '9:00', end: '17:00' },
        { start: '12:00', end: '11:00' },
      ];
      policy.week.tue = [
        { start: '09:00', end: '13:00' },
        { start: '12:00', end: '17:00' },
      ];
    });
    expect(messages(input)).toMatchObject({
      'responsePolicy.week.mon.0.start': 'Enter a time as HH:MM, like 09:00',
      'responsePolicy.week.mon.1.end': 'Closing at 11:00 is not after opening at 12:00: hours past midnight go on the next day, from 00:00',
      'responsePolicy.week.tue.1': '12:00–17:00 overlaps 09:00–13:00',
    });
  });

  it('refuses a week without opening hours, a holiday listed twice and an unknown zone', () => {
    const input = withPolicy((policy) => {
      policy.timeZone = 'Europe/Atlantis';
      for (const day of ['mon', 'tue', 'wed', 'thu', 'fri'] as const) policy.week[day] = [];
      policy.holidays = [
        { date: '2026-12-25', name: 'Christmas Day', yearly: true },
        { date: '2026-12-25', name: 'Again', yearly: false },
      ];
    });
    expect(messages(input)).toEqual({
      'responsePolicy.timeZone': 'Unknown time zone "Europe/Atlantis": use a name like Europe/Berlin or America/New_York',
      'responsePolicy.week': 'The office must be open at some time in the week',
      'responsePolicy.holidays.1.date': '2026-12-25 is listed twice',
    });
  });

  it('checks targets and the wait with the shared rules, on the amount typed', () => {
    const input = withPolicy((policy) => {
      policy.targets.top = { unit: 'hours', amount: 'soon' };
      policy.targets.high = { unit: 'business-days', amount: '1.5' };
      policy.targets.normal = { unit: 'business-days', amount: '0' };
    });
    expect(messages({ ...input, offlineFallbackMinutes: '' })).toEqual({
      'responsePolicy.targets.top.amount': 'Enter a number, like 1 or 1.5',
      'responsePolicy.targets.high.amount': 'Give business days as a whole number, like 5',
      'responsePolicy.targets.normal.amount': 'A response target must be more than zero',
      offlineFallbackMinutes: 'Give the minutes as a whole number from 1 to 1440',
    });
  });

  it("places the server's issue paths on the form's fields", () => {
    expect(responseTimesFieldOf('responsePolicy.week.mon.1.end')).toBe('responsePolicy.week.mon.1.end');
    expect(responseTimesFieldOf('responsePolicy.week.tue.1')).toBe('responsePolicy.week.tue.1.start');
    expect(responseTimesFieldOf('responsePolicy.week')).toBe('responsePolicy.week');
    expect(responseTimesFieldOf('responsePolicy.holidays.3')).toBe('responsePolicy.holidays.3.date');
    expect(responseTimesFieldOf('responsePolicy.targets.top')).toBe('responsePolicy.targets.top.amount');
    expect(responseTimesFieldOf('responsePolicy.timeZone')).toBe('responsePolicy.timeZone');
    expect(responseTimesFieldOf('offlineFallbackMinutes')).toBe('offlineFallbackMinutes');
    expect(responseTimesFieldOf('responsePolicy')).toBeUndefined();
    expect(responseTimesFieldOf('officeName')).toBeUndefined();
  });
});
