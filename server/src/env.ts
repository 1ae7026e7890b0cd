/**
 * The server's configuration, read from the environment once at boot and validated, so a typo in PORT stops
 * the server with a clear message instead of it listening somewhere unexpected.
 */
import { resolve } from 'node:path';
import { z } from 'zod';

/** One trusted proxy: an IPv4 or IPv6 address or CIDR range, or a range proxy-addr names. */
const PROXY_ADDRESS = /^((\d{1,3}\.){3}\d{1,3}(\/\d{1,2})?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*(\/\d{1,3})?|loopback|linklocal|uniquelocal)$/;

/** Environment variables the server reads, with their defaults. */
export const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4173),
  // Loopback by default: a desk's own server should not be reachable from the network unless someone says so.
  HOST: z.string().min(1).default('127.0.0.1'),
  WEB_ROOT: z.string().min(1).default('dist/web'),
  LOGGER: z.enum(['true', 'false']).default('false'),
  // Empty counts as unset, so `DATABASE_URL= npm run server` means the embedded database.
  DATABASE_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL').optional(),
  ),
  DATA_DIR: z.string().min(1).default('.data/pglite'),
  // Where staff reach this server (behind a proxy, by its office name): the links in priority emails start
  // with it. Empty counts as unset: the server's own address is used.
  PUBLIC_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address, like https://notebook.town.example/' }).optional(),
  ),
  // Which reverse proxies may say who the client is (X-Forwarded-For): the rate limits of the public form count
  // per client address, and behind a proxy every visitor otherwise has the proxy's. Off by default: a header any
  // client can send is not believed. 'true' (trust every hop: only when nothing reaches the server but the
  // proxy), or the proxies' addresses and CIDR ranges separated by commas (also loopback, linklocal, uniquelocal).
  TRUST_PROXY: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .refine((value) => value === 'true' || value === 'false' || value.split(',').every((part) => PROXY_ADDRESS.test(part.trim())), {
        error: 'must be true, false, or proxy addresses and CIDR ranges separated by commas, like 10.0.0.0/8,127.0.0.1',
      })
      .optional(),
  ),
});

/** Whose X-Forwarded-For the server believes: Fastify's trustProxy (every hop, none, or a comma list of addresses). */
export type TrustProxy = boolean | string;

/** The validated configuration. */
export interface ServerEnv {
  readonly port: number;
  readonly host: string;
  /** Absolute path of the built web app. */
  readonly webRoot: string;
  /** WEB_ROOT was set: a missing build is then an error, not a reason to serve the API only. */
  readonly isWebRootExplicit: boolean;
  readonly logger: boolean;
  /** PostgreSQL to use instead of the embedded database. */
  readonly databaseUrl: string | undefined;
  /** Absolute path of the embedded database's data directory (unused with databaseUrl). */
  readonly dataDir: string;
  /** The address staff open the app at, for links in emails; undefined means the server's own address. */
  readonly publicUrl: string | undefined;
  /** Which proxies' X-Forwarded-For is believed (TRUST_PROXY); false by default. */
  readonly trustProxy: TrustProxy;
}

/** TRUST_PROXY as Fastify takes it: a boolean, or the comma list of addresses without spaces. */
export function trustProxyOf(value: string | undefined): TrustProxy {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return value
    .split(',')
    .map((part) => part.trim())
    .join(',');
}

/** Parses the environment; throws an Error listing every invalid variable. */
export function parseEnv(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): ServerEnv {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid server environment:\n${z.prettifyError(parsed.error)}`);
  const { PORT, HOST, WEB_ROOT, LOGGER, DATABASE_URL, DATA_DIR, PUBLIC_URL, TRUST_PROXY } = parsed.data;
  return {
    port: PORT,
    host: HOST,
    webRoot: resolve(cwd, WEB_ROOT),
    isWebRootExplicit: env.WEB_ROOT !== undefined,
    logger: LOGGER === 'true',
    databaseUrl: DATABASE_URL,
    dataDir: resolve(cwd, DATA_DIR),
    publicUrl: PUBLIC_URL,
    trustProxy: trustProxyOf(TRUST_PROXY),
  };
}

/** The address to print for people: a wildcard host is shown as loopback, IPv6 in brackets. */
export function displayUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/`;
}
