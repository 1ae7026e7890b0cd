/**
 * What a failed delivery means: try again later (the mail server is down, slow, or answered 4xx "not now"), or
 * give up now (it answered 5xx: the message, an address or the sign-in is refused, and asking again gets the
 * same answer). Reasons are plain words staff see on the concern; the mail server's own reply is quoted,
 * shortened, because an admin fixing the settings needs it.
 */

/** A failed delivery: whether to retry, and why it failed, for people. */
export interface DeliveryFailure {
  readonly isPermanent: boolean;
  readonly reason: string;
}

/** Thrown when the whole send took longer than the worker allows. */
export class SendTimeoutError extends Error {
  constructor(readonly afterMs: number) {
    super(`Sending took longer than ${afterMs} ms`);
    this.name = 'SendTimeoutError';
  }
}

const REPLY_LENGTH = 200;

interface MailError {
  code?: unknown;
  responseCode?: unknown;
  response?: unknown;
  command?: unknown;
  message?: unknown;
}

function quoted(reply: unknown): string {
  if (typeof reply !== 'string') return '';
  const line = reply.replace(/[\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim();
  if (line === '') return '';
  return ` (it said: "${line.length > REPLY_LENGTH ? `${line.slice(0, REPLY_LENGTH - 1)}…` : line}")`;
}

function refused(status: number, error: MailError): string {
  if (error.code === 'EAUTH') return `The mail server refused the user name or password${quoted(error.response)}.`;
  if (error.code === 'EENVELOPE') return `The mail server refused the sender or the recipients${quoted(error.response)}.`;
  return `The mail server refused the email with code ${status}${quoted(error.response)}.`;
}

const BY_CODE: Readonly<Record<string, string>> = {
  ECONNECTION: 'Could not connect to the mail server',
  ECONNREFUSED: 'Could not connect to the mail server (connection refused)',
  ETIMEDOUT: 'The mail server did not answer in time',
  EDNS: 'Could not find the mail server by its name',
  ETLS: 'Could not set up an encrypted connection with the mail server',
  ESOCKET: 'The connection to the mail server failed',
  EPROTOCOL: 'The mail server answered in a way that could not be understood',
};

/** Reads a transport's error (nodemailer's, or any other) as retry-later or give-up. */
export function classifyFailure(error: unknown): DeliveryFailure {
  if (error instanceof SendTimeoutError) {
    return { isPermanent: false, reason: 'The mail server took too long to take the email.' };
  }
  const mail = (typeof error === 'object' && error !== null ? error : {}) as MailError;
  const status = typeof mail.responseCode === 'number' ? mail.responseCode : undefined;
  const isPermanentStatus = status !== undefined && status >= 500 && status < 600;
  if (mail.code === 'ETLS' && isPermanentStatus) {
    return {
      isPermanent: true,
      reason: `The mail server does not offer an encrypted connection (STARTTLS), which the office settings require, so nothing was sent${quoted(mail.response)}.`,
    };
  }
  if (isPermanentStatus) return { isPermanent: true, reason: refused(status, mail) };
  if (status !== undefined && status >= 400 && status < 500) {
    return { isPermanent: false, reason: `The mail server asked to try again later (code ${status})${quoted(mail.response)}.` };
  }
  const code = typeof mail.code === 'string' ? mail.code : '';
  const message = typeof mail.message === 'string' ? mail.message : String(error);
  // nodemailer reports a connection that could not be opened as a socket error of its CONN step.
  if (mail.command === 'CONN' && code === 'ESOCKET') {
    const why = /ECONNREFUSED/.test(message) ? ' (connection refused)' : /EHOSTUNREACH|ENETUNREACH/.test(message) ? ' (no route to it)' : '';
    return { isPermanent: false, reason: `Could not connect to the mail server${why}.` };
  }
  const known = BY_CODE[code];
  if (known !== undefined) return { isPermanent: false, reason: `${known}.` };
  return { isPermanent: false, reason: `Sending failed${quoted(message)}.` };
}

/** The worker's default wait before retry n + 1 after n attempts: doubling from 30 s, at most 30 min. */
export const DEFAULT_BACKOFF = { firstMs: 30_000, maxMs: 30 * 60_000 } as const;

/**
 * Exponential backoff with "equal jitter": half the doubled delay, plus a random part of the other half, so
 * emails that failed together (the mail server was down) do not all come back at the same second.
 */
export function backoffMs(attempts: number, random: () => number = Math.random, options = DEFAULT_BACKOFF): number {
  const full = Math.min(options.maxMs, options.firstMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(full / 2 + random() * (full / 2));
}
