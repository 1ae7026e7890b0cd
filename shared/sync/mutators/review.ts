/**
 * The review queue's notes on a concern: flags for a go-to person, comments between staff. Each is a row of its
 * own (shared/domain/review.ts), inserted and never rewritten, so concurrent notes at several desks all survive.
 *
 * Merge rules:
 * - flagConcern only inserts a flag row: the concern itself, its stamps and its history stay as they were.
 * - reviewFlags names the flags its author saw; a flag raised meanwhile at another desk is not named, so it
 *   stays open. A named flag someone else already marked reviewed is skipped (it keeps its first reviewer):
 *   what the author wanted is already true, and two go-to people clearing the queue at once must not be told
 *   off. A named flag that is not one of this concern's is refused, and then nothing is marked. The flags of
 *   concerns merged into this one count as its own: they stay under the duplicate's id (merge.ts), and the
 *   duplicate itself takes no more changes, so this is where they are reviewed.
 * - addComment only inserts a comment row.
 * - flagConcern and addComment are taken on a concern merged into another (the survivor reads them), so a note
 *   typed at a desk that had not heard of the merge is kept; every other action refuses it (open-concern.ts).
 * None of these three writes history: the rows carry who and when themselves.
 *
 * And what a go-to person records on the concern itself, each with a history entry:
 * - recordResponse inserts a response row and stops the response clock (Concern.firstResponseAt). The clock
 *   keeps the EARLIEST answer's time, whatever order answers reach the server in: an answer a desk recorded
 *   offline at 10:00 and sent at 14:00 still stops it at 10:00, and a later answer never moves it.
 * - acknowledgeConcern moves a new concern to acknowledged (guarded: rejected if someone moved it on to
 *   anything else) and stops the clock the same way. On a concern already acknowledged it is not refused: it
 *   records the acknowledgement's time if the clock is still running (a concern marked acknowledged with
 *   setStatus, which does not stop it), and is otherwise a no-op, as when two go-to people acknowledge at once.
 * - resolveConcern is a guarded status change to resolved that must carry the resolution note.
 */
import { z } from 'zod';
import { StatusSchema, reviewStateOf, type Concern } from '../../domain/concern';
import type { FieldChange } from '../../domain/history';
import { LIMITS } from '../../domain/limits';
import {
  CommentTextSchema,
  ConcernResponseSchema,
  FlagReasonSchema,
  MAX_MENTIONS,
  ResponseMethodSchema,
  StaffIdSchema,
  type ConcernFlag,
} from '../../domain/review';
import { UUIDV7_PATTERN } from '../../lib/uuidv7';
import { MutationRejected } from '../errors';
import { ConcernIdSchema, defineMutator, insertRow, putRow, recordHistory, requireConcern, touched } from '../mutator';
import { requireOpenConcern } from './open-concern';
// As setStatus words it, so a refusal reads the same whichever button was pressed.
import { statusMoved } from './status';
import { clockStop } from './clock';

/** Most flags one review may name: far more than a concern collects, a bound on the args. */
export const MAX_FLAGS_PER_REVIEW = 100;

const isUnique = (values: readonly string[]) => new Set(values).size === values.length;

/** Asks a go-to person to look at a concern, saying why; the flag stays open until someone reviews it. */
export const flagConcern = defineMutator({
  name: 'flagConcern',
  args: z.object({ id: ConcernIdSchema, reason: FlagReasonSchema }),
  async run(store, { id, reason }, ctx) {
    // Taken on a merged concern too: the survivor reviews its duplicates' flags (open-concern.ts).
    await requireConcern(store, id);
    await insertRow(store, 'concern_flags', {
      id: ctx.newId(),
      concernId: id,
      reason,
      by: ctx.by,
      at: ctx.at,
      reviewedAt: null,
      reviewedBy: null,
    });
  },
});

