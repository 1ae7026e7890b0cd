/**
 * The delivery worker: one per server process, for every outbox (outbox.ts): priority emails first, then
 * citizens' acknowledgements, then the monthly newsletter (server/src/newsletter/delivery.ts), a few of each per
 * round, so a priority email waits behind at most a handful of newsletter copies. It claims due rows (claims.ts),
 * emails each through the office's mail server and records the outcome (delivery.ts); retries back off
 * exponentially with jitter, a 5xx answer or the office's last attempt marks it failed. It wakes when a push
 * queues an email, an escalation is resent or a newsletter is sent (LISTEN/NOTIFY on ESCALATION_CHANNEL, from any
 * server process), when the next retry or lease falls due, and at least every pollMs in case a notification was
 * lost.
 *
 * Exactly one email per outbox row, as far as SMTP allows: a row is sent only by the process that holds its
 * claim, and recorded sent in the transaction right after the mail server accepts it. The one gap left is a
 * process dying between that acceptance and that commit: after the lease runs out another process sends the
 * email again, with the same Message-ID (email.ts), so mail systems that de-duplicate by it show it once. The
 * gap is a few milliseconds per email; a graceful stop waits for the email in flight instead of opening it.
 */
import { randomUUID } from 'node:crypto';
import type { Db, Unlisten } from '../db/db';
import { acknowledgementCourier } from './acknowledgement-delivery';
import type { Courier, DeliveryContext } from './delivery';
import { escalationCourier } from './escalation-delivery';
import { newsletterCourier } from '../newsletter/delivery';
import { backoffMs } from './failures';
import { ESCALATION_CHANNEL } from './queue';
import { nodemailerTransport, type TransportFactory } from './transport';

/** How to run the worker; everything but db and publicUrl has a production default. */
export interface EscalationWorkerOptions {
  readonly db: Db;
  /** Where staff open the app, for the link in each email. */
  readonly publicUrl: string;
  readonly transport?: TransportFactory;
  /** Names this worker's claims; a random id by default. */
  readonly workerId?: string;
  /** How long a claim lasts; must be longer than sendTimeoutMs. Default 2 minutes. */
  readonly leaseMs?: number;
  /** The longest one delivery may take before it counts as a timeout. Default 60 s. */
  readonly sendTimeoutMs?: number;
  /** The longest the worker sleeps without looking at the outbox. Default 30 s. */
  readonly pollMs?: number;
  /** Wait before the next attempt after `attempts` failed ones. Default: failures.ts backoffMs. */
  readonly backoff?: (attempts: number) => number;
  /** The least time between two newsletter copies from this process, to be polite to the office's mail server. Default 250 ms. */
  readonly newsletterGapMs?: number;
  /** Trouble no caller waits for (the database unreachable for a moment): the worker carries on. */
  readonly onError?: (error: Error) => void;
}

/** A running worker. */
export interface EscalationWorker {
  /** Looks at the outbox now (also what a notification does). */
  wake(): void;
  /** Resolves once the worker is idle: nothing claimed, nothing due. For tests. */
  idle(): Promise<void>;
  /**
   * Stops waking, waits for the delivery in flight to be recorded, hands back the claims not started, stops
   * listening. Safe to call twice.
   */
  stop(): Promise<void>;
}

const CLAIM_BATCH = 5;

/** The soonest any courier's next row falls due, or undefined when none will. */
async function msUntilNextDue(couriers: readonly Courier[]): Promise<number | undefined> {
  const waits = await Promise.all(couriers.map((courier) => courier.msUntilNextDue()));
  const known = waits.filter((wait): wait is number => wait !== undefined);
  return known.length === 0 ? undefined : Math.min(...known);
}

/** Starts a worker: it listens for new escalations and delivers what is already due. */
export async function startEscalationWorker(options: EscalationWorkerOptions): Promise<EscalationWorker> {
  const { db } = options;
  const transport = options.transport ?? nodemailerTransport();
  const owner = options.workerId ?? randomUUID();
  const sendTimeoutMs = options.sendTimeoutMs ?? 60_000;
  const leaseMs = options.leaseMs ?? 120_000;
  const pollMs = options.pollMs ?? 30_000;
  const backoff = options.backoff ?? ((attempts: number) => backoffMs(attempts));
  const report = options.onError ?? ((error: Error) => console.error(`Priority emails: ${error.message}`));
  if (leaseMs <= sendTimeoutMs) throw new Error('The lease must outlast a send: make leaseMs longer than sendTimeoutMs');
  const context: DeliveryContext = { db, transport, sendTimeoutMs, backoff, publicUrl: options.publicUrl };
  const couriers: readonly Courier[] = [
    escalationCourier(context),
    acknowledgementCourier(context),
    newsletterCourier(context, options.newsletterGapMs ?? 250),
  ];

  let isStopped = false;
  let isAgain = false;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let idleWaiters: (() => void)[] = [];

  /** Delivers one batch of each outbox; true when some outbox had a full batch, so more may be due. */
  async function round(): Promise<boolean> {
    let isFull = false;
    for (const courier of couriers) {
      const claimed = isStopped ? [] : await courier.claim(owner, CLAIM_BATCH, leaseMs);
      // Stopping: the claims not started yet go back at once rather than wait out their lease.
      for (const claim of claimed) await (isStopped ? claim.release() : claim.deliver());
      if (claimed.length === CLAIM_BATCH) isFull = true;
    }
    return isFull;
  }

  async function drain(): Promise<void> {
    while ((await round()) || isAgain) isAgain = false;
  }

  async function schedule(): Promise<void> {
    if (isStopped) return;
    const wait = await msUntilNextDue(couriers).catch(() => undefined);
    if (isStopped) return;
    // A lease running out is due at that instant; a few ms later it is surely past, on any clock.
    const delay = Math.min(pollMs, wait === undefined ? pollMs : wait + 5);
    clearTimeout(timer);
    timer = setTimeout(wake, delay);
    if (wait === undefined || wait > 0) for (const resolveIdle of idleWaiters.splice(0)) resolveIdle();
  }

  function wake(): void {
    if (isStopped) return;
    if (running !== undefined) {
      isAgain = true;
      return;
    }
    running = drain()
      .catch((error: unknown) => report(error instanceof Error ? error : new Error(String(error))))
      .then(() => schedule())
      .finally(() => {
        running = undefined;
        if (isAgain && !isStopped) {
          isAgain = false;
          wake();
        }
      });
  }

  const unlisten: Unlisten = await db.listen(ESCALATION_CHANNEL, wake);
  wake();
  return {
    wake,
    idle: () =>
      new Promise<void>((resolveIdle) => {
        idleWaiters.push(resolveIdle);
        wake();
      }),
    async stop() {
      if (isStopped) return;
      isStopped = true;
      clearTimeout(timer);
      await running;
      await unlisten().catch(() => undefined);
      for (const resolveIdle of idleWaiters.splice(0)) resolveIdle();
      idleWaiters = [];
    },
  };
}
