/**
 * Thank-yous (issue 7): who to thank for a project, and how. The people behind a project are the contacts of its
 * linked concerns (a concern's own contact and those of the duplicates merged into it), one per contributorKey,
 * so someone who raised the same thing twice, or whose duplicate was merged, is thanked once.
 *
 * Who is listed: only people who agreed to be contacted (consentToContact). Anonymous contacts have no key and are
 * never listed, only counted. When one person gave several contacts and any of them says not to contact them,
 * they are not contacted: a "no" is never overridden by an older or copied "yes".
 *
 * How: by the preferred reply of their latest concern that states one: email -> an email to send, letter -> a
 * printable letter, phone -> the call list, in person -> the call list (a call to arrange it) unless only an
 * email is known; none -> whatever they gave: email, else phone, else a letter.
 *
 * Example: two concerns from ana@example.org (one merged into the other) and one anonymous give one contributor
 *   { key: sha256("email:ana@example.org"), channel: 'email', concernIds: [both], thanked: undefined } and
 *   anonymous: 1.
 */
import type { Concern, Contact } from './concern';
import { contributorKey, type ProjectLink, type ProjectThanks } from './project';

/** How a thank-you is drafted: an email to send, a letter to print, or a call to make. */
export const THANKS_CHANNELS = ['email', 'letter', 'call'] as const;
/** How a thank-you is drafted. */
export type ThanksChannel = (typeof THANKS_CHANNELS)[number];

/** One person behind a project's linked concerns. */
export interface Contributor {
  /** Their opaque key (contributorKey): the same for every contact they gave. */
  readonly key: string;
  /** Their name as last given ('' when they gave none). */
  readonly name: string;
  /** Their email as last given ('' when none). */
  readonly email: string;
  /** Their phone as last given ('' when none). */
  readonly phone: string;
  /** True when they agreed to be contacted (and none of their contacts says otherwise). */
  readonly consented: boolean;
  /** How the thank-you reaches them. */
  readonly channel: ThanksChannel;
  /** The linked concerns they raised (their own, or one a duplicate of theirs was merged into), oldest first. */
  readonly concernIds: readonly string[];
  /** The record of their thank-you for this project, when they were thanked. */
  readonly thanked: ProjectThanks | undefined;
}

/** The people behind a project's linked concerns, as the thank-you panel shows them. */
export interface ContributorList {
  /** Every keyed person, consenting or not, in order of their first concern. */
  readonly all: readonly Contributor[];
  /** Consenting people not thanked yet, in order of their first concern. */
  readonly toThank: readonly Contributor[];
  /** People already thanked for this project, earliest thank-you first. */
  readonly thanked: readonly Contributor[];
  /** People (with a key) who did not agree to be contacted and were not thanked. */
  readonly withoutConsent: number;
  /** Anonymous contacts (and contacts with nothing to tell people apart): never contacted. */
  readonly anonymous: number;
}

/** The concern fields contributorsOf reads. */
export type ContributorConcern = Pick<Concern, 'id' | 'contact' | 'otherContacts' | 'createdAt'>;

interface Gathered {
  key: string;
  contacts: { contact: Contact; at: string; own: boolean }[];
  concernIds: string[];
}

/** The channel of a person by their preference and what they gave (see the header). */
export function channelOf(preferred: Contact['preferredReply'], email: string, phone: string): ThanksChannel {
  const hasEmail = email.trim() !== '';
  const hasPhone = phone.trim() !== '';
  switch (preferred) {
    case 'email':
      if (hasEmail) return 'email';
      break;
    case 'letter':
      return 'letter';
    case 'phone':
      if (hasPhone) return 'call';
      break;
    case 'in-person':
      return hasEmail && !hasPhone ? 'email' : 'call';
    case 'none':
      break;
  }
  if (hasEmail) return 'email';
  if (hasPhone) return 'call';
  return 'letter';
}

const latestGiven = (contacts: readonly { contact: Contact }[], field: 'name' | 'email' | 'phone'): string =>
  contacts.map((c) => c.contact[field].trim()).findLast((value) => value !== '') ?? '';

function contributorOf(person: Gathered, thanks: ProjectThanks | undefined): Contributor {
  // Oldest first, so "latest" is the last one: a concern's own contact counts at the concern's time, and the
  // copies of duplicates merged into it just before it (a copy keeps no time of its own).
  const contacts = [...person.contacts].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : Number(a.own) - Number(b.own)));
  const email = latestGiven(contacts, 'email');
  const phone = latestGiven(contacts, 'phone');
  const preferred = contacts.map((c) => c.contact.preferredReply).findLast((p) => p !== 'none') ?? 'none';
  return {
    key: person.key,
    name: latestGiven(contacts, 'name'),
    email,
    phone,
    consented: contacts.every((c) => c.contact.consentToContact),
    channel: channelOf(preferred, email, phone),
    concernIds: person.concernIds,
    thanked: thanks,
  };
}

/**
 * The people behind a project: the contacts of its linked concerns (`links` not unlinked; concerns missing from
 * `concerns` are skipped), one per contributorKey, each with their thank-you from `thanks` (the project's rows).
 */
export function contributorsOf(
  links: readonly Pick<ProjectLink, 'concernId' | 'unlinkedAt'>[],
  concerns: readonly ContributorConcern[],
  thanks: readonly ProjectThanks[],
): ContributorList {
  const linked = new Set(links.filter((l) => l.unlinkedAt === null).map((l) => l.concernId));
  const ordered = concerns
    .filter((c) => linked.has(c.id))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const people = new Map<string, Gathered>();
  const seenConcerns = new Set<string>();
  let anonymous = 0;
  for (const concern of ordered) {
    if (seenConcerns.has(concern.id)) continue;
    seenConcerns.add(concern.id);
    const contacts = [{ contact: concern.contact, own: true }, ...(concern.otherContacts ?? []).map((contact) => ({ contact, own: false }))];
    for (const { contact, own } of contacts) {
      const key = contributorKey(contact);
      if (key === undefined) {
        anonymous += 1;
        continue;
      }
      const person = people.get(key) ?? { key, contacts: [], concernIds: [] };
      person.contacts.push({ contact, at: concern.createdAt, own });
      if (!person.concernIds.includes(concern.id)) person.concernIds.push(concern.id);
      people.set(key, person);
    }
  }
  const thanksByKey = new Map(thanks.map((row) => [row.contributorKey, row]));
  const all = [...people.values()].map((person) => contributorOf(person, thanksByKey.get(person.key)));
  const thanked = all.filter((c) => c.thanked !== undefined).sort((a, b) => ((a.thanked?.at ?? '') < (b.thanked?.at ?? '') ? -1 : 1));
  return {
    all,
    toThank: all.filter((c) => c.thanked === undefined && c.consented),
    thanked,
    withoutConsent: all.filter((c) => c.thanked === undefined && !c.consented).length,
    anonymous,
  };
}

/** True when one of the contacts is the person with this key (an email compared as contributorKey does). */
export function hasContributor(contacts: readonly Contact[], key: string): boolean {
  return contacts.some((contact) => contributorKey(contact) === key);
}

