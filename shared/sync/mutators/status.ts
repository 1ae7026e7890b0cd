/**
 * Guarded changes: setStatus (and setPriority, when given `from`) name the value they expect to leave. Of two
 * desks that both move a concern on from the same status, the first in the server's order applies and the
 * second is rejected and told who got there first, instead of silently overwriting a decision.
 */
import { z } from 'zod';
import { PrioritySchema, StatusSchema, type Priority, type Status } from '../../domain/concern';
import { MutationRejected } from '../errors';
import { ConcernIdSchema, defineMutator, putRow, recordHistory, requireConcern, touched } from '../mutator';
import { clockStop } from './clock';

/** Statuses that say someone has taken the concern up: moving a new concern to one stops its response clock. */
const TAKEN_UP: readonly Status[] = ['acknowledged', 'in-progress'];

/** A status in the words of a refusal ("in progress"). */
export const STATUS_WORDS: Readonly<Record<Status, string>> = {
  new: 'new',
  acknowledged: 'acknowledged',
  'in-progress': 'in progress',
  resolved: 'resolved',
  closed: 'closed',
};

/** The refusal of a guarded status change: someone else moved the concern to `status` first. */
export function statusMoved(status: Status): MutationRejected {
  return new MutationRejected(`Someone else already marked this concern ${STATUS_WORDS[status]}, so it was not changed.`, 'status-moved', {
    status,
  });
}

const PRIORITY_WORDS: Record<Priority, string> = { normal: 'normal', high: 'high', top: 'top' };

/** Moves a concern from the status its author saw to a new one; rejected if the status has moved since. */
export const setStatus = defineMutator({
  name: 'setStatus',
  args: z
    .object({ id: ConcernIdSchema, from: StatusSchema, to: StatusSchema })
    .refine((a) => a.from !== a.to, { message: 'The new status is the same as the current one', path: ['to'] }),
  async run(store, { id, from, to }, ctx) {
    const concern = await requireConcern(store, id);
    if (concern.status !== from) throw statusMoved(concern.status);
    // Taking a concern up answers the office's promise as acknowledging does (acknowledgeConcern).
    const stop = TAKEN_UP.includes(to) ? clockStop(concern, ctx) : undefined;
    await putRow(store, 'concerns', touched(concern, { status: to, ...(stop ? { firstResponseAt: ctx.at } : {}) }, ctx));
    await recordHistory(store, ctx, id, 'edited', [{ field: 'status', from, to }, ...(stop ? [stop] : [])]);
  },
});

/** Sets a concern's priority; with `from`, only if it is still what its author saw. */
export const setPriority = defineMutator({
  name: 'setPriority',
  args: z.object({ id: ConcernIdSchema, from: PrioritySchema.optional(), to: PrioritySchema }),
  async run(store, { id, from, to }, ctx) {
    const concern = await requireConcern(store, id);
    if (from !== undefined && concern.priority !== from && concern.priority !== to) {
      const now = PRIORITY_WORDS[concern.priority];
      throw new MutationRejected(
        `Someone else already set this concern's priority to ${now}, so it was not changed.`,
        'priority-moved',
        { priority: concern.priority },
      );
    }
    if (concern.priority === to) return;
    await putRow(store, 'concerns', touched(concern, { priority: to }, ctx));
    await recordHistory(store, ctx, id, 'edited', [{ field: 'priority', from: concern.priority, to }]);
  },
});
