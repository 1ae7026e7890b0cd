import { describe, expect, it } from 'vitest';
import { addDays, dayRange, dayStart, isDayKey, msUntilNextDay, nextWorkingDay, toDayKey } from '../../../renderer/src/lib/dates';

describe('calendar days', () => {
  it('names a moment by its local calendar day', () => {
    expect(toDayKey(new Date(2025, 2, 4, 23, 59))).toBe('2025-03-04');
    expect(toDayKey(new Date(2025, 0, 1, 0, 0))).toBe('2025-01-01');
  });

  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(isDayKey('2025-03-04')).toBe(true);
    expect(isDayKey('2024-02-29')).toBe(true);
    expect(isDayKey('2025-02-29')).toBe(false);
    expect(isDayKey('2025-3-4')).toBe(false);
    expect(isDayKey('')).toBe(false);
  });

  it('moves by whole days across months and years', () => {
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-04', 0)).toBe('2025-03-04');
  });

  it('bounds a page by the UTC instants of two local midnights', () => {
    const { from, to } = dayRange('2025-03-04');
    expect(from).toBe(new Date(2025, 2, 4).toISOString());
    expect(to).toBe(new Date(2025, 2, 5).toISOString());
    const inside = new Date(2025, 2, 4, 12).toISOString();
    expect(inside >= from && inside < to).toBe(true);
  });

  it('proposes the next Monday-to-Friday day for a follow-up', () => {
    expect(nextWorkingDay('2025-03-04')).toBe('2025-03-05'); // Tuesday -> Wednesday
    expect(nextWorkingDay('2025-03-07')).toBe('2025-03-10'); // Friday -> Monday
    expect(nextWorkingDay('2025-03-08')).toBe('2025-03-10'); // Saturday -> Monday
  });

  it('counts the time left until the day turns', () => {
    const now = new Date(2025, 2, 4, 23, 0);
    expect(msUntilNextDay(now)).toBe(dayStart('2025-03-05').getTime() - now.getTime());
    expect(msUntilNextDay(now)).toBeGreaterThan(0);
  });
});
