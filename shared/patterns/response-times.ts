/**
 * Response-time performance of a period against the office's first-response targets (response-clock.ts: a
 * target per priority, counted in hours or in the office's open time). Each concern of the period lands in one
 * of four groups:
 *   answered in time / answered late   it has a first response, by or after its due time (known outcomes, even
 *                                      when the answer came after the period)
 *   waiting / overdue                  no response yet at `asOf`, before or past its due time
 * A concern resolved or closed without an answer is in none: nobody is waiting for an answer any more (the
 * same rule as the review queue's clocks, concernClock).
 */
import { dueAt } from '../domain/response-clock';
import type { ResponsePolicy } from '../domain/response-clock';
import { isoToUnixMs } from '../sync/context';
import { countOf, median } from './figure-counts';
import type { PatternConcern, ResponseFigures } from './types';

const PRIORITY_ORDER = ['normal', 'high', 'top'] as const;

type Group = 'answeredInTime' | 'answeredLate' | 'waiting' | 'overdue';

/**
 * The group of a concern: the state clockState would give its clock at `asOf` (stopped at its first response),
 * from the due time alone. clockState also measures time left or overdue and words a label, which the meeting's
 * figures never show: skipping that makes 10,000 concerns take a tenth of the time. The test of this module
 * checks the two agree.
 */
function groupOf(concern: PatternConcern, policy: ResponsePolicy, asOf: string): Group | null {
  const answeredAt = concern.firstResponseAt;
  if (answeredAt === null && (concern.status === 'resolved' || concern.status === 'closed')) return null;
  const due = isoToUnixMs(dueAt(concern.createdAt, concern.priority, policy));
  const end = isoToUnixMs(answeredAt ?? asOf);
  if (answeredAt !== null) return end <= due ? 'answeredInTime' : 'answeredLate';
  return end <= due ? 'waiting' : 'overdue';
}

const minutesToAnswer = (c: PatternConcern): number | null =>
  c.firstResponseAt === null ? null : Math.max(0, (isoToUnixMs(c.firstResponseAt) - isoToUnixMs(c.createdAt)) / 60_000);

/**
 * How the period's concerns stand against the policy at `asOf` (an ISO 8601 UTC timestamp: the end of the
 * period for a month that has ended, now for the current one). Medians are in whole minutes of real time.
 */
export function computeResponseTimes(inPeriod: readonly PatternConcern[], policy: ResponsePolicy, asOf: string): ResponseFigures {
  const groups: Record<Group, string[]> = { answeredInTime: [], answeredLate: [], waiting: [], overdue: [] };
  const byPriority = new Map(PRIORITY_ORDER.map((p) => [p, { total: 0, inTime: 0, minutes: [] as number[] }]));
  const allMinutes: number[] = [];
  for (const concern of inPeriod) {
    const group = groupOf(concern, policy, asOf);
    if (group === null) continue;
    groups[group].push(concern.id);
    const row = byPriority.get(concern.priority);
    const minutes = minutesToAnswer(concern);
    if (row !== undefined) {
      row.total += 1;
      if (group === 'answeredInTime') row.inTime += 1;
      if (minutes !== null) row.minutes.push(minutes);
    }
    if (minutes !== null) allMinutes.push(minutes);
  }
  const total = groups.answeredInTime.length + groups.answeredLate.length + groups.waiting.length + groups.overdue.length;
  const round = (m: number | null): number | null => (m === null ? null : Math.round(m));
  return {
    total,
    answeredInTime: countOf('answered in time', groups.answeredInTime, total),
    answeredLate: countOf('answered late', groups.answeredLate, total),
    waiting: countOf('waiting', groups.waiting, total),
    overdue: countOf('overdue', groups.overdue, total),
    medianMinutesToAnswer: round(median(allMinutes)),
    byPriority: PRIORITY_ORDER.map((priority) => {
      const row = byPriority.get(priority) ?? { total: 0, inTime: 0, minutes: [] };
      return { priority, total: row.total, inTime: row.inTime, medianMinutesToAnswer: round(median(row.minutes)) };
    }),
  };
}
