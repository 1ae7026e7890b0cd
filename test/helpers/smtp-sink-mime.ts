/**
 * Just enough MIME reading for the SMTP sink (smtp-sink.ts) to report what a person would read: the decoded
 * Subject (RFC 2047 encoded words) and the first text/plain part (quoted-printable or base64, in a single-part
 * or multipart message). Messages come from nodemailer, UTF-8 throughout.
 */

/** A header's value, unfolded, or '' when the header is missing. */
export function headerOf(head: string, name: string): string {
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line === undefined ? '' : line.slice(name.length + 1).trim();
}

function decodeQuotedPrintable(text: string, isHeader: boolean): string {
  const soft = isHeader ? text.replace(/_/g, ' ') : text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i += 1) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i] ?? '', 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** A header value with its encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=) decoded. */
export function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?[^?]+\?([BbQq])\?([^?]*)\?=/g, (_whole, kind: string, text: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text, true),
    );
}

function split(part: string): { head: string; body: string } {
  const at = part.search(/\r?\n\r?\n/);
  if (at < 0) return { head: part, body: '' };
  return { head: part.slice(0, at), body: part.slice(at).replace(/^\r?\n\r?\n/, '') };
}

function decodeBody(head: string, body: string): string {
  const encoding = headerOf(head, 'content-transfer-encoding').toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body, false);
  return body;
}

/** The first text/plain part of a message (or of a part), decoded; '' when there is none. */
export function plainTextOf(raw: string): string {
  const { head, body } = split(raw);
  const type = headerOf(head, 'content-type').toLowerCase();
  if (type === '' || type.startsWith('text/plain')) return decodeBody(head, body).replace(/\r\n/g, '\n');
  const boundary = /boundary="?([^";]+)"?/i.exec(headerOf(head, 'content-type'))?.[1];
  if (!type.startsWith('multipart/') || boundary === undefined) return '';
  for (const part of body.split(`--${boundary}`).slice(1)) {
    const text = plainTextOf(part.replace(/^\r?\n/, ''));
    if (text !== '') return text;
  }
  return '';
}
