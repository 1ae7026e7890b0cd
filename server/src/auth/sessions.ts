/**
 * Sign-in sessions in the database. A session lives SESSION_TTL_MS after it was last used (sliding expiry);
 * using it moves last_seen_at and expires_at forward, at most once per SLIDE_INTERVAL_MS so a busy device does
 * not write on every request. Revoking sets revoked_at; revoked and expired sessions stay for the record
 * until their staff member is deleted.
 */
import type { Db, Queryable } from '../db/db';
import type { SignedInStaff } from '../../../shared/api/auth';
import { ROLES, type Role, type StaffSession } from './staff-session';
import { hashToken, newToken } from './tokens';

/** How long a session lasts after its last use. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** Least time between two updates of a session's last_seen_at. */
export const SLIDE_INTERVAL_MS = 60 * 1000;

/** A session just created: the token is shown to its client once and never stored. */
export interface NewSession {
  readonly id: string;
  readonly token: string;
  readonly expiresAt: Date;
}

/** Starts a session for a staff member. */
export async function createSession(q: Queryable, staffId: string, deviceLabel: string | undefined): Promise<NewSession> {
  const token = newToken();
  const { rows } = await q.query<{ id: string; expires_at: Date }>(
    `insert into sessions (staff_id, token_hash, device_label, expires_at)
     values ($1, $2, $3, now() + $4::float8 * interval '1 millisecond')
     returning id, expires_at`,
    [staffId, hashToken(token), deviceLabel ?? null, SESSION_TTL_MS],
  );
  const row = rows[0];
  if (row === undefined) throw new Error('insert into sessions returned no row');
  return { id: row.id, token, expiresAt: row.expires_at };
}

/** A live session found by its token. */
export interface FoundSession {
  readonly staff: StaffSession;
  readonly expiresAt: Date;
  /** This lookup moved the expiry forward (a cookie carrying the token should be renewed). */
  readonly hasSlid: boolean;
}

interface LookupRow {
  session_id: string;
  staff_id: string;
  office_id: string;
  role: string;
  display_name: string;
  expires_at: Date;
  slid_to: Date | null;
}

// One statement: find the live session and, when it was last seen over a minute ago, slide it forward.
const LOOKUP_SQL = `
  with found as (
    select s.id as session_id, s.expires_at, st.id as staff_id, st.office_id, st.role, st.display_name
      from sessions s join staff st on st.id = s.staff_id
     where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now() and st.disabled_at is null
  ), slid as (
    update sessions
       set last_seen_at = now(), expires_at = greatest(expires_at, now() + $2::float8 * interval '1 millisecond')
     where id = (select session_id from found) and last_seen_at < now() - $3::float8 * interval '1 millisecond'
     returning expires_at
  )
  select found.*, (select expires_at from slid) as slid_to from found`;

/** The live session behind a token (not revoked, not expired, staff member not disabled), slid forward. */
export async function lookupSession(db: Db, token: string): Promise<FoundSession | undefined> {
  const { rows } = await db.query<LookupRow>(LOOKUP_SQL, [hashToken(token), SESSION_TTL_MS, SLIDE_INTERVAL_MS]);
  const row = rows[0];
  if (row === undefined || !(ROLES as readonly string[]).includes(row.role)) return undefined;
  return {
    staff: {
      sessionId: row.session_id,
      staffId: row.staff_id,
      officeId: row.office_id,
      role: row.role as Role,
      displayName: row.display_name,
    },
    expiresAt: row.slid_to ?? row.expires_at,
    hasSlid: row.slid_to !== null,
  };
}

/** Ends one session; whether it was live before. */
export async function revokeSession(q: Queryable, sessionId: string): Promise<boolean> {
  const { rows } = await q.query('update sessions set revoked_at = now() where id = $1 and revoked_at is null returning id', [sessionId]);
  return rows.length > 0;
}

/** Ends every live session of a staff member, except keepSessionId (the one asking, when it is theirs). */
export async function revokeStaffSessions(q: Queryable, staffId: string, keepSessionId?: string): Promise<void> {
  await q.query(
    `update sessions set revoked_at = now()
      where staff_id = $1 and revoked_at is null and ($2::uuid is null or id <> $2::uuid)`,
    [staffId, keepSessionId ?? null],
  );
}

interface SignedInRow {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  office_id: string;
  office_name: string;
  password_is_temporary: boolean;
}

/** The staff member as the signed-in app shows them; undefined when there is no such person. */
export async function signedInStaff(q: Queryable, staffId: string): Promise<SignedInStaff | undefined> {
  const { rows } = await q.query<SignedInRow>(
    `select st.id, st.email, st.display_name, st.role, st.office_id, o.name as office_name, st.password_is_temporary
       from staff st join offices o on o.id = st.office_id where st.id = $1`,
    [staffId],
  );
  const row = rows[0];
  if (row === undefined) return undefined;
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    officeId: row.office_id,
    officeName: row.office_name,
    mustChangePassword: row.password_is_temporary,
  };
}
