/**
 * Delivering a claimed outbox row, whatever the outbox (outbox.ts): the message goes through the office's mail
 * server within a time limit, and the outcome is recorded on the row (claims.ts): sent, queued again after the
 * backoff, or failed for good on a 5xx answer or the office's last attempt. escalation-delivery.ts and
 * acknowledgement-delivery.ts build the messages; a Courier hands the worker one outbox's claims.
 */
import { ConcernSchema, type Concern } from '@shared/domain/concern';
import type { Db } from '../db/db';
import { claimDue, markFailedAttempt, markSent, msUntilNextDue, releaseClaim } from './claims';
import { SendTimeoutError, classifyFailure } from './failures';
import type { StoredOfficeSettings } from './office-settings';
import type { DeliveryRow, Outbox } from './outbox';
import type { MailMessage, MailReceipt, TransportFactory } from './transport';

/** What every delivery needs from the worker. */
export interface DeliveryContext {
  readonly db: Db;
  readonly transport: TransportFactory;
  /** The longest one send may take before it counts as a timeout. */
  readonly sendTimeoutMs: number;
  /** Wait before the next attempt after `attempts` failed ones. */
  readonly backoff: (attempts: number) => number;
  /** Where staff open the app: links in priority emails, and the host of every Message-ID. */
  readonly publicUrl: string;
}

/** A claimed row of some outbox, to deliver, or to hand back when the worker is stopping. */
export interface Claim {
  deliver(): Promise<void>;
  release(): Promise<void>;
}

/** One outbox as the worker sees it: claims of due rows, and when the next one falls due. */
export interface Courier {
  claim(owner: string, limit: number, leaseMs: number): Promise<Claim[]>;
  msUntilNextDue(): Promise<number | undefined>;
}

/** A courier for an outbox whose claimed rows `deliver` sends (it must record every outcome). */
export function courierFor<R extends DeliveryRow>(db: Db, outbox: Outbox<R>, deliver: (row: R) => Promise<void>): Courier {
  return {
    async claim(owner, limit, leaseMs) {
      const rows = await claimDue(db, outbox, owner, limit, leaseMs);
      return rows.map((row) => ({ deliver: () => deliver(row), release: async () => void (await releaseClaim(db, outbox, row)) }));
    },
    msUntilNextDue: () => msUntilNextDue(db, outbox),
  };
}

/** The address emails come from: the office's choice, else the SMTP user when it is an address, else the first priority address. */
export function senderOf(settings: StoredOfficeSettings): string {
  if (settings.senderAddress !== '') return settings.senderAddress;
  if (/^[^@\s]+@[^@\s]+$/.test(settings.smtp.user)) return settings.smtp.user;
  return settings.priorityAddresses[0] ?? '';
}

/** The concern as stored at the server now, or undefined once it is deleted. */
export async function concernOf(db: Db, officeId: string, concernId: string): Promise<Concern | undefined> {
  const { rows } = await db.query<{ row: unknown }>('select row from concerns where office_id = $1 and id = $2', [officeId, concernId]);
  const parsed = ConcernSchema.safeParse(rows[0]?.row);
  return parsed.success ? parsed.data : undefined;
}

/** Sends one message over a connection of its own, dropped after `timeoutMs` (SendTimeoutError) and always closed. */
export async function sendWithin(transport: TransportFactory, settings: StoredOfficeSettings, message: MailMessage, timeoutMs: number): Promise<MailReceipt> {
  const connection = transport(settings.smtp);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      connection.close();
      reject(new SendTimeoutError(timeoutMs));
    }, timeoutMs);
  });
  try {
    return await Promise.race([connection.send(message), timeout]);
  } finally {
    clearTimeout(timer);
    connection.close();
  }
}

/** Records that a row cannot be sent at all, with the reason staff see. */
export async function giveUp<R extends DeliveryRow>(context: DeliveryContext, outbox: Outbox<R>, row: R, to: readonly string[], reason: string): Promise<void> {
  await markFailedAttempt(context.db, outbox, row, to, reason, undefined);
}

/** Sends a claimed row's message and records the outcome: sent, retried later, or failed. */
export async function sendAndRecord<R extends DeliveryRow>(
  context: DeliveryContext,
  outbox: Outbox<R>,
  row: R,
  settings: StoredOfficeSettings,
  message: MailMessage,
): Promise<void> {
  let receipt: MailReceipt;
  try {
    receipt = await sendWithin(context.transport, settings, message, context.sendTimeoutMs);
  } catch (error) {
    const failure = classifyFailure(error);
    const isLast = failure.isPermanent || row.attempts >= settings.maxAttempts;
    await markFailedAttempt(context.db, outbox, row, message.to, failure.reason, isLast ? undefined : context.backoff(row.attempts));
    return;
  }
  const note = receipt.rejected.length === 0 ? null : `The mail server did not take it for ${receipt.rejected.join(', ')}.`;
  await markSent(context.db, outbox, row, message.to, note);
}
