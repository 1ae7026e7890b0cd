/**
 * The session cookie of the browser build: HttpOnly (scripts cannot read the token), SameSite=Strict (other
 * sites cannot make the browser send it, which is the CSRF defence), Path=/, and Secure when the request came
 * over https. Its Max-Age follows the session's expiry and is renewed when the session slides forward.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_TTL_MS } from './sessions';
import { SESSION_COOKIE } from './tokens';

/**
 * Whether the request came over https: directly, or through a proxy that says so. Trusting the proxy's
 * header here is safe because it only ever adds Secure, which at worst loses the cookie of a client that
 * claimed https falsely about itself.
 */
export function isHttps(request: FastifyRequest): boolean {
  const forwarded = request.headers['x-forwarded-proto'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase();
  return request.protocol === 'https' || first === 'https';
}

/** The Set-Cookie value carrying a token for maxAgeSeconds. */
export function sessionCookie(token: string, maxAgeSeconds: number, isSecure: boolean): string {
  const attributes = [`${SESSION_COOKIE}=${token}`, 'Path=/', `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`, 'HttpOnly', 'SameSite=Strict'];
  if (isSecure) attributes.push('Secure');
  return attributes.join('; ');
}

/**
 * Sets the session cookie on a reply, for as long as a session lasts. The session has just been created or
 * slid, so it ends SESSION_TTL_MS from now by the database's clock; using the constant rather than expires_at
 * keeps a skew between this machine's clock and the database's out of the cookie.
 */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.header('set-cookie', sessionCookie(token, SESSION_TTL_MS / 1000, isHttps(request)));
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('set-cookie', sessionCookie('', 0, isHttps(request)));
}
