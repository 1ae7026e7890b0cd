/**
 * The delivery worker: one per server process. It claims due escalations (claims.ts), emails each through the
 * office's mail server and records the outcome; retries back off exponentially with jitter, a 5xx answer or the
 * office's last attempt marks it failed. It wakes when a push queues an escalation (LISTEN/NOTIFY on
 * ESCALATION_CHANNEL, from any server process), when the next retry or lease falls due, and at least every
 * pollMs in case a notification was lost.
 *
 * Exactly one email per escalation, as far as SMTP allows: a row is sent only by the process that holds its
 * claim, and recorded sent in the transaction right after the mail server accepts it. The one gap left is a
 * process dying between that acceptance and that commit: after the lease runs out another process sends the
 * email again, with the same Message-ID (email.ts), so mail systems that de-duplicate by it show it once. The
 * gap is a few milliseconds per email; a graceful stop waits for the email in flight instead of opening it.
 */
import { randomUUID } from 'node:crypto';
import { ConcernSchema, type Concern } from '@shared/domain/concern';
import type { Db, Unlisten } from '../db/db';
import { claimDue, markFailedAttempt, markSent, msUntilNextDue, releaseClaim } from './claims';
import { composeEscalationEmail } from './email';
import { SendTimeoutError, backoffMs, classifyFailure } from './failures';
import { readOfficeSettings, type StoredOfficeSettings } from './office-settings';
import type { OutboxRow } from './outbox-rows';
import { ESCALATION_CHANNEL } from './queue';
import { nodemailerTransport, type MailMessage, type MailReceipt, type TransportFactory } from './transport';

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

/** Why an escalation cannot be emailed at all: said on the concern, so an admin knows what to fix. */
const NOT_SET_UP = 'No priority address is set: an admin can set one in the office settings. No email was sent.';
const DELETED = 'The concern was deleted before its email went out, so none was sent.';

/** The address the email comes from: the office's choice, else the SMTP user when it is an address, else the first recipient. */
function senderOf(settings: StoredOfficeSettings): string {
  if (settings.senderAddress !== '') return settings.senderAddress;
  if (/^[^@\s]+@[^@\s]+$/.test(settings.smtp.user)) return settings.smtp.user;
  return settings.priorityAddresses[0] ?? '';
}

async function concernOf(db: Db, row: OutboxRow): Promise<Concern | undefined> {
  const { rows } = await db.query<{ row: unknown }>('select row from concerns where office_id = $1 and id = $2', [row.office_id, row.concern_id]);
  const parsed = ConcernSchema.safeParse(rows[0]?.row);
  return parsed.success ? parsed.data : undefined;
}

function withTimeout(sending: Promise<MailReceipt>, ms: number, onTimeout: () => void): Promise<MailReceipt> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new SendTimeoutError(ms));
    }, ms);
  });
  return Promise.race([sending, timeout]).finally(() => clearTimeout(timer));
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

  async function send(row: OutboxRow, settings: StoredOfficeSettings, concern: Concern): Promise<void> {
    const email = composeEscalationEmail({
      concern,
      escalationNumber: row.escalation_number,
      queuedAt: row.queued_at,
      includeContactDetails: settings.includeContactDetails,
      publicUrl: options.publicUrl,
    });
    const to = [...settings.priorityAddresses];
    const message: MailMessage = { ...email, from: senderOf(settings), to };
    const connection = transport(settings.smtp);
    let receipt: MailReceipt;
    try {
      receipt = await withTimeout(connection.send(message), sendTimeoutMs, () => connection.close());
    } catch (error) {
      const failure = classifyFailure(error);
      const isLast = failure.isPermanent || row.attempts >= settings.maxAttempts;
      await markFailedAttempt(db, row, to, failure.reason, isLast ? undefined : backoff(row.attempts));
      return;
    } finally {
      connection.close();
    }
    const note = receipt.rejected.length === 0 ? null : `The mail server did not take it for ${receipt.rejected.join(', ')}.`;
    await markSent(db, row, to, note);
  }

  async function deliver(row: OutboxRow): Promise<void> {
    const settings = await readOfficeSettings(db, row.office_id);
    const concern = settings === undefined ? undefined : await concernOf(db, row);
    if (settings === undefined) await markFailedAttempt(db, row, [], NOT_SET_UP, undefined);
    else if (concern === undefined) await markFailedAttempt(db, row, settings.priorityAddresses, DELETED, undefined);
    else await send(row, settings, concern);
  }

  let isStopped = false;
  let isAgain = false;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let idleWaiters: (() => void)[] = [];

  async function drain(): Promise<void> {
    for (;;) {
      const claimed = isStopped ? [] : await claimDue(db, owner, CLAIM_BATCH, leaseMs);
      // Stopping: the claims not started yet go back at once rather than wait out their lease.
      for (const row of claimed) await (isStopped ? releaseClaim(db, row) : deliver(row));
      if (claimed.length < CLAIM_BATCH && !isAgain) return;
      isAgain = false;
    }
  }

  async function schedule(): Promise<void> {
    if (isStopped) return;
    const wait = await msUntilNextDue(db).catch(() => undefined);
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
