/**
 * The merge rules as properties: two desks act on the same concern without seeing each other's change, and the
 * server applies the two in either order.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STATUSES } from '@shared/domain/concern';
import { fieldsOf } from '@shared/domain/history';
import { applyMutation, type ApplyOutcome } from '@shared/sync/apply';
import type { MutationContext } from '@shared/sync/context';
import { createMemoryStore, type MemoryStore } from '@shared/sync/memory-store';
import type { NamedMutation } from '@shared/sync/mutators';
import { readField, type PatchField } from '@shared/sync/mutators/patch';
import { removeTagsArgs } from '@shared/sync/mutators/tags';
import {
  concernId,
  ctxFor,
  DESK_A,
  DESK_B,
  FREE_FIELDS,
  intentArb,
  resolveIntent,
  storeWithConcern,
  TAG_POOL,
} from './fixtures';

const id = concernId(0);
type Step = { mutation: NamedMutation; ctx: () => MutationContext };

/** Applies the steps to a copy of the base store in the given order; returns the store and each outcome. */
async function inOrder(base: MemoryStore, steps: readonly Step[]): Promise<{ store: MemoryStore; outcomes: ApplyOutcome[] }> {
  const store = base.clone();
  const outcomes: ApplyOutcome[] = [];
  for (const step of steps) outcomes.push(await applyMutation(store, step.mutation, step.ctx()));
  return { store, outcomes };
}

describe('concurrent edits', () => {
  const disjointPatches = fc
    .shuffledSubarray(Object.keys(FREE_FIELDS), { minLength: 1 })
    .chain((keys) => fc.nat({ max: keys.length }).map((cut) => [keys.slice(0, cut), keys.slice(cut)] as const))
    .chain(([a, b]) =>
      fc.tuple(
        fc.record(Object.fromEntries(a.map((k) => [k, FREE_FIELDS[k] as fc.Arbitrary<unknown>]))),
        fc.record(Object.fromEntries(b.map((k) => [k, FREE_FIELDS[k] as fc.Arbitrary<unknown>]))),
      ),
    );

  it('keeps both desks\' edits of different fields, in either server order', async () => {
    await fc.assert(
      fc.asyncProperty(disjointPatches, fc.boolean(), async ([patchA, patchB], aFirst) => {
        const base = await storeWithConcern();
        const before = fieldsOf((await base.get('concerns', id))!);
        const a: Step = { mutation: { name: 'editConcern', args: { id, patch: patchA } }, ctx: () => ctxFor(DESK_A, 1) };
        const b: Step = { mutation: { name: 'editConcern', args: { id, patch: patchB } }, ctx: () => ctxFor(DESK_B, 1) };
        const { store, outcomes } = await inOrder(base, aFirst ? [a, b] : [b, a]);
        const other = await inOrder(base, aFirst ? [b, a] : [a, b]);

        expect(outcomes.map((o) => o.status)).toEqual(['applied', 'applied']);
        const after = fieldsOf((await store.get('concerns', id))!);
        for (const [field, value] of Object.entries({ ...patchA, ...patchB })) {
          expect(readField(after, field as PatchField)).toEqual(value);
        }
        const untouched = Object.keys(FREE_FIELDS).filter((f) => !(f in patchA) && !(f in patchB));
        for (const field of untouched) expect(readField(after, field as PatchField)).toEqual(readField(before, field as PatchField));
        expect(fieldsOf((await other.store.get('concerns', id))!)).toEqual(after);
        // Each edit's history names exactly the fields it changed.
        const edited = store.rows('concern_history').filter((h) => h.kind === 'edited');
        for (const entry of edited) {
          const patch = entry.by.endsWith('a') ? patchA : patchB;
          for (const change of entry.changes) expect(patch).toHaveProperty([change.field], change.to);
        }
      }),
    );
  });
});

