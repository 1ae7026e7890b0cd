/**
 * Session tokens: 32 random bytes, base64url, given to the client once. The database keeps only their SHA-256
 * (a token is already high-entropy, so a fast hash is right here; passwords get scrypt instead), so a leaked
 * database or backup cannot be used to sign in.
 */
import { createHash, randomBytes } from 'node:crypto';

/** Name of the HttpOnly cookie that carries the token in the browser build. */
export const SESSION_COOKIE = 'cn_session';

/** A new random session token. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
