/**
 * The tone of a concern: staff mark a concern as a negative comment (or take the mark off), so whoever replies
 * sees the office's response policy for comments beside the reply (shared/domain/replies.ts).
 *
 * Merge rule: markNegative states the value its author wants, not a toggle, so two desks marking the same concern
 * at once agree, and a replay changes nothing. Setting the value the concern already has is a no-op (no history,
 * no new stamps). The last mark in the server's order wins, as with any other field. A concern merged into
 * another takes no mark (open-concern.ts): it belongs on the one it joined.
 */
import { z } from 'zod';
import { reviewStateOf } from '../../domain/concern';
import { ConcernIdSchema, defineMutator, putRow, recordHistory, touched } from '../mutator';
import { requireOpenConcern } from './open-concern';

/** Marks a concern as a negative comment (`negative: true`) or takes the mark off (`false`), with a history entry. */
export const markNegative = defineMutator({
  name: 'markNegative',
  args: z.object({
    id: ConcernIdSchema,
    negative: z.boolean({ error: 'Say whether the concern is negative: true or false' }),
  }),
  async run(store, { id, negative }, ctx) {
    const concern = await requireOpenConcern(store, id);
    const was = reviewStateOf(concern).negative;
    if (was === negative) return;
    await putRow(store, 'concerns', touched(concern, { negative }, ctx));
    await recordHistory(store, ctx, id, 'edited', [{ field: 'negative', from: was, to: negative }]);
  },
});
