/**
 * mergeConcerns: one concern (the duplicate) is merged into another (the survivor, args.id). Rules in
 * shared/domain/review-merge.ts. Effects, all or nothing:
 *   survivor   raisedCount adds the duplicate's; otherContacts gains the duplicate's contacts (no exact repeats);
 *              mergedFrom gains the duplicate and everything merged into it; every tag of the duplicate is added
 *              (a fresh add each, as addTags does, so a concurrent remove that never saw it cannot undo it);
 *              history: an 'edited' entry with the fields that changed (mergedFrom among them)
 *   duplicate  mergedInto = survivor, status closed; history: an 'edited' entry (mergedInto, status)
 * The duplicate's own rows (comments, flags, responses, history, escalations) stay under its id: the survivor's
 * timeline reads them through mergedFrom (timelineConcernIds), so nothing added to the duplicate meanwhile at
 * another desk is lost. The survivor keeps its own priority, status, assignees and first response: raising the
 * priority is a decision of its own, through setPriority.
 *
 * Merging a concern already in the survivor's merge tree changes nothing (two desks merged the same pair); any
 * other merge of an already merged concern, or one that would make a loop, is refused in plain words.
 */
import { z } from 'zod';
import { reviewStateOf, type Concern } from '../../domain/concern';
import type { FieldChange } from '../../domain/history';
import { LIMITS } from '../../domain/limits';
import { mergeObstacle, mergedFromAfter, mergedOtherContacts, mergedTags, type MergeObstacle } from '../../domain/review-merge';
import type { MutationContext } from '../context';
import { MutationRejected } from '../errors';
import { ConcernIdSchema, addTagOnce, defineMutator, putRow, recordHistory, touched } from '../mutator';
import type { SyncStore } from '../store';

type Side = 'survivor' | 'duplicate';

const SIDE_WORDS: Record<Side, string> = { survivor: 'the concern you chose to keep', duplicate: 'the duplicate concern' };

/** The concern on one side of the merge; refuses plainly, naming the side, when it is deleted or unknown. */
async function requireSide(store: SyncStore, id: string, side: Side): Promise<Concern> {
  const concern = await store.get('concerns', id);
  if (concern !== undefined) return concern;
  if ((await store.get('concern_tombstones', id)) !== undefined) {
    throw new MutationRejected(`Someone else deleted ${SIDE_WORDS[side]}, so nothing was merged.`, 'deleted', { side });
  }
  throw new MutationRejected(
    `${SIDE_WORDS[side].replace(/^t/, 'T')} is not in the notebook (it may have been removed), so nothing was merged.`,
    'not-found',
    { side },
  );
}

type Refused = Exclude<MergeObstacle, 'merged-already'>;

const REFUSALS: Record<Refused, string> = {
  self: 'A concern cannot be merged into itself, so nothing was merged.',
  cycle:
    'The concern you chose to keep was already merged into this duplicate, so merging them this way round would go in a circle. Nothing was merged.',
  'survivor-merged':
    'The concern you chose to keep was itself merged into another concern, so nothing was merged. Merge into that one instead.',
  'duplicate-merged': 'Someone already merged this duplicate into another concern, so it was not merged again.',
};

function refuse(obstacle: Refused, survivor: Concern, duplicate: Concern): never {
  const into = reviewStateOf(obstacle === 'survivor-merged' ? survivor : duplicate).mergedInto;
  const code = obstacle === 'self' ? 'invalid-args' : obstacle === 'cycle' ? 'merge-cycle' : 'merged';
  throw new MutationRejected(REFUSALS[obstacle], code, {
    obstacle,
    ...(into === null ? {} : { into }),
  });
}

/** Merges the duplicate into the survivor (args.id): see the module comment. */
export const mergeConcerns = defineMutator({
  name: 'mergeConcerns',
  args: z
    .object({ id: ConcernIdSchema, duplicateId: ConcernIdSchema })
    .refine((a) => a.id !== a.duplicateId, { message: 'A concern cannot be merged into itself', path: ['duplicateId'] }),
  async run(store, { id, duplicateId }, ctx) {
    const survivor = await requireSide(store, id, 'survivor');
    const duplicate = await requireSide(store, duplicateId, 'duplicate');
    const obstacle = mergeObstacle(survivor, duplicate);
    if (obstacle === 'merged-already') return;
    if (obstacle !== undefined) refuse(obstacle, survivor, duplicate);
    const tags = mergedTags(survivor, duplicate);
    if (tags.length > LIMITS.tags) {
      throw new MutationRejected(
        `Together these concerns have ${tags.length} different tags and a concern can have at most ${LIMITS.tags}, so nothing was merged. Remove some tags first.`,
        'too-many-tags',
        { count: tags.length, limit: LIMITS.tags },
      );
    }
    await mergeIntoSurvivor(store, ctx, survivor, duplicate, tags);
    await closeDuplicate(store, ctx, duplicate, id);
  },
});

async function mergeIntoSurvivor(store: SyncStore, ctx: MutationContext, survivor: Concern, duplicate: Concern, tags: string[]): Promise<void> {
  const before = reviewStateOf(survivor);
  const values = {
    mergedFrom: mergedFromAfter(survivor, duplicate),
    raisedCount: before.raisedCount + reviewStateOf(duplicate).raisedCount,
    otherContacts: mergedOtherContacts(survivor, duplicate),
    tags,
  };
  const changes: FieldChange[] = [
    { field: 'mergedFrom', from: before.mergedFrom, to: values.mergedFrom },
    { field: 'raisedCount', from: before.raisedCount, to: values.raisedCount },
  ];
  if (values.otherContacts.length !== before.otherContacts.length) {
    changes.push({ field: 'otherContacts', from: before.otherContacts, to: values.otherContacts });
  }
  if (tags.length !== survivor.tags.length) changes.push({ field: 'tags', from: survivor.tags, to: tags });
  for (const tag of duplicate.tags) await addTagOnce(store, ctx, survivor.id, tag);
  await putRow(store, 'concerns', touched(survivor, values, ctx));
  await recordHistory(store, ctx, survivor.id, 'edited', changes);
}

async function closeDuplicate(store: SyncStore, ctx: MutationContext, duplicate: Concern, survivorId: string): Promise<void> {
  const changes: FieldChange[] = [{ field: 'mergedInto', from: null, to: survivorId }];
  if (duplicate.status !== 'closed') changes.push({ field: 'status', from: duplicate.status, to: 'closed' });
  await putRow(store, 'concerns', touched(duplicate, { mergedInto: survivorId, status: 'closed' }, ctx));
  await recordHistory(store, ctx, duplicate.id, 'edited', changes);
}
