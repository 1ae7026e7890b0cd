/**
 * Moving an item of the agenda: the position that puts it between its new neighbours (the mutator's
 * agendaPositionBetween), and the concerns a figure item opens. Pure, so the order logic is tested alone.
 */
import type { AgendaItem, MeetingFigure } from '@shared/domain/meeting';
import { agendaPositionBetween } from '@shared/sync/mutators/meeting';
import type { Analysis, Count } from '@shared/patterns/types';

/**
 * The position that moves the item at `from` to index `to` of `items` (in agenda order), or undefined when
 * that changes nothing (same place, or an index outside the list).
 */
export function positionForMove(items: readonly Pick<AgendaItem, 'position'>[], from: number, to: number): number | undefined {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return undefined;
  const others = items.filter((_, i) => i !== from);
  return agendaPositionBetween(others[to - 1]?.position, others[to]?.position);
}

const idsOf = (counts: readonly Count[]): string[] => [...new Set(counts.flatMap((c) => c.concernIds))];

/** The concerns behind a figure, for "open the concerns" from the agenda. */
export function figureConcernIds(analysis: Analysis, figure: MeetingFigure): string[] {
  switch (figure) {
    case 'places':
      return [...new Set(analysis.places.flatMap((p) => p.concernIds))];
    case 'channels':
      return idsOf(analysis.channels);
    case 'priorities':
      return idsOf(analysis.priorities);
    case 'response-times': {
      const r = analysis.responseTimes;
      return r === null ? [] : idsOf([r.answeredInTime, r.answeredLate, r.waiting, r.overdue]);
    }
    case 'repeat-contacts':
      return analysis.repeatContacts.concernIds;
    case 'last-month':
      return [...new Set(analysis.lastMonth.flatMap((m) => m.concernIds))];
  }
}
