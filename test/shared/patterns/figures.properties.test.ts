import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultResponsePolicy } from '@shared/domain/response-clock';
import { unixMsToIso } from '@shared/domain/local-time';
import { computeFigures } from '@shared/patterns/figures';
import { monthOf, monthsEnding } from '@shared/patterns/months';
import type { PatternConcern } from '@shared/patterns/types';

const MARCH_START = Date.UTC(2026, 2, 1);
const DAY = 86_400_000;

const concernArb = fc.record({
  day: fc.integer({ min: 0, max: 30 }),
  minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
  channel: fc.constantFrom('', 'phone', 'email', 'web-form'),
  area: fc.constantFrom('', 'Northside', 'northside', 'Old Town'),
  address: fc.constantFrom('', '12 Oak Lane', '14 oak ln', 'Apt 2, 3 Mill Road', 'Maria Lopez', '7'),
  priority: fc.constantFrom('normal', 'high', 'top') as fc.Arbitrary<PatternConcern['priority']>,
  status: fc.constantFrom('new', 'acknowledged', 'in-progress', 'resolved', 'closed') as fc.Arbitrary<PatternConcern['status']>,
  answerAfterMinutes: fc.option(fc.integer({ min: 0, max: 20 * 24 * 60 })),
  citizen: fc.constantFrom('', 'email:a@x.org', 'phone:5550142368', 'name:tom baker'),
});

type Spec = typeof concernArb extends fc.Arbitrary<infer T> ? T : never;

function build(specs: Spec[]): PatternConcern[] {
  return specs.map((s, i) => {
    const created = MARCH_START + s.day * DAY + s.minute * 60_000;
    return {
      id: `c${String(i).padStart(4, '0')}`,
      createdAt: unixMsToIso(created),
      text: 'x',
      category: '',
      channel: s.channel,
      area: s.area,
      address: s.address,
      tags: [],
      priority: s.priority,
      status: s.status,
      firstResponseAt: s.answerAfterMinutes === null ? null : unixMsToIso(created + s.answerAfterMinutes * 60_000),
      raisedCount: 1,
      contactKey: s.citizen,
      personal: s.address === 'Maria Lopez' ? ['Maria Lopez'] : [],
    };
  });
}

describe('computeFigures (properties)', () => {
  it('partitions the period by channel, priority and response group, and shows no house number or citizen', () => {
    fc.assert(
      fc.property(fc.array(concernArb, { maxLength: 40 }), fc.array(concernArb, { maxLength: 20 }), (specs, earlierSpecs) => {
        const inPeriod = build(specs);
        const earlier = build(earlierSpecs).map((c) => ({ ...c, id: `e${c.id}` }));
        const f = computeFigures({
          inPeriod,
          earlier,
          period: '2026-03',
          months: monthsEnding('2026-03', 4),
          timeZone: 'UTC',
          responsePolicy: defaultResponsePolicy('UTC'),
        });
        const sum = (xs: { count: number }[]) => xs.reduce((n, x) => n + x.count, 0);
        expect(sum(f.channels)).toBe(inPeriod.length);
        expect(sum(f.priorities)).toBe(inPeriod.length);
        const r = f.responseTimes;
        if (r === null) throw new Error('a policy was given');
        const groups = [r.answeredInTime, r.answeredLate, r.waiting, r.overdue];
        expect(sum(groups)).toBe(r.total);
        const grouped = groups.flatMap((g) => g.concernIds);
        expect(new Set(grouped).size).toBe(grouped.length);
        const unanswered = inPeriod.filter((c) => c.firstResponseAt === null && (c.status === 'resolved' || c.status === 'closed'));
        expect(r.total).toBe(inPeriod.length - unanswered.length);
        for (const place of f.places) {
          expect(place.count).toBeGreaterThanOrEqual(3);
          expect(place.name).not.toMatch(/\d|Maria|Lopez/);
        }
        expect(f.repeatContacts.distribution.reduce((n, d) => n + d.count, 0)).toBe(f.repeatContacts.citizens);
        expect(JSON.stringify(f)).not.toMatch(/a@x\.org|5550142368|tom baker/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('monthOf (properties)', () => {
  const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham', 'America/St_Johns'];
  it("agrees with the zone's own calendar at every instant, DST changes included", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.constantFrom(...zones), (ms, zone) => {
        const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit' }).formatToParts(ms);
        const expected = `${parts.find((p) => p.type === 'year')?.value}-${parts.find((p) => p.type === 'month')?.value}`;
        expect(monthOf(unixMsToIso(ms), zone)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
