/**
 * Tags as an observed-remove set (see store.ts). addTags gives each tag a fresh add id; removeTags names the
 * add ids its author saw, so it removes only those. A tag added at another desk that the remover had not seen
 * survives, whatever order the server applies the two in: "add wins" over a concurrent remove.
 *
 * Build removeTags args with removeTagsArgs(store, id, tags) at the moment the person removes the tags: the
 * add ids it reads from the local store are exactly what that person saw.
 */
import { z } from 'zod';
import { TagSchema } from '../../domain/concern';
import { LIMITS } from '../../domain/limits';
import { UUIDV7_PATTERN } from '../../lib/uuidv7';
import { MutationRejected } from '../errors';
import { ConcernIdSchema, addTagOnce, defineMutator, putRow, recordHistory, touched } from '../mutator';
import { requireOpenConcern } from './open-concern';
import { MAX_TAG_ADDS, concernTagId, type SyncStore } from '../store';

const uniqueTags = (tags: readonly string[]) => new Set(tags).size === tags.length;

/** Adds tags to a concern; each add is remembered separately so a concurrent remove cannot undo it. */
export const addTags = defineMutator({
  name: 'addTags',
  args: z.object({
    id: ConcernIdSchema,
    tags: z
      .array(TagSchema)
      .min(1, 'Name at least one tag to add')
      .max(LIMITS.tags, `A concern can have at most ${LIMITS.tags} tags`)
      .refine(uniqueTags, { message: 'Each tag can appear only once' }),
  }),
  async run(store, { id, tags }, ctx) {
    const concern = await requireOpenConcern(store, id);
    const after = [...concern.tags, ...tags.filter((tag) => !concern.tags.includes(tag))];
    if (after.length > LIMITS.tags) {
      throw new MutationRejected(
        `This concern already has ${concern.tags.length} tags and can have at most ${LIMITS.tags}, so the tags were not added.`,
        'too-many-tags',
        { count: concern.tags.length, limit: LIMITS.tags },
      );
    }
    // Every named tag gets a fresh add id, even one already on the concern: the author may not have seen the
    // existing add, and a remove of that add elsewhere must not take this one with it.
    for (const tag of tags) await addTagOnce(store, ctx, id, tag);
    if (after.length === concern.tags.length) return;
    await putRow(store, 'concerns', touched(concern, { tags: after }, ctx));
    await recordHistory(store, ctx, id, 'edited', [{ field: 'tags', from: concern.tags, to: after }]);
  },
});

/** Schema of one tag to remove with the add ids its author saw. */
export const TagRemovalSchema = z.object({
  tag: TagSchema,
  addIds: z.array(z.string().regex(UUIDV7_PATTERN, 'Expected an add id (a UUIDv7)')).min(1).max(MAX_TAG_ADDS),
});
/** One tag to remove with the add ids its author saw. */
export type TagRemoval = z.infer<typeof TagRemovalSchema>;

/** Removes the adds its author saw of some tags; a tag stays while an add nobody removed is left. */
export const removeTags = defineMutator({
  name: 'removeTags',
  args: z.object({
    id: ConcernIdSchema,
    tags: z
      .array(TagRemovalSchema)
      .min(1, 'Name at least one tag to remove')
      .max(LIMITS.tags, `A concern can have at most ${LIMITS.tags} tags`)
      .refine((list) => uniqueTags(list.map((r) => r.tag)), { message: 'Each tag can appear only once' }),
  }),
  async run(store, { id, tags }, ctx) {
    const concern = await requireOpenConcern(store, id);
    const gone = new Set<string>();
    for (const { tag, addIds } of tags) {
      const rowId = concernTagId(id, tag);
      const row = await store.get('concern_tags', rowId);
      if (row === undefined) continue;
      const left = row.addIds.filter((addId) => !addIds.includes(addId));
      if (left.length === row.addIds.length) continue;
      if (left.length > 0) {
        await putRow(store, 'concern_tags', { ...row, addIds: left });
      } else {
        await store.delete('concern_tags', rowId);
        gone.add(tag);
      }
    }
    const after = concern.tags.filter((tag) => !gone.has(tag));
    if (after.length === concern.tags.length) return;
    await putRow(store, 'concerns', touched(concern, { tags: after }, ctx));
    await recordHistory(store, ctx, id, 'edited', [{ field: 'tags', from: concern.tags, to: after }]);
  },
});

/** Args of removeTags. */
export type RemoveTagsArgs = z.input<typeof removeTags.args>;

/** The removeTags args for the adds of these tags in this store now (what the person sees); undefined if none. */
export async function removeTagsArgs(
  store: SyncStore,
  id: string,
  tags: readonly string[],
): Promise<RemoveTagsArgs | undefined> {
  const removals: TagRemoval[] = [];
  for (const tag of tags) {
    const row = await store.get('concern_tags', concernTagId(id, tag));
    if (row !== undefined) removals.push({ tag, addIds: row.addIds });
  }
  return removals.length === 0 ? undefined : { id, tags: removals };
}
