/**
 * A real SMTP server (the smtp-server package) in its own process, for the priority email tests. Run it with
 * `node --import tsx test/helpers/smtp-sink.ts <port>` (0: any free port); smtp-sink-process.ts does that.
 *
 * It speaks JSON lines. On stdout:
 *   {"event":"listening","port":2525}
 *   {"event":"connected"}                                   a client connected
 *   {"event":"holding","messageId":"<…>"}                   mode "hold": the whole message is in, no answer yet
 *   {"event":"message","messageId":"<…>","from":"…","to":[…],"user":"…","subject":"…","text":"…","raw":"…"}
 *                                                           accepted (250 follows); subject and text decoded
 * On stdin, one command per line:
 *   {"mode":"accept"}      answer 250 to every message (the start mode)
 *   {"mode":"tempfail"}    answer 451 to every message
 *   {"mode":"permfail"}    answer 550 to every message
 *   {"mode":"hang"}        never greet a new connection (the client's greeting timeout)
 *   {"mode":"hold"}        take the message, report "holding", answer only on {"release":true}
 *   {"release":true}       answer 250 to the held messages, recording them
 * Kill the process to make the mail server disappear mid-conversation.
 *
 * With SINK_USER and SINK_PASSWORD set it requires that sign-in (plain connection allowed: tests only).
 */
import { createInterface } from 'node:readline';
import { SMTPServer } from 'smtp-server';
import { decodeHeader, headerOf, plainTextOf } from './smtp-sink-mime';
import type { SMTPServerAuthentication, SMTPServerAuthenticationResponse, SMTPServerSession } from 'smtp-server';

type Mode = 'accept' | 'tempfail' | 'permfail' | 'hang' | 'hold';
const MODES: readonly string[] = ['accept', 'tempfail', 'permfail', 'hang', 'hold'];

let mode: Mode = 'accept';
const held: (() => void)[] = [];
const user = process.env.SINK_USER ?? '';
const password = process.env.SINK_PASSWORD ?? '';

function emit(event: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

function refusal(code: number, text: string): Error {
  return Object.assign(new Error(text), { responseCode: code });
}

function addresses(session: SMTPServerSession): { from: string; to: string[] } {
  const from = session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address;
  return { from, to: session.envelope.rcptTo.map((rcpt) => rcpt.address) };
}

function messageIdOf(raw: string): string {
  return /^message-id:\s*(\S+)/im.exec(raw)?.[1] ?? '';
}

const server = new SMTPServer({
  authOptional: user === '',
  allowInsecureAuth: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onConnect(_session, callback) {
    emit({ event: 'connected' });
    if (mode !== 'hang') callback();
  },
  onAuth(auth: SMTPServerAuthentication, _session, callback: (error: Error | null | undefined, response?: SMTPServerAuthenticationResponse) => void) {
    if (auth.username === user && auth.password === password) callback(null, { user: auth.username });
    else callback(refusal(535, 'Authentication credentials invalid'));
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      // Read before answering: the answer ends the transaction and clears the session's envelope.
      const subject = decodeHeader(headerOf(raw.split(/\r?\n\r?\n/)[0] ?? '', 'subject'));
      const message = { event: 'message', messageId: messageIdOf(raw), ...addresses(session), user: session.user ?? '', subject, text: plainTextOf(raw), raw };
      // Reported just before the answer goes out, so the test hears of it before the sender can record it.
      const record = (): void => {
        emit(message);
        callback();
      };
      if (mode === 'tempfail') callback(refusal(451, 'Try again later: local problem'));
      else if (mode === 'permfail') callback(refusal(550, 'Mailbox unavailable: no such user here'));
      else if (mode === 'hold') {
        held.push(record);
        emit({ event: 'holding', messageId: messageIdOf(raw) });
      } else record();
    });
  },
});

createInterface({ input: process.stdin }).on('line', (line) => {
  const command = JSON.parse(line) as { mode?: string; release?: boolean };
  if (command.mode !== undefined && MODES.includes(command.mode)) mode = command.mode as Mode;
  if (command.release === true) for (const release of held.splice(0)) release();
  emit({ event: 'ok' });
});

server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  const address = server.server.address();
  emit({ event: 'listening', port: typeof address === 'object' && address !== null ? address.port : 0 });
});
