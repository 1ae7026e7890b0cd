/**
 * Security headers on every response. The web app is the same renderer as the desktop app and holds what
 * citizens told the office, so it gets the same rules: scripts only from this server, no framing, no sniffing.
 */
import type { FastifyInstance } from 'fastify';
import { contentSecurityPolicy } from '@shared/lib/content-security-policy';

/**
 * CSP for the served React app: the renderer's shared policy (shared/lib/content-security-policy.ts), with
 * forms, base URLs and a web manifest allowed on this server's own origin.
 */
export const WEB_CONTENT_SECURITY_POLICY = contentSecurityPolicy({
  'manifest-src': "'self'",
  'base-uri': "'self'",
  'form-action': "'self'",
});

/** The headers every response carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': WEB_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Adds SECURITY_HEADERS to every reply of the app, errors and 404s included. */
export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    return payload;
  });
}
