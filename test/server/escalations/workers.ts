/**
 * Delivery workers for the priority-lane tests, tuned to fail fast: a mail server that does not answer fails an
 * attempt in about a second, and retries come 100 ms apart.
 */
import type { Db } from '../../../server/src/db/db';
import { nodemailerTransport } from '../../../server/src/escalations/transport';
import { startEscalationWorker, type EscalationWorker, type EscalationWorkerOptions } from '../../../server/src/escalations/worker';
import { PUBLIC_URL } from './support';

/** Quick to give up, so failures and retries happen within a test's time. */
export const FAST_WORKER = { leaseMs: 4000, sendTimeoutMs: 3000, pollMs: 100, backoff: () => 100 } as const;

/** nodemailer with short timeouts. */
export const fastTransport = () => nodemailerTransport({ connectMs: 1000, greetingMs: 1000, idleMs: 2000 });

/** Starts workers and stops them all at the end of a test. */
export function workerPool() {
  const running: EscalationWorker[] = [];
  return {
    async start(db: Db, options: Partial<EscalationWorkerOptions> = {}): Promise<EscalationWorker> {
      const worker = await startEscalationWorker({ db, publicUrl: PUBLIC_URL, transport: fastTransport(), onError: () => undefined, ...FAST_WORKER, ...options });
      running.push(worker);
      return worker;
    },
    async stopAll(): Promise<void> {
      await Promise.all(running.splice(0).map((worker) => worker.stop()));
    },
  };
}
