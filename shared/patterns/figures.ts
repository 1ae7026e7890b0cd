/**
 * The meeting's figures beside the themes: places with a concentration of concerns, the channel mix, the share
 * of each priority, response times against the office's targets and repeat contacts. Each figure carries the
 * ids of the concerns it counts, so the meeting can open them.
 *
 * Example: computeFigures({ inPeriod, earlier, period: '2026-03', months: ['2025-04', …, '2026-03'],
 *   timeZone: 'Europe/Berlin', responsePolicy: null }) -> { places: [...], channels: [{ key: 'phone', count: 41,
 *   share: 0.41, concernIds: [...] }, …], priorities: [...], responseTimes: null, repeatContacts: {...} }
 */
import type { Month } from '../domain/meeting';
import type { ResponsePolicy } from '../domain/response-clock';
import { isoToUnixMs } from '../sync/context';
import { countOf, countsOf, groupIds } from './figure-counts';
import { monthEndIso } from './months';
import { computePlaces } from './places';
import { computeRepeatContacts } from './repeat-contacts';
import { computeResponseTimes } from './response-times';
import type { Analysis, Count, PatternConcern } from './types';

/** The key a concern with no channel is counted under. */
export const UNKNOWN_CHANNEL = 'unknown';

/** What computeFigures reads: the period's concerns and those of the months before it. */
export interface FiguresInput {
  inPeriod: readonly PatternConcern[];
  /** Concerns of the earlier months of `months` (not the period). */
  earlier: readonly PatternConcern[];
  period: Month;
  /** The months of the analysis, oldest first, the period last. */
  months: readonly Month[];
  timeZone: string;
  responsePolicy: ResponsePolicy | null;
  /**
   * When the figures are made, ISO 8601 UTC: waiting and overdue are judged at the earlier of this and the
   * period's end. Absent: the period's end (right for a month that has ended).
   */
  now?: string;
}

/** The figures' part of an Analysis. */
export type Figures = Pick<Analysis, 'places' | 'channels' | 'priorities' | 'responseTimes' | 'repeatContacts'>;

/** Count per channel ('' counted as UNKNOWN_CHANNEL), biggest first, shares of the period. */
export function computeChannels(inPeriod: readonly PatternConcern[]): Count[] {
  return countsOf(groupIds(inPeriod, (c) => (c.channel.trim() === '' ? UNKNOWN_CHANNEL : c.channel.trim())), inPeriod.length);
}

/** Count per priority, always normal, high and top in that order (zeros included), shares of the period. */
export function computePriorities(inPeriod: readonly PatternConcern[]): Count[] {
  const groups = groupIds(inPeriod, (c) => c.priority);
  return (['normal', 'high', 'top'] as const).map((p) => countOf(p, groups.get(p) ?? [], inPeriod.length));
}

function asOfOf(input: FiguresInput): string {
  const end = monthEndIso(input.period, input.timeZone);
  if (input.now === undefined) return end;
  return isoToUnixMs(input.now) < isoToUnixMs(end) ? input.now : end;
}

/** The period's figures; responseTimes is null when the office has no response policy. */
export function computeFigures(input: FiguresInput): Figures {
  const earlierMonths = Math.max(0, input.months.filter((m) => m < input.period).length);
  return {
    places: computePlaces(input.inPeriod, input.earlier, earlierMonths),
    channels: computeChannels(input.inPeriod),
    priorities: computePriorities(input.inPeriod),
    responseTimes: input.responsePolicy === null ? null : computeResponseTimes(input.inPeriod, input.responsePolicy, asOfOf(input)),
    repeatContacts: computeRepeatContacts(input.inPeriod, input.earlier),
  };
}
