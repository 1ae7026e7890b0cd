/**
 * The guard of the review-queue mutators that change a concern: it must be here, not deleted, and not merged into
 * another one. A merged concern is kept (closed, pointing at the one it joined) so its trail stays readable,
 * but a change of it would be lost from sight: it belongs on the concern it was merged into. Flags and comments,
 * pure additions, are still taken on a merged concern (the survivor's timeline reads them: review-merge.ts), so
 * one typed at another desk before it heard of the merge is not lost.
 */
import type { Concern } from '../../domain/concern';
import { reviewStateOf } from '../../domain/concern';
import { MutationRejected } from '../errors';
import { requireConcern } from '../mutator';
import type { SyncStore } from '../store';

/** The concern with this id, if it may still change; rejects plainly when it is deleted, unknown or merged. */
export async function requireOpenConcern(store: SyncStore, id: string): Promise<Concern> {
  const concern = await requireConcern(store, id);
  const { mergedInto } = reviewStateOf(concern);
  if (mergedInto === null) return concern;
  // Name the concern it went into when this desk knows it, so the person can find it.
  const survivor = await store.get('concerns', mergedInto);
  const where = survivor === undefined ? 'another concern' : `the concern "${survivor.summary}"`;
  throw new MutationRejected(
    `This concern was merged into ${where}, so your change was not saved here: make it on that concern instead.`,
    'merged',
    { mergedInto },
  );
}
