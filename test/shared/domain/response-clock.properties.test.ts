/**
 * The response clock's invariants over random schedules, holidays, targets and zones (with clock changes at 02:00,
 * at midnight and by half an hour).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isOpenAt, openTimeBetween, WEEKDAYS } from '@shared/domain/office-hours';
import { clockState, dueAt, ResponsePolicySchema, type ResponsePolicy, type ResponseClock } from '@shared/domain/response-clock';
import { PRIORITIES } from '@shared/domain/concern';

const HOUR = 3_600_000;
const ZONES = ['Europe/Berlin', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
const FROM = Date.UTC(2025, 0, 1);
const TO = Date.UTC(2028, 11, 31);

const clock = (quarter: number): string =>
  `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;

/** 0 to 3 non-overlapping intervals on quarter hours, from 00:00 to 24:00. */
const dayArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 6 })
  .map((marks) => {
    const sorted = [...marks].sort((a, b) => a - b);
    const intervals = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) intervals.push({ start: clock(sorted[i] ?? 0), end: clock(sorted[i + 1] ?? 0) });
    return intervals;
  });

const dateArb = fc.integer({ min: FROM, max: TO }).map((t) => new Date(t).toISOString().slice(0, 10));

const targetArb = fc.oneof(
  fc.record({ unit: fc.constant('hours' as const), amount: fc.integer({ min: 1, max: 400 }).map((q) => q / 4) }),
  fc.record({ unit: fc.constant('business-hours' as const), amount: fc.integer({ min: 1, max: 400 }).map((q) => q / 4) }),
  fc.record({ unit: fc.constant('business-days' as const), amount: fc.integer({ min: 1, max: 20 }) }),
);

const policyArb: fc.Arbitrary<ResponsePolicy> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    days: fc.tuple(dayArb, dayArb, dayArb, dayArb, dayArb, dayArb, dayArb),
    holidays: fc.uniqueArray(fc.record({ date: dateArb, name: fc.constant(''), yearly: fc.boolean() }), {
      maxLength: 30,
      selector: (h) => h.date,
    }),
    targets: fc.record({ normal: targetArb, high: targetArb, top: targetArb }),
  })
  .filter(({ days }) => days.some((d) => d.length > 0))
  .map(({ timeZone, days, holidays, targets }) => {
    const week = Object.fromEntries(WEEKDAYS.map((day, i) => [day, days[i] ?? []]));
    return ResponsePolicySchema.parse({ timeZone, week, holidays, targets });
  });

/** Clock changes of 2026 in ZONES: Berlin, New York, Santiago (at midnight), Lord Howe (half an hour). */
const CHANGES = [
  '2026-03-29T01:00Z',
  '2026-10-25T01:00Z',
  '2026-03-08T07:00Z',
  '2026-11-01T06:00Z',
  '2026-04-05T03:00Z',
  '2026-09-06T04:00Z',
  '2026-04-04T15:00Z',
  '2026-10-03T15:30Z',
].map((text) => new Date(text).getTime());

/** Any instant of a few years, or one within three days of a clock change, where the arithmetic is hardest. */
const instantArb = fc.oneof(
  fc.integer({ min: FROM, max: TO }),
  fc.tuple(fc.constantFrom(...CHANGES), fc.integer({ min: -3 * 24 * HOUR, max: 3 * 24 * HOUR })).map(([at, d]) => at + d),
);
const priorityArb = fc.constantFrom(...PRIORITIES);
const iso = (t: number): string => new Date(t).toISOString();
const ms = (text: string): number => new Date(text).getTime();

/** Time left as a positive number, time overdue as a negative one. */
const signedLeft = (c: ResponseClock): number => ('remainingMs' in c ? c.remainingMs : -c.overdueMs);

describe('response clock properties', () => {
  it('is never due before the concern was logged', () => {
    fc.assert(
      fc.property(policyArb, priorityArb, instantArb, (policy, priority, logged) => {
        expect(ms(dueAt(iso(logged), priority, policy))).toBeGreaterThan(logged);
      }),
    );
  });

  it('is due no earlier for a concern logged later', () => {
    fc.assert(
      fc.property(policyArb, priorityArb, instantArb, fc.integer({ min: 0, max: 10 * 24 * HOUR }), (policy, priority, a, gap) => {
        expect(ms(dueAt(iso(a + gap), priority, policy))).toBeGreaterThanOrEqual(ms(dueAt(iso(a), priority, policy)));
      }),
    );
  });

  it('lands a business-days target inside open hours or at a closing', () => {
    fc.assert(
      fc.property(policyArb, fc.integer({ min: 1, max: 20 }), instantArb, (base, days, logged) => {
        const policy = { ...base, targets: { ...base.targets, high: { unit: 'business-days' as const, amount: days } } };
        const due = ms(dueAt(iso(logged), 'high', policy));
        const isClosing = isOpenAt(due - 1, policy) && !isOpenAt(due, policy);
        expect(isOpenAt(due, policy) || isClosing).toBe(true);
      }),
    );
  });

  it('puts exactly the target of open time between logging and due for a business-hours target', () => {
    fc.assert(
      fc.property(policyArb, fc.integer({ min: 1, max: 400 }), instantArb, (base, quarters, logged) => {
        const policy = { ...base, targets: { ...base.targets, high: { unit: 'business-hours' as const, amount: quarters / 4 } } };
        const due = ms(dueAt(iso(logged), 'high', policy));
        expect(openTimeBetween(logged, due, policy)).toBe(quarters * (HOUR / 4));
        expect(clockState(iso(logged), 'high', policy, iso(logged)).state).toBe('running');
      }),
    );
  });

  it('never gives more time left as now moves on', () => {
    fc.assert(
      fc.property(
        policyArb,
        priorityArb,
        instantArb,
        fc.integer({ min: -2 * 24 * HOUR, max: 40 * 24 * HOUR }),
        fc.integer({ min: 0, max: 10 * 24 * HOUR }),
        (policy, priority, logged, offset, step) => {
          const earlier = clockState(iso(logged), priority, policy, iso(logged + offset));
          const later = clockState(iso(logged), priority, policy, iso(logged + offset + step));
          expect(signedLeft(later)).toBeLessThanOrEqual(signedLeft(earlier));
          expect(earlier.dueAt).toBe(later.dueAt);
        },
      ),
    );
  });
});
