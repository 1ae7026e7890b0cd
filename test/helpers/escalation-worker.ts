/**
 * A delivery worker in its own process, as a server process runs it, for tests that kill it mid-delivery:
 *
 *   DATABASE_URL=postgres://… (or DATA_DIR=/tmp/…) LEASE_MS=3000 SEND_TIMEOUT_MS=2500 \
 *     node --import tsx test/helpers/escalation-worker.ts
 *
 * It prints "worker started" once it listens for escalations. SIGTERM stops it cleanly; SIGKILL is the crash.
 */
import { openDb } from '../../server/src/db/open-db';
import { nodemailerTransport } from '../../server/src/escalations/transport';
import { startEscalationWorker } from '../../server/src/escalations/worker';

const env = process.env;
const db = await openDb({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR ?? '', onError: () => undefined });
const worker = await startEscalationWorker({
  db,
  publicUrl: env.PUBLIC_URL ?? 'http://notebook.town.example/',
  workerId: env.WORKER_ID ?? 'child',
  leaseMs: Number(env.LEASE_MS ?? 3000),
  sendTimeoutMs: Number(env.SEND_TIMEOUT_MS ?? 2500),
  pollMs: 100,
  backoff: () => 100,
  transport: nodemailerTransport({ connectMs: 1000, greetingMs: 1000, idleMs: 5000 }),
  onError: (error) => console.error(error.message),
});
process.once('SIGTERM', () => {
  void worker
    .stop()
    .then(() => db.close())
    .then(() => process.exit(0));
});
console.log('worker started');
