/**
 * The server's configuration, read from the environment once at boot and validated, so a typo in PORT stops
 * the server with a clear message instead of it listening somewhere unexpected.
 */
import { resolve } from 'node:path';
import { z } from 'zod';

/** Environment variables the server reads, with their defaults. */
export const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4173),
  // Loopback by default: a desk's own server should not be reachable from the network unless someone says so.
  HOST: z.string().min(1).default('127.0.0.1'),
  WEB_ROOT: z.string().min(1).default('dist/web'),
  LOGGER: z.enum(['true', 'false']).default('false'),
});

/** The validated configuration. */
export interface ServerEnv {
  readonly port: number;
  readonly host: string;
  /** Absolute path of the built web app. */
  readonly webRoot: string;
  readonly logger: boolean;
}

/** Parses the environment; throws an Error listing every invalid variable. */
export function parseEnv(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): ServerEnv {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid server environment:\n${z.prettifyError(parsed.error)}`);
  const { PORT, HOST, WEB_ROOT, LOGGER } = parsed.data;
  return { port: PORT, host: HOST, webRoot: resolve(cwd, WEB_ROOT), logger: LOGGER === 'true' };
}

/** The address to print for people: a wildcard host is shown as loopback, IPv6 in brackets. */
export function displayUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/`;
}
