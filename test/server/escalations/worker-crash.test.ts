/**
 * A delivery worker's process killed (SIGKILL) in the middle of sending, on the embedded database and on
 * PostgreSQL. Killed before the mail server took the message: the next worker takes the escalation over once
 * the lease runs out and exactly one email arrives. Killed after the mail server took it but before the worker
 * could record that (the one gap SMTP leaves): the email arrives twice, with the same Message-ID, which is
 * what lets mail systems de-duplicate it, and the escalation ends "sent" once.
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
import { concernId, createTestOffice, logTop, pushApplied, saveSettings, settingsFor, waitForEscalation } from './support';
import { workerPool } from './workers';

useFastPasswords();
const TEST_MS = 60_000;

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

describe.each<DbKind>(['pglite', 'postgres'])('a delivery worker killed mid-delivery (%s)', (kind) => {
  let cluster: PostgresCluster | undefined;
  let base: string;
  let place: Place;
  let sink: SmtpSink | undefined;
  let child: ChildProcess | undefined;
  const workers = workerPool();
  const open = (): Promise<Db> => openDb({ ...place, onError: () => undefined });

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'civic-escalation-crash-'));
    if (kind === 'postgres') cluster = await startPostgres();
  }, DATABASE_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await cluster?.stop();
    await rm(base, { recursive: true, force: true });
  });
  afterEach(async () => {
    await workers.stopAll();
    if (child !== undefined) await kill(child);
    await sink?.kill();
  });

  /** An office whose desk made concern 1 top priority, settings pointing at a sink that holds every message. */
  async function prepare(): Promise<void> {
    place = { databaseUrl: kind === 'postgres' ? await cluster?.createDatabase() : undefined, dataDir: await mkdtemp(join(base, 'data-')) };
    sink = await startSmtpSink();
    await sink.setMode('hold');
    const db = await open();
    const office = await createTestOffice(db);
    await saveSettings(db, office, settingsFor(sink.port));
    const app = buildApp({ db });
    await pushApplied(app, office, [logTop(1, 1)]);
    await app.close();
    // The embedded database belongs to one process at a time: the worker's, from here.
    await db.close();
  }

  /** Starts the worker process, lets it reach the mail server with the message, and kills it there. */
  async function killMidDelivery(): Promise<void> {
    const worker = startWorkerProcess(place);
    child = worker.child;
    await worker.started;
    await sink?.waitForHolding();
    await kill(worker.child);
  }

  it('sends the email exactly once when the worker died before the mail server took it', async () => {
    await prepare();
    await killMidDelivery();
    await sink?.setMode('accept'); // the held message is never answered: its sender is gone
    const db = await open();
    try {
      expect(await waitForEscalation(db, 1, (r) => r.state === 'sending')).toMatchObject({ attempts: 1 });
      await workers.start(db);
      const sent = await waitForEscalation(db, 1, (r) => r.state === 'sent');
      expect(sent.attempts).toBe(2);
      await sink?.waitForMessages(1);
      await new Promise((resolveLater) => setTimeout(resolveLater, 300));
      expect(sink?.messages.map((m) => m.messageId)).toEqual([`<escalation-${concernId(1)}-1@notebook.town.example>`]);
    } finally {
      await workers.stopAll();
      await db.close();
    }
  }, TEST_MS);

  it('sends it again with the same Message-ID when the worker died after the mail server took it, and records "sent" once', async () => {
    await prepare();
    await killMidDelivery();
    await sink?.release(); // the mail server had taken it: it delivers, though the worker never heard
    await sink?.setMode('accept');
    const db = await open();
    try {
      await workers.start(db);
      const sent = await waitForEscalation(db, 1, (r) => r.state === 'sent');
      expect(sent.attempts).toBe(2);
      const messages = (await sink?.waitForMessages(2)) ?? [];
      expect(messages.map((m) => m.messageId)).toEqual([1, 2].map(() => `<escalation-${concernId(1)}-1@notebook.town.example>`));
      const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from escalation_outbox where state = 'sent'`);
      expect(rows[0]?.n).toBe(1);
    } finally {
      await workers.stopAll();
      await db.close();
    }
  }, TEST_MS);
});
