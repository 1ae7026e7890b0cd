/**
 * The real entry point (server/src/server.ts) as a child process, the way `npm run server` runs it:
 *
 *   const server = startServerProcess({ DATA_DIR: dir, PORT: String(port) });
 *   const url = await server.started;           // 'http://127.0.0.1:4173/' as printed
 *   const code = await setupCodeOf(server);     // the first start's one-time setup code
 *   await server.kill('SIGKILL');               // resolves with the exit code once the process is gone
 *
 * Its stdout and stderr are read as they come (so a chatty server never blocks on a full pipe) and kept for
 * assertions and failure messages. The server gets PORT=0 (any free port) and the embedded database unless
 * the caller says otherwise: a developer's own DATABASE_URL must not turn a PGlite test into a PostgreSQL one.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The repository's root. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

const RUNNING = /Civic Notebook is running at (http:\/\/\S+)/;
const SETUP_CODE = /with setup code ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\n/;

/** A server process. */
export interface ServerProcess {
  readonly child: ChildProcess;
  /** Everything it printed so far, stdout and stderr interleaved. */
  output(): string;
  /** Resolves with the printed address, or rejects with the output if the process exits first. */
  readonly started: Promise<string>;
  /** Resolves with the exit code (null when a signal ended it). */
  readonly exited: Promise<number | null>;
  /** Resolves once the output matches `pattern`; rejects with the output if the process exits first. */
  waitFor(pattern: RegExp): Promise<RegExpExecArray>;
  /** Sends the signal (unless the process has already gone) and resolves with the exit code. */
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

/** Starts server/src/server.ts with the environment's variables overridden by `env`. */
export function startServerProcess(env: Readonly<Record<string, string>>): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server', 'src', 'server.ts')], {
    cwd: ROOT,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'server', 'tsconfig.json'), PORT: '0', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters = new Set<() => void>();
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  const onData = (chunk: Buffer): void => {
    output += chunk.toString();
    for (const check of [...waiters]) check();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);

  const waitFor = (pattern: RegExp): Promise<RegExpExecArray> =>
    new Promise((resolveMatch, reject) => {
      const check = (): void => {
        const match = pattern.exec(output);
        if (match === null) return;
        waiters.delete(check);
        resolveMatch(match);
      };
      waiters.add(check);
      check();
      void exited.then((code) => {
        if (!waiters.delete(check)) return;
        reject(new Error(`The server exited with ${code} before printing ${pattern}: ${output}`));
      });
    });

  const started = waitFor(RUNNING).then((match) => match[1] as string);
  started.catch(() => undefined);
  return {
    child,
    output: () => output,
    started,
    exited,
    waitFor,
    kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** The one-time setup code a server prints when it starts on a database without an admin. */
export async function setupCodeOf(server: ServerProcess): Promise<string> {
  return (await server.waitFor(SETUP_CODE))[1] as string;
}
