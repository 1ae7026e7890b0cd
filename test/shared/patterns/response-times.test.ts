import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clockState, ResponsePolicySchema, type ResponsePolicy } from '@shared/domain/response-clock';
import { unixMsToIso } from '@shared/domain/local-time';
import { computeResponseTimes } from '@shared/patterns/response-times';
import type { PatternConcern } from '@shared/patterns/types';

const START = Date.UTC(2026, 0, 1);
const HOUR = 3_600_000;

const span = fc.tuple(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 1, max: 12 })).map(([from, length]) => {
  const to = Math.min(24, from + length);
  return { start: `${String(from).padStart(2, '0')}:00`, end: to === 24 ? '24:00' : `${String(to).padStart(2, '0')}:30` };
});
const day = fc.oneof(fc.constant([]), fc.array(span, { maxLength: 1 }));
const target = fc.oneof(
  fc.record({ unit: fc.constant('hours' as const), amount: fc.integer({ min: 1, max: 72 }) }),
  fc.record({ unit: fc.constant('business-hours' as const), amount: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ unit: fc.constant('business-days' as const), amount: fc.integer({ min: 1, max: 10 }) }),
);
const policyArb = fc
  .record({
    timeZone: fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Sydney'),
    week: fc.record({ mon: day, tue: day, wed: day, thu: day, fri: span.map((s) => [s]), sat: day, sun: day }),
    holidays: fc.array(fc.record({ date: fc.integer({ min: 0, max: 120 }).map((d) => unixMsToIso(START + d * 24 * HOUR).slice(0, 10)), name: fc.constant('Holiday'), yearly: fc.boolean() }), { maxLength: 3 }),
    targets: fc.record({ normal: target, high: target, top: target }),
  })
  .map((p) => ResponsePolicySchema.safeParse(p))
  .filter((r) => r.success)
  .map((r) => r.data as ResponsePolicy);

const concernArb = fc.record({
  created: fc.integer({ min: 0, max: 90 * 24 * HOUR }),
  answerAfter: fc.option(fc.integer({ min: 0, max: 20 * 24 * HOUR })),
  priority: fc.constantFrom('normal' as const, 'high' as const, 'top' as const),
  status: fc.constantFrom('new', 'acknowledged', 'in-progress', 'resolved', 'closed'),
});

type Group = 'answeredInTime' | 'answeredLate' | 'waiting' | 'overdue';
const GROUP_OF_STATE: Record<string, Group> = { met: 'answeredInTime', missed: 'answeredLate', running: 'waiting', overdue: 'overdue' };

describe('computeResponseTimes', () => {
  const policies = new Set<string>();
  it('puts each concern in the group its clockState gives, for any office hours, targets and zone', () => {
    fc.assert(
      fc.property(policyArb, fc.array(concernArb, { minLength: 1, maxLength: 25 }), fc.integer({ min: 0, max: 120 * 24 * HOUR }), (policy, specs, asOfMs) => {
        const asOf = unixMsToIso(START + asOfMs);
        const concerns = specs.map((s, i): PatternConcern => ({
          id: `C-${i}`,
          createdAt: unixMsToIso(START + s.created),
          text: '',
          category: '',
          channel: '',
          area: '',
          address: '',
          tags: [],
          priority: s.priority,
          status: s.status,
          firstResponseAt: s.answerAfter === null ? null : unixMsToIso(START + s.created + s.answerAfter),
          raisedCount: 1,
          contactKey: '',
          personal: [],
        }));
        const figures = computeResponseTimes(concerns, policy, asOf);
        policies.add(policy.holidays.length > 0 ? 'holidays' : 'none');
        const expected: Record<Group, string[]> = { answeredInTime: [], answeredLate: [], waiting: [], overdue: [] };
        for (const c of concerns) {
          if (c.firstResponseAt === null && (c.status === 'resolved' || c.status === 'closed')) continue;
          expected[GROUP_OF_STATE[clockState(c.createdAt, c.priority, policy, asOf, c.firstResponseAt).state] as Group].push(c.id);
        }
        expect(figures.answeredInTime.concernIds).toEqual(expected.answeredInTime);
        expect(figures.answeredLate.concernIds).toEqual(expected.answeredLate);
        expect(figures.waiting.concernIds).toEqual(expected.waiting);
        expect(figures.overdue.concernIds).toEqual(expected.overdue);
      }),
      { numRuns: 300 },
    );
    expect([...policies].sort()).toEqual(['holidays', 'none']);
  });
});
