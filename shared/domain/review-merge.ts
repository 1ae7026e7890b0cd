/**
 * Merging duplicate concerns (issue 5): the pure rules the mergeConcerns mutator (shared/sync/mutators/merge.ts)
 * applies, and how readers find everything a merged concern gathered.
 *
 * A merge never moves rows. The duplicate keeps its comments, flags, responses, history and escalations under
 * its own id, gets `mergedInto` and is closed; the survivor lists it (and everything merged into it before) in
 * `mergedFrom`. A concern's timeline is the rows of every id in timelineConcernIds, so a comment another desk
 * adds to the duplicate while the merge is on its way still shows on the survivor, in any server order.
 *
 * Example: B (raised by 2) merged into A, then A merged into C:
 *   A { mergedInto: C, mergedFrom: [B], raisedCount: 3 }   B { mergedInto: A }
 *   C { mergedFrom: [A, B], raisedCount: 4, otherContacts: [A's contact, B's contact] }
 *   timelineConcernIds(C) = [C, A, B]
 */
import { reviewStateOf, type Concern, type Contact } from './concern';

/** The ids whose rows make up a concern's timeline: its own, then every concern merged into it. */
export function timelineConcernIds(concern: Concern): string[] {
  return [concern.id, ...reviewStateOf(concern).mergedFrom];
}

/**
 * True when a contact says who the person is or how to reach them (a name, phone or email). An anonymous
 * contact, or one nobody filled in, still counts as a person in raisedCount but carries nothing to keep.
 */
export function hasContactDetails(contact: Contact): boolean {
  return !contact.anonymous && [contact.name, contact.phone, contact.email].some((value) => value.trim() !== '');
}

/** True when two contacts are the same in every field. */
export function isSameContact(a: Contact, b: Contact): boolean {
  return (
    a.name === b.name &&
    a.phone === b.phone &&
    a.email === b.email &&
    a.preferredReply === b.preferredReply &&
    a.consentToContact === b.consentToContact &&
    a.anonymous === b.anonymous
  );
}

/**
 * The survivor's other contacts after the duplicate is merged into it: its own list, then the duplicate's own
 * contact (when it has details) and the duplicate's other contacts, leaving out any the survivor already has,
 * as its own contact or in the list. Order is kept, so the history shows the new ones at the end.
 */
export function mergedOtherContacts(survivor: Concern, duplicate: Concern): Contact[] {
  const out = [...reviewStateOf(survivor).otherContacts];
  const incoming = [...(hasContactDetails(duplicate.contact) ? [duplicate.contact] : []), ...reviewStateOf(duplicate).otherContacts];
  for (const contact of incoming) {
    if (isSameContact(contact, survivor.contact) || out.some((kept) => isSameContact(kept, contact))) continue;
    out.push(contact);
  }
  return out;
}

/** The survivor's mergedFrom after the merge: its own, then the duplicate and everything merged into it. */
export function mergedFromAfter(survivor: Concern, duplicate: Concern): string[] {
  const out = [...reviewStateOf(survivor).mergedFrom];
  for (const id of [duplicate.id, ...reviewStateOf(duplicate).mergedFrom]) if (!out.includes(id)) out.push(id);
  return out;
}

/** The survivor's tags after the merge: its own, then the duplicate's it does not have yet. */
export function mergedTags(survivor: Concern, duplicate: Concern): string[] {
  return [...survivor.tags, ...duplicate.tags.filter((tag) => !survivor.tags.includes(tag))];
}

/**
 * Why `duplicate` cannot be merged into `survivor` now, or undefined when it can:
 *   self            they are the same concern
 *   merged-already  the duplicate is already in the survivor's merge tree: the merge has happened (no change)
 *   cycle           the survivor was merged into the duplicate, so this way round would make a loop
 *   survivor-merged the survivor was merged into another concern: merge into that one instead
 *   duplicate-merged the duplicate was merged into another concern
 */
export type MergeObstacle = 'self' | 'merged-already' | 'cycle' | 'survivor-merged' | 'duplicate-merged';

/** The first reason the merge cannot go ahead as asked, in the order above; undefined when it can. */
export function mergeObstacle(survivor: Concern, duplicate: Concern): MergeObstacle | undefined {
  const s = reviewStateOf(survivor);
  const d = reviewStateOf(duplicate);
  if (survivor.id === duplicate.id) return 'self';
  if (s.mergedFrom.includes(duplicate.id)) return 'merged-already';
  if (d.mergedFrom.includes(survivor.id)) return 'cycle';
  if (s.mergedInto !== null) return 'survivor-merged';
  if (d.mergedInto !== null) return 'duplicate-merged';
  return undefined;
}
