/**
 * From a stored concern to what the pattern engine reads of it (PatternConcern): its words, facets and clock,
 * an opaque key per citizen for counting repeat contacts, and its personal data so anything shown can be
 * redacted of it.
 *
 * Example: a concern from Maria Lopez (maria@Example.org, 555 014 2368) about "Street light out" at
 * "12 Oak Lane" -> { text: 'Street light out\n…', contactKey: 'email:maria@example.org',
 *   personal: ['Maria Lopez', 'maria@Example.org', '555 014 2368', '12 Oak Lane'], … }
 */
import { reviewStateOf, type Concern, type Contact } from '../domain/concern';
import type { PatternConcern } from './types';

/** A citizen's email as one key: trimmed and lower-cased ("Maria@Example.org " and "maria@example.org" are one). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A phone number as one key: its digits, without a leading international prefix's 00 or a trunk 0 difference
 * being lost (the last ten digits, which is what "+1 555 014 2368" and "555-014-2368" share).
 */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/\s*(x|ext\.?)\s*\d{1,6}$/i, '').replace(/\D/g, '');
  return digits.length > 10 ? digits.slice(-10) : digits;
}

/** A name as one key: letters and digits only, lower case, accents dropped, words in order ("José  López" = "jose lopez"). */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * One opaque key per citizen: "email:…" when the contact has an email, else "phone:…" (its digits), else
 * "name:…", '' when anonymous or empty. Prefixed, so an email and a name can never be taken for one person.
 */
export function contactKeyOf(contact: Contact): string {
  if (contact.anonymous) return '';
  const email = normalizeEmail(contact.email);
  if (email !== '') return `email:${email}`;
  const phone = normalizePhone(contact.phone);
  if (phone.length >= 7) return `phone:${phone}`;
  const name = normalizeName(contact.name);
  return name === '' ? '' : `name:${name}`;
}

/** The names, emails and phones of a concern's contacts and its street address, each once, none empty. */
export function personalDataOf(concern: Concern): string[] {
  const contacts = [concern.contact, ...reviewStateOf(concern).otherContacts];
  const values = contacts.flatMap((c) => [c.name, c.email, c.phone]);
  values.push(concern.location.address);
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
}

/** What the pattern engine reads of a stored concern. */
export function toPatternConcern(concern: Concern): PatternConcern {
  const review = reviewStateOf(concern);
  const details = concern.details.trim();
  return {
    id: concern.id,
    createdAt: concern.createdAt,
    text: details === '' ? concern.summary : `${concern.summary}\n${details}`,
    category: concern.category,
    channel: concern.channel,
    area: concern.location.area,
    address: concern.location.address,
    tags: concern.tags,
    priority: concern.priority,
    status: concern.status,
    firstResponseAt: review.firstResponseAt,
    raisedCount: review.raisedCount,
    contactKey: contactKeyOf(concern.contact),
    personal: personalDataOf(concern),
  };
}
