/**
 * The one-time setup code that lets whoever can read the server's first-start output (or run its CLI) create
 * the first office and its admin. 60 random bits in Crockford base 32, printed as XXXX-XXXX-XXXX; the
 * database keeps only the SHA-256 of the canonical form, and a code works once.
 */
import { createHash, randomInt } from 'node:crypto';
import { SETUP_CODE_ALPHABET, SETUP_CODE_LENGTH } from '../../../shared/api/auth';

/** A new random code in its canonical form (no dashes). */
export function newSetupCode(): string {
  let code = '';
  for (let i = 0; i < SETUP_CODE_LENGTH; i += 1) code += SETUP_CODE_ALPHABET[randomInt(SETUP_CODE_ALPHABET.length)];
  return code;
}

/** The stored form of a canonical code. */
export function hashSetupCode(canonical: string): string {
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
