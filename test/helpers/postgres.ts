/**
 * A throw-away PostgreSQL cluster for tests: initdb in a fresh temp directory, started on a free loopback
 * port (its unix socket inside that directory), removed again on stop(). PostgreSQL refuses to run as root,
 * so under root every command runs as `nobody` (runuser), which owns the directory; as a normal user they run
 * directly. Durability is off unless asked for (benchmarks): the data is thrown away anyway, and fsync would
 * only slow the tests.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);
const START_ATTEMPTS = 5;

/** A running throw-away cluster. */
export interface PostgresCluster {
  /** URL of the database created for the caller. */
  readonly url: string;
  /** Creates another empty database in the cluster and returns its URL. */
  createDatabase(): Promise<string>;
  /**
   * Stops the PostgreSQL server as an administrator would (pg_ctl stop -m fast: sessions are ended, open
   * transactions rolled back), keeping its files, so startUp() brings the same databases back.
   */
  shutDown(): Promise<void>;
  /** Starts the server again after shutDown(), on the same port. */
  startUp(): Promise<void>;
  /** Stops the cluster and deletes its files. Safe to call twice. */
  stop(): Promise<void>;
}

/** Finds a PostgreSQL server binary on PATH or in Debian's /usr/lib/postgresql/<version>/bin. */
export function postgresBinary(name: 'initdb' | 'pg_ctl'): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir !== '' && existsSync(join(dir, name))) return join(dir, name);
  }
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian) ? readdirSync(debian).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const candidate = join(debian, version, 'bin', name);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`PostgreSQL's ${name} was not found: install PostgreSQL (apt-get install postgresql) or put its bin directory on PATH`);
}

const isRoot = process.getuid?.() === 0;

/** The command line for a PostgreSQL binary: as nobody when we are root. */
function asOwner(binary: string, args: readonly string[]): [string, string[]] {
  return isRoot ? ['runuser', ['-u', 'nobody', '--', binary, ...args]] : [binary, [...args]];
}

/** A TCP port on 127.0.0.1 that was free a moment ago (another process may still take it first). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

async function pgCtl(dir: string, args: readonly string[]): Promise<void> {
  const [command, commandArgs] = asOwner(postgresBinary('pg_ctl'), ['-D', join(dir, 'data'), ...args]);
  // cwd: nobody must be able to enter the working directory, and the temp directory is theirs.
  await run(command, commandArgs, { cwd: dir });
}

/** How to run the cluster. */
export interface PostgresOptions {
  /** Keep PostgreSQL's own durability (fsync, synchronous commit), as in production: for benchmarks. */
  readonly isDurable?: boolean;
}

const NOT_DURABLE = '-c fsync=off -c synchronous_commit=off -c full_page_writes=off';

function startOn(dir: string, port: number, options: PostgresOptions): Promise<void> {
  const settings = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir}${options.isDurable === true ? '' : ` ${NOT_DURABLE}`}`;
  return pgCtl(dir, ['-l', join(dir, 'log'), '-w', '-t', '60', '-o', settings, 'start']);
}

async function startOnFreePort(dir: string, options: PostgresOptions): Promise<number> {
  let lastError: unknown;
  for (let attempt = 0; attempt < START_ATTEMPTS; attempt += 1) {
    const port = await freePort();
    try {
      await startOn(dir, port, options);
      return port;
    } catch (error) {
      // Most likely another test file took the port between our check and the start: try another one.
      lastError = error;
    }
  }
  const log = await readFile(join(dir, 'log'), 'utf8').catch(() => '');
  throw new Error(`PostgreSQL did not start: ${String(lastError)}\n${log}`);
}

function stopSync(dir: string): void {
  try {
    const [command, args] = asOwner(postgresBinary('pg_ctl'), ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
    execFileSync(command, args, { cwd: dir, stdio: 'ignore' });
  } catch {
    // Already stopped.
  }
  rmSync(dir, { recursive: true, force: true });
}

/** Starts a cluster with one empty database. */
export async function startPostgres(options: PostgresOptions = {}): Promise<PostgresCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'civic-pg-'));
  // If the test process dies without calling stop(), do not leave a server running.
  const onExit = (): void => stopSync(dir);
  process.once('exit', onExit);
  try {
    if (isRoot) {
      const id = (flag: string): number => Number(execFileSync('id', [flag, 'nobody'], { encoding: 'utf8' }).trim());
      await chown(dir, id('-u'), id('-g'));
    }
    const [command, args] = asOwner(postgresBinary('initdb'), ['-D', join(dir, 'data'), '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    await run(command, args, { cwd: dir });
    const port = await startOnFreePort(dir, options);
    const base = `postgres://postgres@127.0.0.1:${port}`;
    let count = 0;
    const createDatabase = async (): Promise<string> => {
      count += 1;
      const name = `test_${count}`;
      const admin = new Client({ connectionString: `${base}/postgres` });
      await admin.connect();
      try {
        await admin.query(`create database ${name}`);
      } finally {
        await admin.end();
      }
      return `${base}/${name}`;
    };
    const url = await createDatabase();
    let stopping: Promise<void> | undefined;
    const stop = (): Promise<void> => {
      stopping ??= (async () => {
        process.off('exit', onExit);
        await pgCtl(dir, ['-m', 'immediate', '-w', 'stop']).catch(() => undefined);
        await rm(dir, { recursive: true, force: true });
      })();
      return stopping;
    };
    const shutDown = (): Promise<void> => pgCtl(dir, ['-m', 'fast', '-w', '-t', '60', 'stop']);
    const startUp = async (): Promise<void> => {
      try {
        await startOn(dir, port, options);
      } catch (error) {
        const log = await readFile(join(dir, 'log'), 'utf8').catch(() => '');
        throw new Error(`PostgreSQL did not start again on port ${port}: ${String(error)}\n${log}`, { cause: error });
      }
    };
    return { url, createDatabase, shutDown, startUp, stop };
  } catch (error) {
    process.off('exit', onExit);
    stopSync(dir);
    throw error;
  }
}
