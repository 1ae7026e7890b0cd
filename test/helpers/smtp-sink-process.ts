/**
 * Runs the SMTP sink (smtp-sink.ts) as a child process and reads what it reports:
 *
 *   const sink = await startSmtpSink();             // any free port; startSmtpSink({ port }) for a fixed one
 *   await sink.setMode('tempfail');                  // 451 to every message from now on
 *   const [message] = await sink.waitForMessages(1); // accepted messages, as received
 *   await sink.kill();                               // the mail server is gone
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from './server-process';

/** A message the sink accepted. */
export interface SinkMessage {
  readonly messageId: string;
  readonly from: string;
  readonly to: string[];
  /** The user that signed in, or ''. */
  readonly user: string;
  /** The Subject, decoded. */
  readonly subject: string;
  /** The plain-text body (the text/plain part), decoded. */
  readonly text: string;
  /** The whole message as sent: headers and MIME body. */
  readonly raw: string;
}

/** How the sink answers (see smtp-sink.ts). */
export type SinkMode = 'accept' | 'tempfail' | 'permfail' | 'hang' | 'hold';

/** A running sink. */
export interface SmtpSink {
  readonly port: number;
  readonly child: ChildProcess;
  /** Every message accepted so far. */
  readonly messages: SinkMessage[];
  /** How many connections were opened to it. */
  connections(): number;
  setMode(mode: SinkMode): Promise<void>;
  /** In mode 'hold': answers 250 to the held messages (they are then recorded). */
  release(): Promise<void>;
  /** Resolves once `count` messages were accepted (rejects after timeoutMs). */
  waitForMessages(count: number, timeoutMs?: number): Promise<SinkMessage[]>;
  /** Resolves once a message is held (mode 'hold'). */
  waitForHolding(timeoutMs?: number): Promise<void>;
  /** Ends the process (SIGKILL: a mail server that vanishes) and resolves once it is gone. */
  kill(): Promise<void>;
}

/** Where the sink listens: a free port unless given; a user and password to require. */
export interface SinkOptions {
  readonly port?: number;
  readonly user?: string;
  readonly password?: string;
}

type Event = { event: string; port?: number; messageId?: string } & Partial<SinkMessage>;

/** Starts a sink and waits until it listens. */
export async function startSmtpSink(options: SinkOptions = {}): Promise<SmtpSink> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'helpers', 'smtp-sink.ts'), String(options.port ?? 0)], {
    cwd: ROOT,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'test', 'tsconfig.json'), SINK_USER: options.user ?? '', SINK_PASSWORD: options.password ?? '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const messages: SinkMessage[] = [];
  let connected = 0;
  let holding = 0;
  let errors = '';
  const listeners = new Set<() => void>();
  const acks: (() => void)[] = [];
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  let port = 0;
  const notify = (): void => [...listeners].forEach((check) => check());
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const event = JSON.parse(line) as Event;
    if (event.event === 'listening') port = event.port ?? 0;
    if (event.event === 'connected') connected += 1;
    if (event.event === 'holding') holding += 1;
    if (event.event === 'ok') acks.shift()?.();
    if (event.event === 'message') {
      messages.push({
        messageId: event.messageId ?? '',
        from: event.from ?? '',
        to: event.to ?? [],
        user: event.user ?? '',
        subject: event.subject ?? '',
        text: event.text ?? '',
        raw: event.raw ?? '',
      });
    }
    notify();
  });
  const until = (isDone: () => boolean, what: string, timeoutMs: number): Promise<void> =>
    new Promise((resolveDone, reject) => {
      const check = (): void => {
        if (!isDone()) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolveDone();
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`The SMTP sink did not ${what} within ${timeoutMs} ms (${messages.length} messages; ${errors})`));
      }, timeoutMs);
      listeners.add(check);
      void exited.then(() => {
        if (listeners.delete(check)) {
          clearTimeout(timer);
          reject(new Error(`The SMTP sink exited before it did ${what}: ${errors}`));
        }
      });
      check();
    });
  const command = (body: object): Promise<void> =>
    new Promise((resolveAck) => {
      acks.push(resolveAck);
      child.stdin?.write(`${JSON.stringify(body)}\n`);
    });
  await until(() => port !== 0, 'start listening', 30_000);
  return {
    get port() {
      return port;
    },
    child,
    messages,
    connections: () => connected,
    setMode: (mode) => command({ mode }),
    release: () => command({ release: true }),
    async waitForMessages(count, timeoutMs = 20_000) {
      await until(() => messages.length >= count, `accept ${count} messages`, timeoutMs);
      return messages.slice(0, count);
    },
    waitForHolding: (timeoutMs = 20_000) => until(() => holding > 0, 'hold a message', timeoutMs),
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
