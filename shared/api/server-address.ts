/**
 * The office server's address as staff type it into the desktop app ("notebook.town.example",
 * "http://192.168.1.20:8080/notebook"), in one canonical form: scheme, host, optional port and path, no
 * trailing slash, no credentials, query or fragment. An address without a scheme is taken as https. The scheme
 * and host are lower-cased and a default port (:443 for https, :80 for http) is dropped, so one server has one
 * address: main forgets the session token when the address changes, and the Content-Security-Policy names the
 * address's origin. shared/ has no URL class, so this is a careful pattern; main and the renderer parse the
 * result again.
 *
 * Example: ServerAddressSchema.parse(' Notebook.Town.Example/ ') === 'https://notebook.town.example'
 */
import { z } from 'zod';

/** Most characters of a server address. */
export const MAX_SERVER_ADDRESS_LENGTH = 2048;

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
// host: a DNS name, an IPv4 address or a bracketed IPv6 address; then an optional port and path. No backslash
// in the path: URL parsers read it as a slash, so the address would not say where requests go.
const ADDRESS = /^(https?):\/\/(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*)(?::(\d{1,5}))?((?:\/[^\s/?#\\]+)*)\/?$/i;
const DEFAULT_PORTS: Readonly<Record<string, number>> = { http: 80, https: 443 };
const NOT_AN_ADDRESS = "That is not a server address; it looks like https://notebook.town.example";

// "." and ".." folders (also percent-encoded) are folded away by URL parsers, so they are refused rather than kept.
function hasDotSegment(path: string): boolean {
  return path.split('/').some((segment) => /^(?:\.|%2e){1,2}$/i.test(segment));
}

/** The canonical form of a typed address, or a sentence saying what is wrong with it. */
export function normalizeServerAddress(typed: string): { ok: true; address: string } | { ok: false; message: string } {
  const text = typed.trim();
  if (text === '') return { ok: false, message: "Enter the office server's address, like https://notebook.town.example" };
  if (text.length > MAX_SERVER_ADDRESS_LENGTH) return { ok: false, message: 'That address is too long' };
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    return { ok: false, message: 'The address must start with https:// or http://' };
  }
  const withScheme = scheme === undefined ? `https://${text}` : text;
  if (/^https?:\/\/[^/]*@/i.test(withScheme)) return { ok: false, message: 'Leave the user name and password out of the address; you sign in next' };
  if (/[?#]/.test(withScheme)) return { ok: false, message: 'The address cannot contain ? or #' };
  const match = ADDRESS.exec(withScheme);
  if (match === null) return { ok: false, message: NOT_AN_ADDRESS };
  const [, typedProtocol = 'https', host = '', port, path = ''] = match;
  if (hasDotSegment(path)) return { ok: false, message: NOT_AN_ADDRESS };
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return { ok: false, message: 'The port must be a number from 1 to 65535' };
  const protocol = typedProtocol.toLowerCase();
  const isDefaultPort = port === undefined || Number(port) === DEFAULT_PORTS[protocol];
  const origin = `${protocol}://${host.toLowerCase()}${isDefaultPort ? '' : `:${Number(port)}`}`;
  return { ok: true, address: `${origin}${path}` };
}

/** The scheme, host and port of a canonical address (what a Content-Security-Policy names). */
export function serverOrigin(address: string): string {
  return /^https?:\/\/[^/]+/i.exec(address)?.[0] ?? address;
}

/** Schema of a server address; parses to the canonical form. */
export const ServerAddressSchema = z
  .string({ error: "Enter the office server's address" })
  .max(MAX_SERVER_ADDRESS_LENGTH, 'That address is too long')
  .transform((typed, ctx) => {
    const result = normalizeServerAddress(typed);
    if (result.ok) return result.address;
    ctx.addIssue({ code: 'custom', message: result.message });
    return z.NEVER;
  });
