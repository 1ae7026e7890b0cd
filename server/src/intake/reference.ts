/**
 * Reference numbers of public submissions: what a citizen writes down or reads out on the phone to ask about
 * their suggestion. Ten characters of Crockford's base32 (digits and upper-case letters without I, L, O and U,
 * so nothing reads as another character or spells a word by accident), drawn from the operating system's CSPRNG:
 * 50 bits, so with the lookup's rate limit nobody can enumerate or guess other people's submissions. Shown in
 * two groups of five: "K7M2Q-9XD4F".
 *
 * Reading is forgiving, as Crockford's decoding prescribes: any case, spaces and dashes anywhere, I and L read
 * as 1, O as 0. So "k7m2q 9xd4f" and "K7M2Q-9XD4F" are the same reference.
 */
import { randomBytes } from 'node:crypto';

/** Crockford's base32 alphabet: each character stands for its index. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Characters in a reference (without the dash). */
export const REFERENCE_LENGTH = 10;
/** Most characters accepted as typed (spaces and dashes included) before a lookup gives up on it. */
export const MAX_TYPED_REFERENCE_LENGTH = 40;

const CANONICAL = new RegExp(`^[${CROCKFORD_ALPHABET}]{${REFERENCE_LENGTH}}$`);
const LOOK_ALIKES: Readonly<Record<string, string>> = { I: '1', L: '1', O: '0' };

/** A new reference in canonical form (10 characters, no dash), from the CSPRNG. */
export function newReference(): string {
  // 32 symbols divide 256 evenly, so taking each byte modulo 32 is uniform: no bias to correct.
  return [...randomBytes(REFERENCE_LENGTH)].map((b) => CROCKFORD_ALPHABET[b % 32] ?? '0').join('');
}

/** The reference as shown to people: "K7M2Q-9XD4F". */
export function formatReference(reference: string): string {
  const half = REFERENCE_LENGTH / 2;
  return `${reference.slice(0, half)}-${reference.slice(half)}`;
}

/**
 * The canonical form of a reference as someone typed it, or undefined when it cannot be one (wrong length, a
 * character outside the alphabet, such as U, or too long to be worth reading).
 */
export function normalizeReference(typed: string): string | undefined {
  if (typed.length > MAX_TYPED_REFERENCE_LENGTH) return undefined;
  const squeezed = typed
    .replace(/[\s\-\u2010-\u2015]/g, '')
    .toUpperCase()
    .replace(/[ILO]/g, (c) => LOOK_ALIKES[c] ?? c);
  return CANONICAL.test(squeezed) ? squeezed : undefined;
}
