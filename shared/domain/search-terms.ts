/**
 * Search terms: the words a concern can be found by. The local database indexes these per concern, and the
 * search box turns what is typed into the same kind of words, so "Lopez", "lopez" and "López" all match.
 *
 * Example: a concern with summary "Streetlight out on Elm St", tag "streetlights" and phone "555 014 2368"
 * has terms ["streetlight", "out", "on", "elm", "st", "streetlights", "5550142368", ...].
 */
import type { ConcernFields } from './concern';
import { concernReference } from './reference';

/** Shortest query word that is looked up as a prefix; shorter words would match most of the notebook. */
export const MIN_PREFIX_LENGTH = 2;

/** Lower-cases and strips accents, so searching is forgiving about case and diacritics. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Splits text into folded words of letters and digits. */
export function wordsOf(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Every distinct term a concern can be found by: its text fields' words, tags, contact and location. */
export function searchTermsOf(fields: ConcernFields): string[] {
  const { contact, location } = fields;
  const terms = new Set<string>([
    ...wordsOf(fields.summary),
    ...wordsOf(fields.details),
    ...wordsOf(fields.category),
    ...wordsOf(contact.name),
    ...wordsOf(contact.email),
    ...wordsOf(location.address),
    ...wordsOf(location.area),
  ]);
  for (const tag of fields.tags) {
    terms.add(foldText(tag));
    for (const part of wordsOf(tag)) terms.add(part);
  }
  const email = foldText(contact.email.trim());
  if (email !== '') terms.add(email);
  const digits = contact.phone.replace(/[^0-9]/g, '');
  if (digits !== '') terms.add(digits);
  return [...terms];
}

/** A concern's terms: those of its fields plus its short reference (reference.ts), which citizens quote. */
export function searchTermsOfConcern(concern: ConcernFields & { readonly id: string }): string[] {
  const terms = searchTermsOf(concern);
  const reference = foldText(concernReference(concern.id));
  return terms.includes(reference) ? terms : [...terms, reference];
}

/** The words of a search query: folded, '#' dropped from tags, phone numbers joined into their digits. */
export function queryTermsOf(query: string): string[] {
  const compactDigits = query.replace(/[\s().\-/+]/g, '');
  if (/^[0-9]{4,}$/.test(compactDigits)) return [compactDigits];
  return [...new Set(wordsOf(query))];
}
