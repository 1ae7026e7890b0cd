/**
 * The offline fallback of the priority lane: a desk that could not reach the office server for a while sent a
 * top-priority concern on itself (through its own mail program, or by phone) and records it here, so the server
 * does not email it again when the desk's changes arrive (server/src/escalations/fallbacks.ts) and every desk
 * sees who did what. Insert-only, like comments: two desks that both sent it on are both recorded.
 */
import { z } from 'zod';
import { FALLBACK_METHODS, MAX_FALLBACK_NOTE_LENGTH } from '../store';
import { ConcernIdSchema, defineMutator, insertRow, requireConcern } from '../mutator';

/** Records that this desk emailed or phoned a top-priority concern (`id`) through itself. */
export const recordEscalationFallback = defineMutator({
  name: 'recordEscalationFallback',
  args: z.object({
    id: ConcernIdSchema,
    method: z.enum(FALLBACK_METHODS, 'Say whether the concern was emailed or phoned through'),
    note: z
      .string({ error: 'The note is text' })
      .trim()
      .max(MAX_FALLBACK_NOTE_LENGTH, `Keep the note under ${MAX_FALLBACK_NOTE_LENGTH} characters`)
      .default(''),
  }),
  async run(store, { id, method, note }, ctx) {
    await requireConcern(store, id);
    await insertRow(store, 'escalation_fallbacks', { id: ctx.newId(), concernId: id, method, note, at: ctx.at, by: ctx.by });
  },
});
