/**
 * Sending one email through the office's mail server, and saying in plain words what went wrong. The worker
 * talks to the MailTransport port; the real one is nodemailer (SMTP with STARTTLS or implicit TLS, sign-in,
 * timeouts), tests may pass another. Each delivery opens its own connection and closes it: escalations are
 * rare, and the settings may have changed since the last one.
 */
import { createTransport } from 'nodemailer';
import type { StoredOfficeSettings } from './office-settings';

/** A message as the worker hands it to a transport. */
export interface MailMessage {
  readonly from: string;
  /** The name shown with the From address; 'Civic Notebook' when not given. */
  readonly fromName?: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  /** Absent: a plain-text message (the citizens' acknowledgement). */
  readonly html?: string;
  readonly messageId: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** What the mail server did with a message it took: the recipients it refused, if any. */
export interface MailReceipt {
  readonly rejected: readonly string[];
}

/** One connection's worth of sending. */
export interface MailTransport {
  /** Resolves once the mail server has accepted the message; rejects with the transport's error otherwise. */
  send(message: MailMessage): Promise<MailReceipt>;
  /** Drops the connection (also to give up on a send that takes too long). */
  close(): void;
}

/** Makes a transport for an office's mail server settings. */
export type TransportFactory = (smtp: StoredOfficeSettings['smtp']) => MailTransport;

/** How long each stage of talking to the mail server may take. */
export interface SmtpTimeouts {
  /** To open the TCP connection. */
  readonly connectMs: number;
  /** For the server's greeting once connected. */
  readonly greetingMs: number;
  /** Of silence while the conversation is under way. */
  readonly idleMs: number;
}

/** Defaults: a healthy mail server answers in well under a second; a dead one should free the worker soon. */
export const DEFAULT_SMTP_TIMEOUTS: SmtpTimeouts = { connectMs: 15_000, greetingMs: 15_000, idleMs: 30_000 };

interface SentInfo {
  rejected?: unknown[];
}

function addressText(entry: unknown): string {
  if (typeof entry === 'string') return entry;
  const address = (entry as { address?: unknown } | null)?.address;
  return typeof address === 'string' ? address : String(entry);
}

/** The real transport: nodemailer over SMTP. */
export function nodemailerTransport(timeouts: SmtpTimeouts = DEFAULT_SMTP_TIMEOUTS): TransportFactory {
  return (smtp) => {
    const transporter = createTransport({
      host: smtp.host,
      port: smtp.port,
      // 'implicit': TLS from the first byte (usually port 465). 'starttls': the upgrade is required, so a server
      // (or someone in between) that does not offer it gets no message and no password. 'none': plain, and no
      // opportunistic upgrade either, so the office gets exactly what it chose.
      secure: smtp.tls === 'implicit',
      requireTLS: smtp.tls === 'starttls',
      ignoreTLS: smtp.tls === 'none',
      ...(smtp.user === '' ? {} : { auth: { user: smtp.user, pass: smtp.password ?? '' } }),
      connectionTimeout: timeouts.connectMs,
      greetingTimeout: timeouts.greetingMs,
      socketTimeout: timeouts.idleMs,
      dnsTimeout: timeouts.connectMs,
      // The message is built from our own strings; nodemailer must never read files or URLs on its behalf.
      disableFileAccess: true,
      disableUrlAccess: true,
    });
    return {
      async send(message) {
        const info = (await transporter.sendMail({
          from: { name: message.fromName ?? 'Civic Notebook', address: message.from },
          to: [...message.to],
          subject: message.subject,
          text: message.text,
          ...(message.html === undefined ? {} : { html: message.html }),
          messageId: message.messageId,
          headers: { ...message.headers },
        })) as SentInfo;
        return { rejected: (info.rejected ?? []).map(addressText) };
      },
      close() {
        transporter.close();
      },
    };
  };
}
