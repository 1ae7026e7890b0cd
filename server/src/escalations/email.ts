/**
 * The priority email of one escalation: plain text and simple HTML (every value escaped), with the concern's
 * summary, details, channel, location, who logged it and when, and a link that opens it in the app. The
 * citizen's name, email and phone appear only when the office allows it (office_settings); otherwise the email
 * says they are in the notebook.
 *
 * Its Message-ID is the same on every attempt of an escalation ("<escalation-<concern id>-<n>@<host>>"): if a
 * server dies after the mail server accepted the message but before it recorded that, the next attempt sends
 * the same Message-ID, which lets mail systems and clients that de-duplicate by it show one message.
 */
import type { Channel, Concern, ReplyMethod } from '@shared/domain/concern';

/** What the email is built from. */
export interface EscalationEmailInput {
  readonly concern: Concern;
  readonly escalationNumber: number;
  /** When the concern became top priority at the server. */
  readonly queuedAt: Date;
  readonly includeContactDetails: boolean;
  /** Where staff open the app, e.g. 'https://notebook.town.example/'. */
  readonly publicUrl: string;
}

/** The message, ready for a transport (addresses are added by the caller). */
export interface EscalationEmail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly messageId: string;
  readonly headers: Readonly<Record<string, string>>;
}

const CHANNEL_WORDS: Readonly<Record<Channel, string>> = {
  phone: 'Phone',
  'walk-in': 'Walk-in',
  email: 'Email',
  'web-form': 'Web form',
  'social-media': 'Social media',
  meeting: 'Meeting',
  letter: 'Letter',
  other: 'Other',
};

const REPLY_WORDS: Readonly<Record<ReplyMethod, string>> = {
  none: 'no reply asked for',
  phone: 'by phone',
  email: 'by email',
  letter: 'by letter',
  'in-person': 'in person',
};

const SUBJECT_SUMMARY_LENGTH = 150;

/** Text without control characters other than line breaks and tabs (which a mail header or body cannot carry). */
function printable(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[^\P{Cc}\n\t]/gu, '');
}

/** One line for a header: no line breaks, runs of space collapsed, cut at a word where possible. */
function oneLine(text: string, max: number): string {
  const line = printable(text).replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The link that opens the concern in the app. */
export function concernLink(publicUrl: string, concernId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/#/concern/${encodeURIComponent(concernId)}`;
}

/** A stable Message-ID "<key@host>", the host taken from where staff open the app (a placeholder for an IP address). */
export function messageIdFor(publicUrl: string, key: string): string {
  let host = 'civic-notebook.invalid';
  try {
    const name = new URL(publicUrl).hostname;
    if (/^[a-z0-9.-]*[a-z][a-z0-9.-]*$/i.test(name)) host = name;
  } catch {
    // An unreadable address keeps the placeholder: the id only needs to be the same on every attempt.
  }
  return `<${key}@${host}>`;
}

/** The stable Message-ID of an escalation's email (see the module comment). */
export function escalationMessageId(publicUrl: string, concernId: string, escalationNumber: number): string {
  return messageIdFor(publicUrl, `escalation-${concernId}-${escalationNumber}`);
}

/** "2025-03-14 09:00 UTC": the server does not know the office's time zone, so it says which one it uses. */
function when(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function locationOf(concern: Concern): string {
  const parts = [concern.location.address, concern.location.area].map((part) => printable(part).trim()).filter((part) => part !== '');
  return parts.length === 0 ? 'Not given' : parts.join(', ');
}

/** The citizen lines, or the sentence that stands in for them. */
function contactLines(concern: Concern, isAllowed: boolean): [string, string][] {
  const { contact } = concern;
  if (contact.anonymous) return [['Citizen', 'Asked to stay anonymous']];
  if (!isAllowed) return [['Citizen', "Contact details are in the notebook (the office's settings keep them out of email)"]];
  const given = (value: string) => (printable(value).trim() === '' ? 'Not given' : printable(value).trim());
  return [
    ['Name', given(contact.name)],
    ['Email', given(contact.email)],
    ['Phone', given(contact.phone)],
    ['Reply', `${REPLY_WORDS[contact.preferredReply]}${contact.consentToContact ? '' : ' (no consent to be contacted)'}`],
  ];
}

/** Builds the email of one escalation. */
export function composeEscalationEmail(input: EscalationEmailInput): EscalationEmail {
  const { concern } = input;
  const link = concernLink(input.publicUrl, concern.id);
  const summary = oneLine(concern.summary, SUBJECT_SUMMARY_LENGTH);
  const fields: [string, string][] = [
    ['Summary', printable(concern.summary).trim()],
    ['Channel', CHANNEL_WORDS[concern.channel]],
    ['Location', locationOf(concern)],
    ['Logged', `${when(concern.createdAt)} by ${printable(concern.createdBy)}`],
    ['Top priority since', when(input.queuedAt)],
    ...contactLines(concern, input.includeContactDetails),
  ];
  const details = printable(concern.details).trim() === '' ? 'No details were written down.' : printable(concern.details).trim();
  const text = [
    'A concern was marked top priority. Please consider it now: the citizen expects an answer within the hour.',
    '',
    ...fields.map(([label, value]) => `${label}: ${value}`),
    '',
    'Details:',
    details,
    '',
    `Open it in Civic Notebook: ${link}`,
    '',
  ].join('\n');
  const rows = fields.map(([label, value]) => `<tr><th align="left" valign="top">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`);
  const html = [
    '<!doctype html><html><body>',
    '<p>A concern was marked <strong>top priority</strong>. Please consider it now: the citizen expects an answer within the hour.</p>',
    `<table cellpadding="4">${rows.join('')}</table>`,
    '<h3>Details</h3>',
    `<p style="white-space: pre-wrap">${escapeHtml(details)}</p>`,
    `<p><a href="${escapeHtml(link)}">Open it in Civic Notebook</a></p>`,
    '</body></html>',
  ].join('\n');
  return {
    subject: `Top priority: ${summary}`,
    text,
    html,
    messageId: escalationMessageId(input.publicUrl, concern.id, input.escalationNumber),
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Civic-Notebook-Concern': concern.id },
  };
}
