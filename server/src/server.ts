/**
 * Entry point: validates the environment, opens the database (PostgreSQL with DATABASE_URL, else the embedded
 * one in DATA_DIR, locked to this process), applies migrations, listens, prints the address and starts the
 * priority email worker (escalations/worker.ts). SIGINT/SIGTERM close it cleanly: in-flight requests finish and
 * the email being sent is recorded, then the database closes (releasing its lock), and after ten seconds the
 * process exits regardless. Repeated signals are ignored while closing, because Ctrl+C reaches
 * both this process and the script that started it, which forwards it.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { createSetupCode } from './auth/first-run';
import type { Db } from './db/db';
import { loadMigrations, migrate } from './db/migrate';
import { describeDb, openDb } from './db/open-db';
import type { OpenDbOptions } from './db/open-db';
import { displayUrl, parseEnv } from './env';
import { startEscalationWorker } from './escalations/worker';
import type { ServerEnv } from './env';

const SHUTDOWN_TIMEOUT_MS = 10_000;

async function openMigratedDb(options: OpenDbOptions): Promise<Db> {
  const db = await openDb(options);
  try {
    const applied = await migrate(db, await loadMigrations());
    const note = applied.length === 0 ? '' : ` (applied ${applied.map((m) => m.name).join(', ')})`;
    console.log(`Database: ${describeDb(options)}${note}`);
    return db;
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

/** The web build to serve: without one at the default place, `npm run server` still runs (API only). */
function webRootToServe(env: ServerEnv): string | undefined {
  if (env.isWebRootExplicit || existsSync(join(env.webRoot, 'index.html'))) return env.webRoot;
  console.log(`No web build in ${env.webRoot}: serving the API only ("npm run build:web" builds the app)`);
  return undefined;
}

/** Work the process runs beside its routes, stopped before the database closes. */
interface Background {
  stop(): Promise<void>;
}

function closeOnSignals(app: FastifyInstance, db: Db, background: readonly Background[]): void {
  let isClosing = false;
  const shutdown = (): void => {
    if (isClosing) return;
    isClosing = true;
    setTimeout(() => process.exit(1), SHUTDOWN_TIMEOUT_MS).unref();
    Promise.all([app.close(), ...background.map((work) => work.stop())])
      .finally(() => db.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

/** While no admin exists: a new one-time setup code (only its hash is stored, so each start prints a new one). */
async function printSetupCode(db: Db, url: string): Promise<void> {
  try {
    const code = await createSetupCode(db);
    if (code !== undefined) console.log(`First start: create the office's admin at ${url} with setup code ${code}`);
  } catch (error) {
    console.error(`Could not make a setup code (try "npm run server:admin -- setup-code"): ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function main(): Promise<void> {
  const env = parseEnv(process.env);
  const db = await openMigratedDb({
    databaseUrl: env.databaseUrl,
    dataDir: env.dataDir,
    onError: (error) => console.error(`Database: ${error.message}`),
  });
  let app: FastifyInstance;
  const background: Background[] = [];
  try {
    const webRoot = webRootToServe(env);
    app = buildApp({ db, logger: env.logger, trustProxy: env.trustProxy, ...(webRoot === undefined ? {} : { webRoot }) });
    closeOnSignals(app, db, background);
    await app.listen({ port: env.port, host: env.host });
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  const { port } = app.server.address() as AddressInfo;
  // Started once listening, so its links can default to the port actually taken (PORT=0 picks any).
  background.push(await startEscalationWorker({ db, publicUrl: env.publicUrl ?? displayUrl(env.host, port) }));
  console.log(`Civic Notebook is running at ${displayUrl(env.host, port)}`);
  await printSetupCode(db, displayUrl(env.host, port));
}

main().catch((error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  console.error(code === 'EADDRINUSE' ? `That port is already in use: ${String(error)}` : error instanceof Error ? error.message : error);
  process.exit(1);
});
