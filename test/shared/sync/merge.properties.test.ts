/**
 * Properties of merging duplicates: whatever concerns there are (contacts, tags, comments, counts of people) and
 * whatever merges staff ask for in whatever order (some refused, comments added to concerns already merged
 * away), nothing is lost or counted twice, and every concern's merge tree ends at exactly one root.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Concern, Contact } from '@shared/domain/concern';
import { hasContactDetails, isSameContact, timelineConcernIds } from '@shared/domain/review-merge';
import { applyMutation } from '@shared/sync/apply';
import { createMemoryStore, type MemoryStore } from '@shared/sync/memory-store';
import { runMutation } from '@shared/sync/mutators';
import { concernTagId } from '@shared/sync/store';
import { concernId, ctxFor, DESK_A, DESK_B, fields, TAG_POOL } from './fixtures';

interface Original {
  readonly contact: Contact;
  readonly tags: string[];
  readonly raisedCount: number | undefined;
  readonly comments: number;
}

const blank: Contact = fields().contact;

/** A contact of concern n: its own person, one shared with other concerns, anonymous, or nobody. */
const contactArb = (n: number): fc.Arbitrary<Contact> =>
  fc.constantFrom<Contact>(
    { ...blank, name: `Person ${n}`, email: `person${n}@example.org` },
    { ...blank, phone: `555 014 ${String(1000 + n)}` },
    { ...blank, name: 'Ana López', phone: '555 014 2368' },
    { ...blank, anonymous: true },
    blank,
  );

const originalArb = (n: number): fc.Arbitrary<Original> =>
  fc.record({
    contact: contactArb(n),
    tags: fc.subarray([...TAG_POOL], { maxLength: 3 }),
    raisedCount: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    comments: fc.nat({ max: 2 }),
  });

// Index `count` names a concern nobody logged, so some merges are refused as unknown.
const scenarioArb = fc.integer({ min: 2, max: 6 }).chain((count) =>
  fc.record({
    originals: fc.tuple(...Array.from({ length: count }, (_, n) => originalArb(n))),
    steps: fc.array(
      fc.oneof(
        { arbitrary: fc.record({ kind: fc.constant('merge' as const), survivor: fc.nat({ max: count }), duplicate: fc.nat({ max: count }) }), weight: 4 },
        { arbitrary: fc.record({ kind: fc.constant('comment' as const), target: fc.nat({ max: count - 1 }) }), weight: 1 },
      ),
      { maxLength: 12 },
    ),
  }),
);

let mutationId = 0;
const next = (desk = DESK_A) => ctxFor(desk, (mutationId += 1));

async function addComment(store: MemoryStore, concern: string): Promise<void> {
  const ctx = next(DESK_B);
  await store.put('concern_comments', { id: ctx.newId(), concernId: concern, text: 'Rang again', mentions: [], by: ctx.by, at: ctx.at });
}

async function seed(originals: readonly Original[]): Promise<MemoryStore> {
  const store = createMemoryStore();
  for (const [n, original] of originals.entries()) {
    const id = concernId(n);
    await runMutation(store, 'logConcern', { id, fields: fields({ contact: original.contact, tags: original.tags }) }, next(DESK_B));
    const logged = (await store.get('concerns', id))!;
    if (original.raisedCount !== undefined) await store.put('concerns', { ...logged, raisedCount: original.raisedCount });
    for (let c = 0; c < original.comments; c += 1) await addComment(store, id);
  }
  return store;
}

/** The root of a concern's merge tree, following mergedInto; fails on a loop or a missing link. */
function rootOf(byId: ReadonlyMap<string, Concern>, id: string): Concern {
  let concern = byId.get(id);
  for (let hops = 0; concern !== undefined && hops <= byId.size; hops += 1) {
    const into = concern.mergedInto ?? null;
    if (into === null) return concern;
    concern = byId.get(into);
  }
  throw new Error(`the merge chain of ${id} loops or breaks`);
}

