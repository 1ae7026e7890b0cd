/**
 * Headers of the public page's answers. The app's own headers (plugins/security-headers.ts) forbid framing and
 * allow the React app's scripts; the public page is the opposite case: no script at all, one inline style sheet
 * allowed by its hash, and framing allowed for the websites the office listed (CSP frame-ancestors), nobody
 * else. Those are applied in the public routes' onSend hook, after the app's, so they win.
 *
 * Caching: short and revalidated (max-age 60 s, then a conditional request answered 304 by ETag), so an office
 * website embedding the page sends the server one request per visitor per minute at most, and a status change
 * shows within a minute.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PAGE_STYLE } from './page-style';

/** Cache-Control of the page, feeds and embed script. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';
/** Cache-Control of a logo asked for by its version (?v=…): it never changes under that address. */
export const LOGO_CACHE_CONTROL = 'public, max-age=86400';

const STYLE_HASH = `'sha256-${createHash('sha256').update(PAGE_STYLE).digest('base64')}'`;

/** The page's CSP: its own style and images, no script, framed only by `embedOrigins` (none: by nobody). */
export function pageContentSecurityPolicy(embedOrigins: readonly string[]): string {
  const ancestors = embedOrigins.length === 0 ? "'none'" : embedOrigins.join(' ');
  return [
    "default-src 'none'",
    `style-src ${STYLE_HASH}`,
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}

/** CSP of anything that is not the page (feeds, logo, script, errors without a page): nothing runs, nobody frames. */
export const RESOURCE_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

const chosen = new WeakMap<FastifyReply, Readonly<Record<string, string>>>();

/** Headers the public routes' onSend hook sets on this reply, replacing the app's. */
export function setPublicHeaders(reply: FastifyReply, headers: Readonly<Record<string, string>>): void {
  chosen.set(reply, headers);
}

/** The onSend hook of the public routes: their own CSP (and framing), or the resource policy by default. */
export async function applyPublicHeaders(_request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  const headers = chosen.get(reply) ?? { 'Content-Security-Policy': RESOURCE_CONTENT_SECURITY_POLICY };
  reply.headers(headers);
  // X-Frame-Options is for browsers that predate frame-ancestors; it cannot list origins, so a page that some
  // sites may frame sends none (frame-ancestors decides) and everything else keeps the app's DENY.
  if (/frame-ancestors (?!'none')/.test(headers['Content-Security-Policy'] ?? '')) reply.removeHeader('X-Frame-Options');
  reply.header('X-Content-Type-Options', 'nosniff');
  return payload;
}

/** A strong ETag of a body. */
export function etagOf(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** True when the request's If-None-Match names `etag` (or *), so a 304 may answer it. */
export function isNotModified(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (typeof header !== 'string' || header.length > 2000) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/**
 * Sends a cacheable body: ETag, Last-Modified (when known), Cache-Control; a matching If-None-Match gets 304 with
 * no body.
 */
export function sendCached(request: FastifyRequest, reply: FastifyReply, body: string | Buffer, options: { type: string; lastModified?: Date; cacheControl?: string }): FastifyReply {
  const etag = etagOf(body);
  reply.header('ETag', etag).header('Cache-Control', options.cacheControl ?? PUBLIC_CACHE_CONTROL);
  if (options.lastModified !== undefined && !Number.isNaN(options.lastModified.getTime())) {
    reply.header('Last-Modified', options.lastModified.toUTCString());
  }
  if (isNotModified(request, etag)) return reply.code(304).send();
  return reply.type(options.type).send(body);
}

/**
 * The server's address as the visitor used it, for the feeds' absolute links: https when the request came over
 * TLS (directly or per X-Forwarded-Proto, as the session cookie decides it), and the Host header when it is a
 * plain host name or address with an optional port. Undefined for a Host that is anything else.
 */
export function requestOrigin(request: FastifyRequest): string | undefined {
  const forwarded = request.headers['x-forwarded-proto'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase();
  const scheme = first === 'https' || request.protocol === 'https' ? 'https' : 'http';
  const host = request.headers.host ?? '';
  if (!/^([a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?|\[[0-9a-f:.]{2,45}\])(:\d{1,5})?$/i.test(host)) return undefined;
  return `${scheme}://${host.toLowerCase()}`;
}
