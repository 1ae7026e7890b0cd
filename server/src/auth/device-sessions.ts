/**
 * The devices signed in to an office, for the admin screen: who, on what device, last seen when; and signing
 * one out (a lost laptop). Scoped to the admin's office like everything an admin does.
 */
import type { Queryable } from '../db/db';
import type { DeviceSession } from '../../../shared/api/admin';
import { notFound } from './errors';

interface DeviceRow {
  id: string;
  staff_id: string;
  display_name: string;
  email: string;
  device_label: string | null;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

/** The office's live sessions (not revoked, not expired, person not turned off), most recently seen first. */
export async function listDeviceSessions(q: Queryable, officeId: string, currentSessionId?: string): Promise<DeviceSession[]> {
  const { rows } = await q.query<DeviceRow>(
    `select s.id, s.staff_id, st.display_name, st.email, s.device_label, s.created_at, s.last_seen_at, s.expires_at
       from sessions s join staff st on st.id = s.staff_id
      where st.office_id = $1 and s.revoked_at is null and s.expires_at > now() and st.disabled_at is null
      order by s.last_seen_at desc, s.id`,
    [officeId],
  );
  return rows.map((row) => ({
    id: row.id,
    staffId: row.staff_id,
    staffDisplayName: row.display_name,
    staffEmail: row.email,
    deviceLabel: row.device_label,
    createdAt: row.created_at.toISOString(),
    lastSeenAt: row.last_seen_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    isCurrent: row.id === currentSessionId,
  }));
}

/** Signs a device of the office out; signing out one already signed out is fine, one of another office is 404. */
export async function revokeOfficeSession(q: Queryable, officeId: string, sessionId: string): Promise<void> {
  const { rows } = await q.query(
    `update sessions s set revoked_at = coalesce(s.revoked_at, now())
       from staff st
      where s.id = $1 and st.id = s.staff_id and st.office_id = $2
      returning s.id`,
    [sessionId, officeId],
  );
  if (rows.length === 0) throw notFound('session');
}
