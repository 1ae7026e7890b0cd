import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from '../../../server/src/db/data-dir-lock';
import { openPglite } from '../../../server/src/db/pglite';
import { DATABASE_SETUP_TIMEOUT_MS } from '../../helpers/databases';

let base: string;
let dataDir: string;
let lockPath: string;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'civic-lock-'));
  dataDir = join(base, 'pglite');
  lockPath = `${dataDir}.lock`;
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

/** A process that is alive until killed, and its pid. */
function liveProcess(): { pid: number; kill: () => void } {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  if (child.pid === undefined) throw new Error('could not start a process');
  return { pid: child.pid, kill: () => child.kill('SIGKILL') };
}

const LOCK_MODULE = fileURLToPath(new URL('../../../server/src/db/data-dir-lock.ts', import.meta.url));

/** Runs node with args and resolves with its trimmed output. */
async function runNode(args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, args);
  return stdout.trim();
}

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolveExit) => child.once('exit', resolveExit));
  if (child.pid === undefined) throw new Error('could not start a process');
  return child.pid;
}

describe('the data directory lock', () => {
  it('writes this process id beside the directory and removes it on release', async () => {
    const lock = await lockDataDir(dataDir);
    expect(lock.path).toBe(lockPath);
    expect(await readFile(lockPath, 'utf8')).toBe(`${process.pid}\n`);
    await lock.release();
    await lock.release();
    await expect(readFile(lockPath, 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('refuses a directory another live process holds, naming the directory and that process', async () => {
    const other = liveProcess();
    try {
      await writeFile(lockPath, `${other.pid}\n`);
      const attempt = lockDataDir(dataDir);
      await expect(attempt).rejects.toBeInstanceOf(DataDirInUseError);
      await expect(attempt).rejects.toThrow(`The database folder ${dataDir} is in use by another Civic Notebook server (process ${other.pid}).`);
      expect(await readFile(lockPath, 'utf8')).toBe(`${other.pid}\n`);
    } finally {
      other.kill();
    }
  });

  it('refuses a second lock in the same process', async () => {
    const lock = await lockDataDir(dataDir);
    await expect(lockDataDir(dataDir)).rejects.toThrow(`(process ${process.pid})`);
    await lock.release();
    await (await lockDataDir(dataDir)).release();
  });

  it.each([
    ['a process that has exited', async () => `${await deadPid()}\n`],
    ['an earlier run with this same pid (a restarted container)', async () => `${process.pid}\n`],
    ['unreadable content', async () => 'not a pid'],
  ])('takes over a stale lock left by %s', async (_case, content) => {
    await writeFile(lockPath, await content());
    const lock = await lockDataDir(dataDir);
    expect(await readFile(lockPath, 'utf8')).toBe(`${process.pid}\n`);
    await lock.release();
  });

  it('refuses every other opener in this process while the first is still taking the lock', async () => {
    const outcomes = await Promise.allSettled([lockDataDir(dataDir), lockDataDir(dataDir), lockDataDir(dataDir)]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    if (outcomes[0]?.status === 'fulfilled') await outcomes[0].value.release();
  });

  it(
    'lets exactly one of several processes starting together take over a stale lock',
    async () => {
      await writeFile(lockPath, `${await deadPid()}\n`);
      const script = [
        `import { lockDataDir } from ${JSON.stringify(LOCK_MODULE)};`,
        `lockDataDir(${JSON.stringify(dataDir)}).then(`,
        "  (lock) => { console.log('locked'); setTimeout(() => lock.release(), 1500); },",
        "  (error) => console.log(error.name),",
        ');',
      ].join('\n');
      const outputs = await Promise.all([1, 2, 3].map(() => runNode(['--import', 'tsx', '--input-type=module', '-e', script])));
      expect(outputs.sort()).toEqual(['DataDirInUseError', 'DataDirInUseError', 'locked']);
    },
    DATABASE_SETUP_TIMEOUT_MS,
  );
});

describe('the embedded database', () => {
  it(
    'has one owner: a second opener is refused with the clear message, the first keeps its data across a reopen',
    async () => {
      await writeFile(lockPath, `${await deadPid()}\n`);
      const first = await openPglite({ dataDir });
      await first.exec("create table kept (note text); insert into kept values ('still here');");
      await expect(openPglite({ dataDir })).rejects.toThrow(
        `The database folder ${dataDir} is in use by another Civic Notebook server (process ${process.pid}). Stop that server first`,
      );
      await first.close();
      await expect(readFile(lockPath, 'utf8')).rejects.toThrow(/ENOENT/);
      const reopened = await openPglite({ dataDir });
      expect((await reopened.query('select note from kept')).rows).toEqual([{ note: 'still here' }]);
      await reopened.close();
    },
    DATABASE_SETUP_TIMEOUT_MS,
  );
});
