/**
 * The office settings' test message (POST /api/admin/office-settings/test): one short plain-text email through
 * the saved mail server, right away and outside the outbox, so an admin learns at once whether the settings
 * work. A refusal or an unreachable server is answered with the same plain reasons as a failed priority email
 * (failures.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/db';
import { sendWithin, senderOf } from './delivery';
import { messageIdFor } from './email';
import { classifyFailure } from './failures';
import { readOfficeSettings } from './office-settings';
import { nodemailerTransport, type TransportFactory } from './transport';

/** What sending the test message did. */
export type TestEmailOutcome =
  | { readonly status: 'sent'; readonly sentTo: string[] }
  | { readonly status: 'not-configured' }
  | { readonly status: 'failed'; readonly reason: string };

/** How to send it; production defaults. */
export interface TestEmailOptions {
  readonly transport?: TransportFactory;
  /** The longest the admin waits for the mail server. Default 30 s. */
  readonly timeoutMs?: number;
}

const TEXT = [
  'This is a test message from Civic Notebook.',
  '',
  "It went out through the office's saved mail server settings, so priority emails (and citizens' acknowledgements,",
  'when they are switched on) can go out the same way.',
  '',
].join('\n');

/** Sends the test message to `to`, or to the priority addresses when none is given. */
export async function sendTestEmail(db: Db, officeId: string, to: string | undefined, options: TestEmailOptions = {}): Promise<TestEmailOutcome> {
  const settings = await readOfficeSettings(db, officeId);
  if (settings === undefined) return { status: 'not-configured' };
  const recipients = to === undefined ? [...settings.priorityAddresses] : [to];
  const message = {
    from: senderOf(settings),
    to: recipients,
    subject: 'Civic Notebook: test message',
    text: TEXT,
    messageId: messageIdFor('', `test-${randomUUID()}`),
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
  try {
    const receipt = await sendWithin(options.transport ?? nodemailerTransport(), settings, message, options.timeoutMs ?? 30_000);
    const refused = new Set(receipt.rejected);
    return { status: 'sent', sentTo: recipients.filter((address) => !refused.has(address)) };
  } catch (error) {
    return { status: 'failed', reason: classifyFailure(error).reason };
  }
}
