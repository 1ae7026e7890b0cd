/**
 * The office's staff directory that desks receive by sync (office_staff, migration 007; row schema
 * OfficeStaffSchema in shared/domain/review.ts), so they can offer assignees and @mentions offline. Every
 * change to a staff member writes their row again in the same transaction as the change (first admin at
 * setup, adding someone, a new name or role, turning an account off or on), so a desk can never hold a
 * directory that disagrees with the accounts once it has pulled past that transaction.
 *
 * Only what colleagues may know goes in: never an email, a password or a session. Someone turned off keeps
 * their row with isActive false, because past comments, mentions and assignments still name them.
 *
 * Example row: { "id": "1b4e28ba-2fa1-41d2-883f-0016d3cca427", "displayName": "Ana", "role": "goto", "isActive": true }
 */
import { OfficeStaffSchema, type OfficeStaff } from '@shared/domain/review';
import type { Queryable, Tx } from '../db/db';
import { pokeOffice } from '../sync/pokes';
import { createSqlStore } from '../sync/sql-store';

interface DirectoryRow {
  id: string;
  display_name: string;
  role: string;
  is_active: boolean;
}

/** The directory row of a staff member of the office as the accounts hold it now; undefined if not theirs. */
export async function directoryRowOf(q: Queryable, officeId: string, staffId: string): Promise<OfficeStaff | undefined> {
  const { rows } = await q.query<DirectoryRow>(
    'select id, display_name, role, disabled_at is null as is_active from staff where id = $1 and office_id = $2',
    [staffId, officeId],
  );
  const row = rows[0];
  if (row === undefined) return undefined;
  // Parsed, not cast: a row desks cannot read would fail their every pull, so a bad one must fail here and
  // roll back the change instead.
  return OfficeStaffSchema.parse({ id: row.id, displayName: row.display_name, role: row.role, isActive: row.is_active });
}

/**
 * Writes the staff member's directory row from their account, inside the transaction that changed it, and
 * pokes the office's desks on commit. An unchanged row is not rewritten (the SQL store skips identical
 * writes), so desks pull nothing for a change that does not concern them, such as a new password.
 */
export async function publishStaffMember(tx: Tx, officeId: string, staffId: string): Promise<OfficeStaff> {
  const row = await directoryRowOf(tx, officeId, staffId);
  if (row === undefined) throw new Error(`No staff member ${staffId} in office ${officeId} to publish`);
  await createSqlStore(tx, officeId).put('office_staff', row);
  await pokeOffice(tx, officeId);
  return row;
}
