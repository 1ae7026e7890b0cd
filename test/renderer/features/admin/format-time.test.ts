import { describe, expect, it } from 'vitest';
import { formatDateTime, formatLastSeen } from '../../../../renderer/src/features/admin/format-time';

const NOW = new Date('2026-03-03T14:05:00.000Z');
const before = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const MINUTE = 60_000;

describe('formatLastSeen', () => {
  it('says "just now" for the last minute, and for a clock a little behind the server', () => {
    expect(formatLastSeen(before(30_000), NOW, 'en')).toBe('just now');
    expect(formatLastSeen(new Date(NOW.getTime() + 20_000).toISOString(), NOW, 'en')).toBe('just now');
  });

  it('counts minutes, then hours, then days', () => {
    expect(formatLastSeen(before(5 * MINUTE), NOW, 'en')).toBe('5 minutes ago');
    expect(formatLastSeen(before(3 * 60 * MINUTE + 59 * MINUTE), NOW, 'en')).toBe('3 hours ago');
    expect(formatLastSeen(before(26 * 60 * MINUTE), NOW, 'en')).toBe('yesterday');
    expect(formatLastSeen(before(4 * 24 * 60 * MINUTE), NOW, 'en')).toBe('4 days ago');
  });
});

describe('formatDateTime', () => {
  it('shows a date and a time in one short form', () => {
    const text = formatDateTime('2026-03-03T14:05:00.000Z', 'en-GB');
    expect(text).toMatch(/^3 Mar 2026, \d\d:\d\d$/);
  });
});
