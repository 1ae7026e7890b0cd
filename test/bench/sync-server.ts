/**
 * The sync benchmarks' own office server: a temporary PGlite data directory seeded by sync-seed.ts (its own
 * process, done before the server opens the directory), then the production web build served with it by
 * `node scripts/serve-web.mjs --no-build`, exactly as the end-to-end tests run it. Stopping it ends the server
 * and deletes the directory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { OfficeSpec, SeededOffice } from './sync-seed';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** A running, seeded server. */
export interface SyncBenchServer {
  readonly baseUrl: string;
  readonly offices: readonly SeededOffice[];
  /** Wall time of seeding, all offices together, in seconds. */
  readonly seedSeconds: number;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<number> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done(child.exitCode ?? 128);
    else child.once('exit', (code, signal) => done(code ?? (signal === null ? 1 : 128)));
  });
}

async function seed(dataDir: string, offices: readonly OfficeSpec[]): Promise<SeededOffice[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bench/sync-seed.ts', dataDir, JSON.stringify(offices)], {
    cwd: ROOT,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'test', 'tsconfig.json') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const code = await exited(child);
  if (code !== 0) throw new Error(`Seeding the bench server's database failed (exit code ${code})`);
  return JSON.parse(out.trim().split('\n').at(-1) ?? '[]') as SeededOffice[];
}

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The bench server exited with code ${child.exitCode} before answering`);
    const isUp = await fetch(`${baseUrl}/health`).then((r) => r.ok, () => false);
    if (isUp) return;
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`The bench server did not answer ${baseUrl}/health within ${timeoutMs / 1000} s`);
}

/** Stops the process group the server runs in (serve-web and the server it started), by its id. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 15_000);
  await exited(child);
  clearTimeout(timer);
}

/** Seeds a fresh database with `offices` and serves the web build with it on `port`. */
export async function startSyncBenchServer(port: number, offices: readonly OfficeSpec[]): Promise<SyncBenchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'civic-notebook-sync-bench-'));
  const dataDir = join(dir, 'pglite');
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  let seeded: SeededOffice[];
  try {
    seeded = await seed(dataDir, offices);
  } catch (error) {
    remove();
    throw error;
  }
  const seedSeconds = (performance.now() - started) / 1000;
  const baseUrl = `http://127.0.0.1:${port}`;
  // Its own process group, so stopping it reaches the server that serve-web.mjs starts as well.
  const child = spawn(process.execPath, ['scripts/serve-web.mjs', '--no-build', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const stop = async () => {
    await stopGroup(child);
    remove();
  };
  try {
    await waitForHealth(baseUrl, child, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, offices: seeded, seedSeconds, stop };
}
