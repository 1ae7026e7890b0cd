/**
 * The renderer's Content-Security-Policy, one definition for both shells that load it: Electron's app://
 * protocol and the office server's web build. Scripts only from the app's own files, never inline or eval'd;
 * inline styles allowed because component libraries set them at runtime and a style cannot run code.
 * Each shell adds only what differs (the web build may post forms and use a manifest on its own origin).
 *
 * Example: contentSecurityPolicy({ 'base-uri': "'self'" }) -> "default-src 'self'; script-src 'self'; ..."
 */

/** Directives every shell of the renderer shares, in the order they are written out. */
export const RENDERER_CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

/** The policy string: the shared directives with `changes` replacing or adding directives. */
export function contentSecurityPolicy(changes: Readonly<Record<string, string>> = {}): string {
  return Object.entries({ ...RENDERER_CSP_DIRECTIVES, ...changes })
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}