/** Marks the open flags its author saw on a concern as reviewed; see the merge rules above. */
export const reviewFlags = defineMutator({
  name: 'reviewFlags',
  args: z.object({
    id: ConcernIdSchema,
    flagIds: z
      .array(z.string().regex(UUIDV7_PATTERN, 'Expected a flag id (a UUIDv7)'))
      .min(1, 'Name at least one flag to mark reviewed')
      .max(MAX_FLAGS_PER_REVIEW, `Mark at most ${MAX_FLAGS_PER_REVIEW} flags reviewed at once`)
      .refine(isUnique, { message: 'Each flag can appear only once' }),
  }),
  async run(store, { id, flagIds }, ctx) {
    const concern = await requireOpenConcern(store, id);
    const own = new Set([id, ...reviewStateOf(concern).mergedFrom]);
    const open: ConcernFlag[] = [];
    for (const flagId of flagIds) {
      const flag = await store.get('concern_flags', flagId);
      if (flag === undefined || !own.has(flag.concernId)) {
        throw new MutationRejected(
          'One of the flags you marked reviewed is not a flag of this concern, so no flag was marked reviewed.',
          'not-found',
          { flagId },
        );
      }
      if (flag.reviewedAt === null) open.push(flag);
    }
    for (const flag of open) await putRow(store, 'concern_flags', { ...flag, reviewedAt: ctx.at, reviewedBy: ctx.by });
  },
});

/** Adds a comment between staff to a concern; `mentions` are the staff ids to notify. */
export const addComment = defineMutator({
  name: 'addComment',
  args: z.object({
    id: ConcernIdSchema,
    text: CommentTextSchema,
    mentions: z
      .array(StaffIdSchema)
      .max(MAX_MENTIONS, `Mention at most ${MAX_MENTIONS} colleagues in one comment`)
      .refine(isUnique, { message: 'Mention each colleague only once' })
      .default([]),
  }),
  async run(store, { id, text, mentions }, ctx) {
    // Taken on a merged concern too: the survivor's timeline reads it (open-concern.ts).
    await requireConcern(store, id);
    await insertRow(store, 'concern_comments', { id: ctx.newId(), concernId: id, text, mentions, by: ctx.by, at: ctx.at });
  },
});


/** Records an answer given to the citizen (how, and what was said); the first one stops the response clock. */
export const recordResponse = defineMutator({
  name: 'recordResponse',
  args: z.object({ id: ConcernIdSchema, method: ResponseMethodSchema, text: ConcernResponseSchema.shape.text.default('') }),
  async run(store, { id, method, text }, ctx) {
    const concern = await requireOpenConcern(store, id);
    await insertRow(store, 'concern_responses', { id: ctx.newId(), concernId: id, method, text, by: ctx.by, at: ctx.at });
    const stop = clockStop(concern, ctx);
    if (stop !== undefined) await putRow(store, 'concerns', touched(concern, { firstResponseAt: ctx.at }, ctx));
    await recordHistory(store, ctx, id, 'edited', [{ field: 'response', from: null, to: method }, ...(stop ? [stop] : [])]);
  },
});


/** Acknowledges a new concern and stops its response clock; see the merge rules above for one already acknowledged. */
export const acknowledgeConcern = defineMutator({
  name: 'acknowledgeConcern',
  args: z.object({ id: ConcernIdSchema }),
  async run(store, { id }, ctx) {
    const concern = await requireOpenConcern(store, id);
    if (concern.status !== 'new' && concern.status !== 'acknowledged') throw statusMoved(concern.status);
    const stop = clockStop(concern, ctx);
    const changes: FieldChange[] = concern.status === 'new' ? [{ field: 'status', from: 'new', to: 'acknowledged' }] : [];
    if (stop !== undefined) changes.push(stop);
    if (changes.length === 0) return;
    const values: Partial<Concern> = { status: 'acknowledged', ...(stop ? { firstResponseAt: ctx.at } : {}) };
    await putRow(store, 'concerns', touched(concern, values, ctx));
    await recordHistory(store, ctx, id, 'edited', changes);
  },
});

/** Resolves a concern from the status its author saw, with a note of how; rejected if the status has moved since. */
export const resolveConcern = defineMutator({
  name: 'resolveConcern',
  args: z.object({
    id: ConcernIdSchema,
    from: StatusSchema.refine((from) => from !== 'resolved', 'This concern is already resolved'),
    note: z
      .string({ error: 'Write how the concern was resolved' })
      .trim()
      .min(1, 'Write how the concern was resolved')
      .max(LIMITS.details, `Keep the resolution note under ${LIMITS.details} characters`),
  }),
  async run(store, { id, from, note }, ctx) {
    const concern = await requireOpenConcern(store, id);
    if (concern.status !== from) throw statusMoved(concern.status);
    const before = reviewStateOf(concern).resolution;
    const changes: FieldChange[] = [{ field: 'status', from, to: 'resolved' }];
    if (before !== note) changes.push({ field: 'resolution', from: before, to: note });
    await putRow(store, 'concerns', touched(concern, { status: 'resolved', resolution: note }, ctx));
    await recordHistory(store, ctx, id, 'edited', changes);
  },
});