describe('concurrent tags', () => {
  const tagSet = fc.subarray([...TAG_POOL]);

  it('keeps every tag either desk added, and removes only what the remover saw', async () => {
    await fc.assert(
      fc.asyncProperty(tagSet, tagSet, tagSet, tagSet, tagSet, fc.array(fc.nat(3), { minLength: 4, maxLength: 4 }), async (start, addA, addB, removeA, removeB, keys) => {
        const base = await storeWithConcern({ tags: start });
        // Each desk removes from what it saw (the base), then adds; neither has seen the other's changes.
        const steps: Step[] = [];
        const removalA = await removeTagsArgs(base, id, removeA);
        const removalB = await removeTagsArgs(base, id, removeB);
        const byA: Step[] = [];
        const byB: Step[] = [];
        if (removalA) byA.push({ mutation: { name: 'removeTags', args: removalA }, ctx: () => ctxFor(DESK_A, 1) });
        if (addA.length > 0) byA.push({ mutation: { name: 'addTags', args: { id, tags: addA } }, ctx: () => ctxFor(DESK_A, 2) });
        if (removalB) byB.push({ mutation: { name: 'removeTags', args: removalB }, ctx: () => ctxFor(DESK_B, 1) });
        if (addB.length > 0) byB.push({ mutation: { name: 'addTags', args: { id, tags: addB } }, ctx: () => ctxFor(DESK_B, 2) });
        // Interleave the two desks' queues in a random order that keeps each desk's own order.
        let i = 0;
        while (byA.length > 0 || byB.length > 0) {
          const takeA = byB.length === 0 || (byA.length > 0 && (keys[i++ % keys.length] ?? 0) % 2 === 0);
          steps.push((takeA ? byA : byB).shift()!);
        }
        const { store, outcomes } = await inOrder(base, steps);

        expect(outcomes.every((o) => o.status === 'applied')).toBe(true);
        const tags = new Set((await store.get('concerns', id))!.tags);
        const removed = new Set([...removeA, ...removeB]);
        const expected = new Set([...addA, ...addB, ...start.filter((t) => !removed.has(t))]);
        expect([...tags].sort()).toEqual([...expected].sort());
        // The tag rows and the concern's list never disagree.
        expect(store.rows('concern_tags').map((r) => r.tag).sort()).toEqual([...tags].sort());
      }),
    );
  });
});

describe('concurrent status changes', () => {
  it('applies exactly one of two moves from the same status, the first the server sees', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...STATUSES), fc.constantFrom(...STATUSES), fc.constantFrom(...STATUSES), fc.boolean(), async (from, toA, toB, aFirst) => {
        fc.pre(toA !== from && toB !== from);
        const base = await storeWithConcern({ status: from });
        const a: Step = { mutation: { name: 'setStatus', args: { id, from, to: toA } }, ctx: () => ctxFor(DESK_A, 1) };
        const b: Step = { mutation: { name: 'setStatus', args: { id, from, to: toB } }, ctx: () => ctxFor(DESK_B, 1) };
        const { store, outcomes } = await inOrder(base, aFirst ? [a, b] : [b, a]);

        expect(outcomes.map((o) => o.status)).toEqual(['applied', 'rejected']);
        const winner = aFirst ? toA : toB;
        expect((await store.get('concerns', id))!.status).toBe(winner);
        expect(outcomes[1]).toMatchObject({ reason: expect.stringMatching(/^Someone else already marked this concern .+, so it was not changed\.$/) });
        expect(store.rows('concern_history').filter((h) => h.kind === 'edited')).toHaveLength(1);
      }),
    );
  });
});

describe('replay', () => {
  it('gives the same state and outcomes every time the same mutations are replayed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(intentArb(), fc.constantFrom(DESK_A, DESK_B)), { maxLength: 40 }), async (intents) => {
        // Record a history by acting on one store, then replay it on two fresh ones.
        const first = createMemoryStore();
        const log: { mutation: NamedMutation; clientId: string; mutationId: number }[] = [];
        const firstOutcomes: ApplyOutcome[] = [];
        let logged = 0;
        for (const [intent, clientId] of intents) {
          const mutation = await resolveIntent(first, intent, logged);
          if (mutation === undefined) continue;
          if (mutation.name === 'logConcern') logged += 1;
          const mutationId = log.length + 1;
          log.push({ mutation, clientId, mutationId });
          firstOutcomes.push(await applyMutation(first, mutation, ctxFor(clientId, mutationId)));
        }
        const replay = async () => {
          const store = createMemoryStore();
          const outcomes: ApplyOutcome[] = [];
          for (const e of log) outcomes.push(await applyMutation(store, e.mutation, ctxFor(e.clientId, e.mutationId)));
          return { store, outcomes };
        };
        const one = await replay();
        const two = await replay();
        expect(one.store.snapshot()).toEqual(first.snapshot());
        expect(two.store.snapshot()).toEqual(first.snapshot());
        const statuses = (outcomes: ApplyOutcome[]) => outcomes.map((o) => (o.status === 'applied' ? 'applied' : o.reason));
        expect(statuses(one.outcomes)).toEqual(statuses(firstOutcomes));
        expect(statuses(two.outcomes)).toEqual(statuses(firstOutcomes));
      }),
      { numRuns: 60 },
    );
  });
});
