/**
 * Temporary passwords an admin can read out over the phone or write on a note: four groups of four from an
 * alphabet without look-alikes (no i, l, o, 0 or 1), like "k7mq-x3vt-9pwa-hz4c". 16 symbols of 31 carry about
 * 79 random bits, far more than a guess-limited sign-in needs, and the 19 characters clear the server's
 * 12-character minimum.
 */

/** The symbols a temporary password is made of. */
export const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
/** Groups per password, and symbols per group. */
export const PASSWORD_GROUPS = 4;
export const PASSWORD_GROUP_LENGTH = 4;

/** Fills the array with random bytes (crypto.getRandomValues in the app; a fixed sequence in tests). */
export type RandomFill = (bytes: Uint8Array<ArrayBuffer>) => void;

const defaultFill: RandomFill = (bytes) => {
  crypto.getRandomValues(bytes);
};

// Bytes at or above this are thrown away: mapping all 256 values onto 31 symbols would favour the first few.
const UNBIASED_LIMIT = 256 - (256 % PASSWORD_ALPHABET.length);

/** A new readable temporary password, drawn with `fill` (a cryptographic source unless a test passes one). */
export function generateTemporaryPassword(fill: RandomFill = defaultFill): string {
  const wanted = PASSWORD_GROUPS * PASSWORD_GROUP_LENGTH;
  const symbols: string[] = [];
  const bytes = new Uint8Array(wanted * 2);
  while (symbols.length < wanted) {
    fill(bytes);
    for (const byte of bytes) {
      if (byte >= UNBIASED_LIMIT) continue;
      symbols.push(PASSWORD_ALPHABET.charAt(byte % PASSWORD_ALPHABET.length));
      if (symbols.length === wanted) break;
    }
  }
  const groups: string[] = [];
  for (let i = 0; i < wanted; i += PASSWORD_GROUP_LENGTH) groups.push(symbols.slice(i, i + PASSWORD_GROUP_LENGTH).join(''));
  return groups.join('-');
}
