/**
 * Server push throughput: 50 desks pushing their outboxes at once to the real server process
 * (server/src/server.ts) over HTTP on 127.0.0.1, on the embedded PGlite and on PostgreSQL (a throw-away
 * cluster with production durability: fsync and synchronous commit on). Each desk has its own device id and
 * pushes batches of new logConcern mutations, one request after another, as a desk emptying its outbox does.
 * After a warm-up, every push answered within the measured window counts (its latency from when it was sent).
 *
 *   tsx --tsconfig test/tsconfig.json test/bench/server-push.ts
 *
 * BENCH_PUSH_CLIENTS, BENCH_PUSH_BATCH, BENCH_PUSH_SECONDS and BENCH_PUSH_WARMUP_SECONDS change the sizes;
 * BENCH_PUSH_DATABASES=pglite (or postgres) runs one database only.
 * Figures are printed, never asserted: the machine's load is not the server's fault. Every push must be
 * answered 200 with each mutation applied; anything else is counted as an error and printed.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DbKind } from '../../server/src/db/db';
import { PushResponseSchema } from '@shared/sync/protocol';
import { addStaffMember, getJson, logConcernMutation, postJson, setUpOffice, signIn } from '../helpers/http-office';
import { startPostgres } from '../helpers/postgres';
import { setupCodeOf, startServerProcess } from '../helpers/server-process';
import { quantile } from './stats';

const CLIENTS = Number(process.env.BENCH_PUSH_CLIENTS ?? 50);
const BATCH = Number(process.env.BENCH_PUSH_BATCH ?? 10);
const SECONDS = Number(process.env.BENCH_PUSH_SECONDS ?? 15);
const WARMUP_SECONDS = Number(process.env.BENCH_PUSH_WARMUP_SECONDS ?? 5);
/** Longer than any push should take even on a loaded machine: a slow answer is a figure, not an error. */
const PUSH_TIMEOUT_MS = 120_000;
/** Desks share staff sessions (one staff member per this many desks): sign-in hashing is not what is measured. */
const DESKS_PER_STAFF = 10;

/** What one database's run measured. */
interface Figures {
  readonly kind: DbKind;
  readonly mutations: number;
  readonly requests: number;
  readonly latenciesMs: number[];
  /** GET /health during the window: a server busy with pushes must still answer at once. */
  readonly healthMs: number[];
  readonly errors: string[];
  readonly seconds: number;
  /** The machine's 1-minute load average when the run started: figures from a busy machine say so. */
  readonly load: number;
}

/** The counts one run adds up. */
type Tally = { mutations: number; requests: number; readonly latenciesMs: number[]; readonly errors: string[] };

/** One desk pushing until `until` (ms, performance clock); pushes answered inside [from, until] are counted. */
async function runDesk(url: string, token: string, from: number, until: number, figures: Tally): Promise<void> {
  const clientId = randomUUID();
  let next = 1;
  while (performance.now() < until) {
    const mutations = Array.from({ length: BATCH }, (_, i) => logConcernMutation(next + i, `Bench concern ${next + i}`));
    const started = performance.now();
    const answer = await postJson(url, '/api/sync/push', token, { clientId, mutations }, AbortSignal.timeout(PUSH_TIMEOUT_MS)).catch(
      (error: unknown) => ({ status: 0, body: String(error) }),
    );
    const ended = performance.now();
    const parsed = answer.status === 200 ? PushResponseSchema.safeParse(answer.body) : undefined;
    if (parsed?.success !== true || parsed.data.results.some((r) => r.status !== 'applied')) {
      figures.errors.push(`HTTP ${answer.status}: ${JSON.stringify(answer.body).slice(0, 200)}`);
      return;
    }
    next += BATCH;
    // Counted by when the answer came: with 50 desks in one office a push can take longer than the window.
    if (ended >= from && ended <= until) {
      figures.requests += 1;
      figures.mutations += BATCH;
      figures.latenciesMs.push(ended - started);
    }
  }
}

