/**
 * Which office server this desk belongs to and who signed in last, kept in sync_state under the key 'office'.
 * No token here: the desktop keeps it with the system's encrypted store, the browser in an HttpOnly cookie.
 *
 * A desk's notebook belongs to one office: its cursor and outbox only make sense there. The server binds a
 * desk's client id to the staff member of its first push, so when someone else signs in at the desk, the desk
 * takes a new client id and renumbers its outbox for it (takeNewClientId): unsent changes are then sent under
 * the person now signed in, as changes logged before any sign-in are.
 */
import type { Role } from '@shared/api/staff';
import type { NotebookDb } from './database';
import { newId } from '../lib/ids';

/** The office server and the account this desk was last signed in with. */
export interface OfficeRecord {
  /** The server's canonical address. */
  readonly address: string;
  readonly officeId: string;
  readonly officeName: string;
  readonly staffId: string;
  readonly displayName: string;
  readonly email: string;
  readonly role: Role;
  /** False after signing out (or the server ending the session): the desk stays the office's, sync pauses. */
  readonly isSignedIn: boolean;
  /** When this account signed in here (ISO 8601 UTC). */
  readonly signedInAt: string;
}

const KEY = 'office';

const isRecord = (value: unknown): value is OfficeRecord => {
  if (value === null || typeof value !== 'object') return false;
  const r = value as Record<string, unknown>;
  return (
    ['address', 'officeId', 'officeName', 'staffId', 'displayName', 'email', 'role', 'signedInAt'].every((k) => typeof r[k] === 'string') &&
    typeof r['isSignedIn'] === 'boolean'
  );
};

/** The desk's office record, or undefined when it never signed in (or the stored value is not one). */
export async function readOfficeRecord(db: NotebookDb): Promise<OfficeRecord | undefined> {
  const value = (await db.sync_state.get(KEY))?.value;
  return isRecord(value) ? value : undefined;
}

/** Stores the office record. */
export async function writeOfficeRecord(db: NotebookDb, record: OfficeRecord): Promise<void> {
  await db.sync_state.put({ key: KEY, value: record });
}

/** Marks the desk signed out, keeping which office and server it belongs to. */
export async function markSignedOut(db: NotebookDb): Promise<void> {
  await db.transaction('rw', db.sync_state, async () => {
    const record = await readOfficeRecord(db);
    if (record !== undefined && record.isSignedIn) await writeOfficeRecord(db, { ...record, isSignedIn: false });
  });
}

/**
 * Gives the desk a new client id and renumbers its outbox from 1, in order, in one transaction: for when
 * another staff member signs in at this desk. The cursor stays (it is the office's change log, not the
 * person's); what the server confirmed for the previous id is no longer pending.
 */
export async function takeNewClientId(db: NotebookDb): Promise<string> {
  return db.transaction('rw', db.outbox, db.sync_state, async () => {
    const entries = await db.outbox.orderBy('mutationId').toArray();
    const clientId = newId();
    await db.outbox.clear();
    await db.outbox.bulkAdd(entries.map((entry, i) => ({ ...entry, mutationId: i + 1 })));
    await db.sync_state.bulkPut([
      { key: 'clientId', value: clientId },
      { key: 'nextMutationId', value: entries.length + 1 },
      { key: 'lastMutationId', value: 0 },
    ]);
    return clientId;
  });
}
