/**
 * One process per PGlite data directory. PGlite is PostgreSQL without its postmaster, so nothing stops two
 * processes from opening the same files, and two writers would corrupt them. The lock is a file beside the
 * directory (`<dataDir>.lock`, because initdb wants the directory to itself) holding the owner's pid.
 *
 * The file is created with link(2), which is atomic and never overwrites, so its content is complete the
 * moment it exists. A lock whose process is gone (a crash, SIGKILL, a power cut) is taken over: it is first
 * renamed aside, and if it turns out another starter had just replaced it, that lock is put back.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** A held lock. */
export interface DataDirLock {
  /** The lock file. */
  readonly path: string;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): Promise<void>;
}

/** Thrown when another live process holds the data directory. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly lockPath: string,
  ) {
    super(
      `The database folder ${dataDir} is in use by another Civic Notebook server (process ${pid}). ` +
        `Stop that server first, or set DATA_DIR to another folder; if no such process is running, delete ${lockPath}.`,
    );
    this.name = 'DataDirInUseError';
  }
}

/** Lock files this process holds: a second open in the same process must be refused too. */
const heldHere = new Set<string>();
const MAX_ATTEMPTS = 5;

function errorCode(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errorCode(error) === 'EPERM';
  }
}

async function readLock(lockPath: string): Promise<string | undefined> {
  try {
    return await readFile(lockPath, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/** Creates lockPath holding content, atomically; false when a lock file already exists. */
async function tryCreate(lockPath: string, content: string): Promise<boolean> {
  const temp = `${lockPath}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(temp, content);
  try {
    await link(temp, lockPath);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temp);
  }
}

/** Removes the stale lock that read as `seen`, restoring it if someone replaced it meanwhile. */
async function removeStale(lockPath: string, seen: string): Promise<void> {
  const aside = `${lockPath}.stale.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    await rename(lockPath, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  if ((await readFile(aside, 'utf8')) !== seen) await link(aside, lockPath).catch(() => undefined);
  await unlink(aside);
}

/** Locks dataDir for this process, or throws DataDirInUseError naming the process that has it. */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const dir = resolve(dataDir);
  const lockPath = `${dir}.lock`;
  if (heldHere.has(lockPath)) throw new DataDirInUseError(dir, process.pid, lockPath);
  // Claimed before the first await, so a second opener in this process is refused rather than racing us.
  heldHere.add(lockPath);
  try {
    await acquire(dir, lockPath);
  } catch (error) {
    heldHere.delete(lockPath);
    throw error;
  }
  let releasing: Promise<void> | undefined;
  return {
    path: lockPath,
    release: () => {
      releasing ??= release(lockPath);
      return releasing;
    },
  };
}

async function acquire(dir: string, lockPath: string): Promise<void> {
  await mkdir(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    if (await tryCreate(lockPath, `${process.pid}\n`)) return;
    const seen = await readLock(lockPath);
    if (seen === undefined) continue;
    const pid = Number.parseInt(seen, 10);
    // Our own pid is stale too (this process holds no lock here): a restarted container often gets the
    // same pid as its previous run.
    if (Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
      throw new DataDirInUseError(dir, pid, lockPath);
    }
    await removeStale(lockPath, seen);
  }
  throw new Error(`Could not lock the database folder ${dir}: ${lockPath} keeps changing`);
}

async function release(lockPath: string): Promise<void> {
  heldHere.delete(lockPath);
  if ((await readLock(lockPath)) === `${process.pid}\n`) await unlink(lockPath).catch(() => undefined);
}
