/**
 * Mutators that create, edit and delete a concern. Merge rules: a new concern's id is chosen by its desk and
 * can never be reused (not even after a delete); an edit is a per-field patch (patch.ts), so edits of
 * different fields at different desks both survive and an edit of the same field is won by the later one in
 * the server's order; a delete wins over every edit the server orders after it.
 */
import { z } from 'zod';
import { ConcernFieldsSchema, ConcernSchema, type Concern } from '../../domain/concern';
import { MutationRejected, issuePath } from '../errors';
import { ConcernIdSchema, addTagOnce, defineMutator, putRow, recordHistory, requireConcern, touched } from '../mutator';
import { concernTagId } from '../store';
import { ConcernPatchSchema, changesOf, writeField, type PatchField } from './patch';

/** Logs a new concern with a 'created' history entry; rejects an id that is or was in use. */
export const logConcern = defineMutator({
  name: 'logConcern',
  args: z.object({ id: ConcernIdSchema, fields: ConcernFieldsSchema }),
  async run(store, { id, fields }, ctx) {
    const exists =
      (await store.get('concerns', id)) !== undefined || (await store.get('concern_tombstones', id)) !== undefined;
    if (exists) {
      throw new MutationRejected('A concern with this id was already logged, so it was not logged again.', 'exists');
    }
    const concern: Concern = { ...fields, id, createdAt: ctx.at, createdBy: ctx.by, updatedAt: ctx.at, updatedBy: ctx.by };
    await putRow(store, 'concerns', concern);
    for (const tag of concern.tags) await addTagOnce(store, ctx, id, tag);
    await recordHistory(store, ctx, id, 'created', []);
  },
});

/** Changes some fields of a concern; records exactly the fields that changed, and nothing for a no-op. */
export const editConcern = defineMutator({
  name: 'editConcern',
  args: z.object({ id: ConcernIdSchema, patch: ConcernPatchSchema }),
  async run(store, { id, patch }, ctx) {
    const before = await requireConcern(store, id);
    const changes = changesOf(before, patch);
    if (changes.length === 0) return;
    let after = touched(before, {}, ctx);
    for (const change of changes) after = writeField(after, change.field as PatchField, change.to);
    // Each field passed its own rule in the args; rules across fields (an anonymous concern keeps no email)
    // can still fail when this edit lands on top of another desk's, so check the whole concern again.
    const checked = ConcernSchema.safeParse(after);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const field = issue === undefined ? 'concern' : issuePath(issue);
      throw new MutationRejected(
        `This change was not saved because it no longer fits the concern as others changed it: ${issue?.message ?? 'invalid'} (${field}).`,
        'invalid-result',
        { field, message: issue?.message ?? '' },
      );
    }
    await putRow(store, 'concerns', checked.data);
    await recordHistory(store, ctx, id, 'edited', changes);
  },
});

/** Deletes a concern and its tags, leaving a tombstone so later edits and re-logs of its id are rejected. */
export const deleteConcern = defineMutator({
  name: 'deleteConcern',
  args: z.object({ id: ConcernIdSchema }),
  async run(store, { id }, ctx) {
    const concern = await requireConcern(store, id);
    // History stays: it is the audit trail of what was recorded and by whom. Erasing personal data from it (a
    // citizen asking to be forgotten) is a separate, deliberate operation, not a side effect of a delete.
    for (const tag of concern.tags) await store.delete('concern_tags', concernTagId(id, tag));
    await store.delete('concerns', id);
    await putRow(store, 'concern_tombstones', { id, deletedAt: ctx.at, deletedBy: ctx.by });
  },
});
