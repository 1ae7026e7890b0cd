/**
 * Devices (sync_clients): a device id is bound to the staff member and office of its first push, and carries
 * how far its outbox has been applied. Pushes lock the device's row for the length of one mutation's
 * transaction, so two connections pushing the same batch take turns and each mutation is recorded once.
 */
import type { StaffSession } from '../auth/staff-session';
import type { Queryable, Tx } from '../db/db';
import { foreignClient } from './errors';

interface ClientRow {
  office_id: string;
  staff_id: string;
  last_mutation_id: string;
}

const SELECT_CLIENT = 'select office_id, staff_id, last_mutation_id from sync_clients where client_id = $1';

function ownedBy(row: ClientRow, staff: StaffSession): number {
  // Both must match: a device signed in by someone else (even in the same office) could otherwise push
  // under the first person's outbox sequence, or read which of their changes were applied.
  if (row.office_id !== staff.officeId || row.staff_id !== staff.staffId) throw foreignClient();
  return Number(row.last_mutation_id);
}

/**
 * Locks the device's row until the transaction ends (creating it, bound to `staff`, on its first push) and
 * returns its last recorded mutation id. Throws SyncHttpError 403 when the device belongs to someone else.
 */
export async function lockClient(tx: Tx, clientId: string, staff: StaffSession): Promise<number> {
  const locked = `${SELECT_CLIENT} for update`;
  let row = (await tx.query<ClientRow>(locked, [clientId])).rows[0];
  if (row === undefined) {
    // Two first pushes at once: one insert wins, the other waits for it and then does nothing.
    await tx.query(
      `insert into sync_clients (client_id, office_id, staff_id) values ($1, $2, $3) on conflict (client_id) do nothing`,
      [clientId, staff.officeId, staff.staffId],
    );
    row = (await tx.query<ClientRow>(locked, [clientId])).rows[0];
    if (row === undefined) throw new Error(`sync_clients row ${clientId} vanished after insert`);
  }
  return ownedBy(row, staff);
}

/** The device's last recorded mutation id without locking (0 for a device that never pushed); 403 if not theirs. */
export async function readClient(q: Queryable, clientId: string, staff: StaffSession): Promise<number> {
  const row = (await q.query<ClientRow>(SELECT_CLIENT, [clientId])).rows[0];
  return row === undefined ? 0 : ownedBy(row, staff);
}
