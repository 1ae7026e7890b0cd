/**
 * (c) A delivery worker's process killed (SIGKILL) in the middle of a newsletter batch, on the embedded database
 * and on PostgreSQL: the copies it had claimed stay "sending" until their leases run out, then a new worker sends
 * them, and every recipient gets exactly one copy. If it died after the mail server took a copy but before it
 * could record that (the one gap SMTP leaves), that copy arrives twice with the same Message-ID, which lets mail
 * systems show it once, and the delivery is recorded sent once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/src/app';
import type { Db, DbKind } from '../../../server/src/db/db';
import { openDb } from '../../../server/src/db/open-db';
import { DATABASE_SETUP_TIMEOUT_MS } from '../../helpers/databases';
import { startPostgres, type PostgresCluster } from '../../helpers/postgres';
import { ROOT } from '../../helpers/server-process';
import { startSmtpSink, type SmtpSink } from '../../helpers/smtp-sink-process';
import { useFastPasswords } from '../../helpers/staff';
import { workerPool } from '../escalations/workers';
import { allSent, createNewsletterOffice, logContacts, pressSend, recipientsOf, saveIssue, subscriber, waitForDeliveries } from './support';

useFastPasswords();
// The embedded database opens slowly in a new process on a loaded machine (about 50 s for a whole test here).
const TEST_MS = 180_000;
const READERS = Array.from({ length: 7 }, (_, i) => `reader${i}@example.net`);

interface Place {
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
}

function startWorkerProcess(place: Place): { child: ChildProcess; started: Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'helpers', 'escalation-worker.ts')], {
    cwd: ROOT,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'test', 'tsconfig.json'), DATABASE_URL: place.databaseUrl ?? '', DATA_DIR: place.dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const started = new Promise<void>((resolveStart, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('worker started')) resolveStart();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The worker exited with ${code}: ${output}`)));
  });
  started.catch(() => undefined);
  return { child, started };
}

function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  child.kill('SIGKILL');
  return exited;
}

describe.each<DbKind>(['pglite', 'postgres'])('a newsletter batch whose worker was killed mid-batch (%s)', (kind) => {
  let cluster: PostgresCluster | undefined;
  let base: string;
  let place: Place;
  let sink: SmtpSink;
  let child: ChildProcess | undefined;
  const workers = workerPool();
  const open = (): Promise<Db> => openDb({ ...place, onError: () => undefined });

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'civic-newsletter-crash-'));
    if (kind === 'postgres') cluster = await startPostgres();
  }, DATABASE_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await cluster?.stop();
    await rm(base, { recursive: true, force: true });
  });
  afterEach(async () => {
    await workers.stopAll();
    if (child !== undefined) await kill(child);
    await sink.kill();
  });

  /** Seven subscribers and the issue sent (queued), the sink holding every message; the database closed again. */
  async function prepare(): Promise<void> {
    place = { databaseUrl: kind === 'postgres' ? await cluster?.createDatabase() : undefined, dataDir: await mkdtemp(join(base, 'data-')) };
    sink = await startSmtpSink();
    await sink.setMode('hold');
    const db = await open();
    const office = await createNewsletterOffice(db, sink);
    const app = buildApp({ db });
    await logContacts(app, office, 1, READERS.map((email) => subscriber(email)));
    await saveIssue(app, office);
    expect((await pressSend(app, office.facilitator)).json()).toMatchObject({ queuedNow: READERS.length });
    await app.close();
    // The embedded database belongs to one process at a time: the worker's, from here.
    await db.close();
  }

  /** Starts the worker process, lets it claim a batch and reach the mail server with its first copy, and kills it. */
  async function killMidBatch(): Promise<void> {
    const worker = startWorkerProcess(place);
    child = worker.child;
    await worker.started;
    await sink.waitForHolding();
    await kill(worker.child);
  }

  it('sends every copy exactly once when the worker died before the mail server took its copy', async () => {
    await prepare();
    await killMidBatch();
    await sink.setMode('accept'); // the held message is never answered: its sender is gone
    const db = await open();
    try {
      const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from newsletter_deliveries where state = 'sending'`);
      expect(rows[0]?.n).toBeGreaterThanOrEqual(1);
      await workers.start(db);
      await workers.start(db, { workerId: 'second' });
      const sent = await waitForDeliveries(db, allSent(READERS.length));
      expect(Math.max(...sent.map((row) => row.attempts))).toBe(2);
      await sink.waitForMessages(READERS.length, 30_000);
      await new Promise((resolveLater) => setTimeout(resolveLater, 400));
      expect(recipientsOf(sink.messages)).toEqual([...READERS].sort());
    } finally {
      await workers.stopAll();
      await db.close();
    }
  }, TEST_MS);

  it('sends the copy in the gap again with the same Message-ID, and every other copy once', async () => {
    await prepare();
    await killMidBatch();
    await sink.release(); // the mail server had taken it: it delivers, though the worker never heard
    await sink.setMode('accept');
    const db = await open();
    try {
      await workers.start(db);
      await waitForDeliveries(db, allSent(READERS.length));
      const messages = await sink.waitForMessages(READERS.length + 1, 30_000);
      await new Promise((resolveLater) => setTimeout(resolveLater, 400));
      expect(sink.messages).toHaveLength(READERS.length + 1);
      const [first] = messages;
      const twice = messages.filter((message) => message.to[0] === first?.to[0]);
      expect(twice).toHaveLength(2);
      expect(twice[1]?.messageId).toBe(first?.messageId);
      expect(new Set(messages.map((message) => message.to[0]))).toEqual(new Set(READERS));
    } finally {
      await workers.stopAll();
      await db.close();
    }
  }, TEST_MS);
});
