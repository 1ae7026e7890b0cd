/**
 * What an admin does to the staff of their office, for the admin routes and the CLI alike. Every function
 * takes the office it acts in and finds people only within it: an id from another office is "not found",
 * exactly like an id that does not exist. Changes to an office's staff lock its offices row, so two admins
 * acting at once cannot, say, both demote each other and leave the office with no admin. Adding someone or
 * changing their name, role or whether they may sign in also rewrites their row of the staff directory desks
 * receive (staff-directory.ts), in the same transaction.
 */
import type { Db, Queryable, Tx } from '../db/db';
import type { StaffMember } from '../../../shared/api/admin';
import type { Role } from '../../../shared/api/staff';
import { AuthError, notFound } from './errors';
import { hashPassword } from './passwords';
import { revokeStaffSessions } from './sessions';
import { publishStaffMember } from './staff-directory';

interface StaffRow {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  is_disabled: boolean;
  password_is_temporary: boolean;
  created_at: Date;
}

const STAFF_COLUMNS = 'id, email, display_name, role, disabled_at is not null as is_disabled, password_is_temporary, created_at';

function toMember(row: StaffRow): StaffMember {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    isDisabled: row.is_disabled,
    mustChangePassword: row.password_is_temporary,
    createdAt: row.created_at.toISOString(),
  };
}

/** The office's staff, by name. */
export async function listStaff(q: Queryable, officeId: string): Promise<StaffMember[]> {
  const { rows } = await q.query<StaffRow>(`select ${STAFF_COLUMNS} from staff where office_id = $1 order by display_name, email, id`, [officeId]);
  return rows.map(toMember);
}

async function lockOffice(tx: Tx, officeId: string): Promise<void> {
  const { rows } = await tx.query('select id from offices where id = $1 for update', [officeId]);
  if (rows.length === 0) throw new AuthError(404, 'not-found', 'There is no such office.');
}

/** A new staff member; their password is temporary (they are asked to choose their own). */
export interface NewStaff {
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly password: string;
}

/** Adds someone to the office; 409 when the office already has that email. */
export async function addStaff(db: Db, officeId: string, input: NewStaff): Promise<StaffMember> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await lockOffice(tx, officeId);
    const existing = await tx.query('select 1 from staff where office_id = $1 and email = $2', [officeId, input.email]);
    if (existing.rows.length > 0) throw new AuthError(409, 'email-taken', 'Someone in this office already signs in with that email.');
    const { rows } = await tx.query<StaffRow>(
      `insert into staff (office_id, email, display_name, role, password_hash, password_is_temporary)
       values ($1, $2, $3, $4, $5, true) returning ${STAFF_COLUMNS}`,
      [officeId, input.email, input.displayName, input.role, passwordHash],
    );
    const row = rows[0];
    if (row === undefined) throw new Error('insert into staff returned no row');
    await publishStaffMember(tx, officeId, row.id);
    return toMember(row);
  });
}

/** Changes to a staff member; absent fields stay as they are. */
export interface StaffChanges {
  readonly role?: Role | undefined;
  readonly displayName?: string | undefined;
  readonly isDisabled?: boolean | undefined;
}

async function findInOffice(q: Queryable, officeId: string, staffId: string): Promise<StaffRow> {
  const { rows } = await q.query<StaffRow>(`select ${STAFF_COLUMNS} from staff where id = $1 and office_id = $2`, [staffId, officeId]);
  const row = rows[0];
  if (row === undefined) throw notFound('staff member');
  return row;
}

async function assertNotLastAdmin(tx: Tx, officeId: string, target: StaffRow, changes: StaffChanges): Promise<void> {
  const isAdminNow = target.role === 'admin' && !target.is_disabled;
  const isAdminAfter = (changes.role ?? target.role) === 'admin' && !(changes.isDisabled ?? target.is_disabled);
  if (!isAdminNow || isAdminAfter) return;
  const { rows } = await tx.query<{ admins: number }>(
    `select count(*)::int as admins from staff where office_id = $1 and role = 'admin' and disabled_at is null`,
    [officeId],
  );
  if ((rows[0]?.admins ?? 0) <= 1) {
    throw new AuthError(
      409,
      'last-admin',
      `${target.display_name} is the office's only admin. Make someone else an admin first, so the office is never left without one.`,
    );
  }
}

/** Changes someone's role, name or whether they may sign in; turning someone off ends their sessions at once. */
export async function updateStaff(db: Db, officeId: string, staffId: string, changes: StaffChanges): Promise<StaffMember> {
  return db.transaction(async (tx) => {
    await lockOffice(tx, officeId);
    const target = await findInOffice(tx, officeId, staffId);
    await assertNotLastAdmin(tx, officeId, target, changes);
    const { rows } = await tx.query<StaffRow>(
      `update staff
          set role = coalesce($3, role),
              display_name = coalesce($4, display_name),
              disabled_at = case when $5::boolean is null then disabled_at when $5::boolean then coalesce(disabled_at, now()) end
        where id = $1 and office_id = $2
        returning ${STAFF_COLUMNS}`,
      [staffId, officeId, changes.role ?? null, changes.displayName ?? null, changes.isDisabled ?? null],
    );
    if (changes.isDisabled === true) await revokeStaffSessions(tx, staffId);
    const row = rows[0];
    if (row === undefined) throw notFound('staff member');
    await publishStaffMember(tx, officeId, staffId);
    return toMember(row);
  });
}

/**
 * Gives someone a temporary password and ends their sessions, except keepSessionId (an admin resetting their
 * own password stays signed in on the device they did it from).
 */
export async function resetPassword(db: Db, officeId: string, staffId: string, password: string, keepSessionId?: string): Promise<void> {
  await findInOffice(db, officeId, staffId);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const { rows } = await tx.query(
      'update staff set password_hash = $1, password_is_temporary = true where id = $2 and office_id = $3 returning id',
      [passwordHash, staffId, officeId],
    );
    if (rows.length === 0) throw notFound('staff member');
    await revokeStaffSessions(tx, staffId, keepSessionId);
  });
}
