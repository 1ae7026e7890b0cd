/**
 * The desk's sync bookkeeping, one row per key in the sync_state table:
 *   clientId        this desk's id at the server, a UUIDv7 made once (by the version 4 upgrade or the first write)
 *   nextMutationId  at least the id the next local mutation takes (ids count up from 1 without gaps); the
 *                   newest outbox entry says the rest (local-mutations.ts nextMutationId)
 *   cursor, epoch   how far this desk has read the server's change log, and in which life of the database
 *   lastMutationId  the last of this desk's mutations a pulled page confirmed (the outbox holds only later ones)
 *   lastSyncAt      when a pull last completed (ISO 8601 UTC)
 *   lastError       the last problem in plain words, cleared by the next successful pull
 */
import type { NotebookDb } from './database';
import { newId } from '../lib/ids';

/** A sync problem as stored: a code the app can translate and the sentence staff are shown until it does. */
export interface StoredProblem {
  readonly code: string;
  readonly message: string;
  readonly at: string;
}

/** Everything in sync_state, with defaults for keys not written yet. */
export interface SyncState {
  readonly clientId: string | undefined;
  readonly nextMutationId: number;
  readonly cursor: string | undefined;
  readonly epoch: string | undefined;
  readonly lastMutationId: number;
  readonly lastSyncAt: string | undefined;
  readonly lastError: StoredProblem | undefined;
}

const KEYS = ['clientId', 'nextMutationId', 'cursor', 'epoch', 'lastMutationId', 'lastSyncAt', 'lastError'] as const;
type Key = (typeof KEYS)[number];

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
const num = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isSafeInteger(value) ? value : fallback);

/** Reads the sync state (pass tablesOf(tx) to read inside a transaction). */
export async function readSyncState(db: Pick<NotebookDb, 'sync_state'>): Promise<SyncState> {
  const rows = await db.sync_state.bulkGet([...KEYS]);
  const value = (key: Key) => rows[KEYS.indexOf(key)]?.value;
  const problem = value('lastError') as StoredProblem | undefined;
  return {
    clientId: str(value('clientId')),
    nextMutationId: num(value('nextMutationId'), 1),
    cursor: str(value('cursor')),
    epoch: str(value('epoch')),
    lastMutationId: num(value('lastMutationId'), 0),
    lastSyncAt: str(value('lastSyncAt')),
    lastError: problem !== undefined && typeof problem === 'object' ? problem : undefined,
  };
}

/** Writes some keys; a key given as undefined is removed (pass tablesOf(tx) to write inside a transaction). */
export async function writeSyncState(db: Pick<NotebookDb, 'sync_state'>, patch: Partial<SyncState>): Promise<void> {
  const entries = Object.entries(patch) as [Key, unknown][];
  const puts = entries.filter(([, value]) => value !== undefined).map(([key, value]) => ({ key, value }));
  const gone = entries.filter(([, value]) => value === undefined).map(([key]) => key);
  if (puts.length > 0) await db.sync_state.bulkPut(puts);
  if (gone.length > 0) await db.sync_state.bulkDelete(gone);
}

/** This desk's client id, made and stored on first use. */
export async function ensureClientId(db: NotebookDb): Promise<string> {
  return db.transaction('rw', db.sync_state, async (tx) => {
    const sync_state = tx.table('sync_state') as NotebookDb['sync_state'];
    const found = str((await sync_state.get('clientId'))?.value);
    if (found !== undefined) return found;
    const made = newId();
    await sync_state.put({ key: 'clientId', value: made });
    return made;
  });
}

/** Stores the last sync problem, so the desk still shows it after a restart (the next good pull clears it). */
export async function recordSyncProblem(db: NotebookDb, problem: StoredProblem): Promise<void> {
  await db.sync_state.put({ key: 'lastError', value: problem });
}

/** Forgets the stored sync problem (a new sign-in starts with a clean slate). */
export async function clearSyncProblem(db: NotebookDb): Promise<void> {
  await db.sync_state.delete('lastError');
}