/** Every property of the module comment, checked on the store as it is now. */
function checkInvariants(store: MemoryStore, originals: readonly Original[], comments: ReadonlyMap<string, string>): void {
  const byId = new Map(store.rows('concerns').map((c) => [c.id, c]));
  const ids = originals.map((_, n) => concernId(n));
  const roots = [...byId.values()].filter((c) => (c.mergedInto ?? null) === null);
  const total = (list: readonly string[]) => list.reduce((sum, id) => sum + (originals[ids.indexOf(id)]?.raisedCount ?? 1), 0);
  expect(roots.reduce((sum, root) => sum + (root.raisedCount ?? 1), 0)).toBe(total(ids));
  for (const root of roots) {
    const tree = ids.filter((id) => rootOf(byId, id).id === root.id);
    expect(root.raisedCount ?? 1).toBe(total(tree));
    expect([root.id, ...(root.mergedFrom ?? [])].sort()).toEqual([...tree].sort());
    const kept = [root.contact, ...(root.otherContacts ?? [])].filter(hasContactDetails);
    expect(kept.every((contact, i) => kept.findIndex((other) => isSameContact(other, contact)) === i)).toBe(true);
  }
  for (const [n, original] of originals.entries()) {
    const concern = byId.get(ids[n]!)!;
    const root = rootOf(byId, concern.id);
    if (concern !== root) expect(concern.status).toBe('closed');
    // Traceable: the one history entry that merged it names where it went.
    const merges = store.rows('concern_history').flatMap((h) => (h.concernId === concern.id ? h.changes.filter((c) => c.field === 'mergedInto') : []));
    expect(merges.map((c) => c.to)).toEqual((concern.mergedInto ?? null) === null ? [] : [concern.mergedInto]);
    if (hasContactDetails(original.contact)) {
      const holders = roots.filter((r) => [r.contact, ...(r.otherContacts ?? [])].some((c) => isSameContact(c, original.contact)));
      const sharers = originals.filter((o) => isSameContact(o.contact, original.contact)).length;
      expect(holders).toContain(root);
      if (sharers === 1) expect(holders).toEqual([root]);
    }
    for (const tag of original.tags) {
      expect(root.tags).toContain(tag);
      expect(store.rows('concern_tags').some((row) => row.id === concernTagId(root.id, tag))).toBe(true);
    }
  }
  // Every concern's tag list is in step with its tag rows.
  for (const concern of byId.values()) {
    const rows = store.rows('concern_tags').filter((row) => row.concernId === concern.id);
    expect(rows.map((row) => row.tag).sort()).toEqual([...concern.tags].sort());
  }
  const rows = new Map(store.rows('concern_comments').map((row) => [row.id, row.concernId]));
  for (const [commentId, concern] of comments) {
    expect(rows.get(commentId)).toBe(concern);
    expect(timelineConcernIds(rootOf(byId, concern))).toContain(concern);
  }
}

describe('merging duplicates, in any order', () => {
  it('loses nothing and counts nothing twice, and every merge chain ends at one root', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ originals, steps }) => {
        const store = await seed(originals);
        const comments = new Map(store.rows('concern_comments').map((row) => [row.id, row.concernId]));
        for (const step of steps) {
          if (step.kind === 'comment') {
            await addComment(store, concernId(step.target));
            const latest = store.rows('concern_comments').filter((row) => !comments.has(row.id));
            for (const row of latest) comments.set(row.id, row.concernId);
          } else {
            const before = store.snapshot();
            const args = { id: concernId(step.survivor), duplicateId: concernId(step.duplicate) };
            const outcome = await applyMutation(store, { name: 'mergeConcerns', args }, next());
            if (outcome.status === 'rejected') expect(store.snapshot()).toEqual(before);
          }
          checkInvariants(store, originals, comments);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('applies a merge exactly when both concerns are known, different and neither merged away', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ originals, steps }) => {
        const store = await seed(originals);
        const into = new Map<number, number>();
        // True when `duplicate` was merged, directly or through others, into `survivor`.
        const isInTree = (survivor: number, duplicate: number): boolean => {
          for (let at = into.get(duplicate); at !== undefined; at = into.get(at)) if (at === survivor) return true;
          return false;
        };
        for (const step of steps) {
          if (step.kind !== 'merge') continue;
          const { survivor, duplicate } = step;
          const isKnown = survivor < originals.length && duplicate < originals.length;
          const isDone = isKnown && isInTree(survivor, duplicate);
          const canMerge = isKnown && survivor !== duplicate && !into.has(survivor) && !into.has(duplicate);
          const args = { id: concernId(survivor), duplicateId: concernId(duplicate) };
          const outcome = await applyMutation(store, { name: 'mergeConcerns', args }, next());
          expect(outcome.status).toBe(canMerge || isDone ? 'applied' : 'rejected');
          if (canMerge) into.set(duplicate, survivor);
        }
      }),
      { numRuns: 150 },
    );
  });
});