/** Asks GET /health every 200 ms within [from, until], as a process supervisor would. */
async function probeHealth(url: string, from: number, until: number, healthMs: number[]): Promise<void> {
  while (performance.now() < until) {
    const started = performance.now();
    await getJson(url, '/health').catch(() => undefined);
    if (started >= from) healthMs.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function signInDesks(url: string, code: string): Promise<string[]> {
  const admin = await setUpOffice(url, code);
  const tokens: string[] = [];
  for (let i = 0; i < Math.ceil(CLIENTS / DESKS_PER_STAFF); i += 1) {
    tokens.push(await signIn(url, await addStaffMember(url, admin.token), `Bench desk ${i + 1}`));
  }
  return Array.from({ length: CLIENTS }, (_, i) => tokens[i % tokens.length] as string);
}

async function measure(kind: DbKind, env: Record<string, string>): Promise<Figures> {
  const server = startServerProcess(env);
  try {
    const url = await server.started;
    const tokens = await signInDesks(url, await setupCodeOf(server));
    const figures: Tally = { mutations: 0, requests: 0, latenciesMs: [], errors: [] };
    const load = loadavg()[0] ?? 0;
    const from = performance.now() + WARMUP_SECONDS * 1000;
    const until = from + SECONDS * 1000;
    const healthMs: number[] = [];
    await Promise.all([...tokens.map((token) => runDesk(url, token, from, until, figures)), probeHealth(url, from, until, healthMs)]);
    return { kind, ...figures, healthMs, seconds: SECONDS, load };
  } finally {
    await server.kill('SIGTERM');
  }
}

async function measurePglite(): Promise<Figures> {
  const dir = await mkdtemp(join(tmpdir(), 'civic-bench-pglite-'));
  try {
    return await measure('pglite', { DATA_DIR: join(dir, 'data') });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function measurePostgres(): Promise<Figures> {
  const cluster = await startPostgres({ isDurable: true });
  try {
    return await measure('postgres', { DATABASE_URL: cluster.url });
  } finally {
    await cluster.stop();
  }
}

function row(cells: readonly (string | number)[]): string {
  return cells.map((cell, i) => (i === 0 ? String(cell).padEnd(10) : String(cell).padStart(12))).join('');
}

function report(all: readonly Figures[]): void {
  console.log(`\nServer push: ${CLIENTS} clients, batches of ${BATCH} logConcern, ${SECONDS} s per database after ${WARMUP_SECONDS} s warm-up`);
  console.log(`(server process on 127.0.0.1, ${availableParallelism()} cores, Node ${process.version}; PostgreSQL with fsync on;`);
  console.log(' latencies in ms: p50/p95 of a push, p95 of GET /health asked every 200 ms meanwhile; load: 1-minute load average)');
  console.log(row(['database', 'mutations/s', 'requests/s', 'p50 ms', 'p95 ms', 'health p95', 'errors', 'load']));
  for (const f of all) {
    const perSecond = (n: number) => (n / f.seconds).toFixed(1);
    const ms = (samples: number[], q: number) => quantile(samples, q).toFixed(1);
    const cells = [perSecond(f.mutations), perSecond(f.requests), ms(f.latenciesMs, 0.5), ms(f.latenciesMs, 0.95), ms(f.healthMs, 0.95)];
    console.log(row([f.kind, ...cells, f.errors.length, f.load.toFixed(1)]));
  }
  for (const f of all) for (const error of f.errors.slice(0, 3)) console.log(`  ${f.kind}: ${error}`);
}

const RUNS: Record<DbKind, () => Promise<Figures>> = { pglite: measurePglite, postgres: measurePostgres };
const results: Figures[] = [];
for (const kind of (process.env.BENCH_PUSH_DATABASES ?? 'pglite,postgres').split(',')) {
  if (kind !== 'pglite' && kind !== 'postgres') throw new Error(`BENCH_PUSH_DATABASES: "${kind}" is not pglite or postgres`);
  results.push(await RUNS[kind]());
}
report(results);
if (results.some((f) => f.errors.length > 0)) process.exitCode = 1;
