/**
 * Helpers for the sync server tests: a migrated database, offices, staff with live (or expired) sessions
 * (made by test/helpers/staff.ts, not through the sign-in routes), requests through app.inject, and the
 * office's synced rows as the server holds them.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../../server/src/auth/staff-session';
import type { Db, Queryable } from '../../../server/src/db/db';
import { createOffice as createOfficeRow, createStaff as createStaffRow, migrateForTests, useFastPasswords } from '../../helpers/staff';
import type { StoreSnapshot } from '@shared/sync/memory-store';
import { TABLE_NAMES, type Row } from '@shared/sync/store';
import type { PullResponse, PushMutation } from '@shared/sync/protocol';
import type { Concern } from '@shared/domain/concern';
import { concernId as concernIdOf } from '../../shared/sync/fixtures';
import { fields as fieldsOf } from '../../helpers/concerns';

/** Applies every migration in server/migrations. */
export async function migrated(db: Db): Promise<Db> {
  await migrateForTests(db);
  return db;
}

/** A staff member with a session token. */
export interface TestStaff {
  readonly staffId: string;
  readonly officeId: string;
  readonly displayName: string;
  readonly role: Role;
  readonly token: string;
}

// Staff are made with the accounts helper; cheap password hashing, since these tests never sign in.
useFastPasswords();

/** Creates an office and returns its id. */
export function createOffice(db: Db, name = 'Town Hall'): Promise<string> {
  return createOfficeRow(db, name);
}

/** Creates a staff member of the office with a session; `isExpired` makes the session one that has ended. */
export async function createStaff(
  db: Db,
  officeId: string,
  options: { role?: Role; displayName?: string; isExpired?: boolean } = {},
): Promise<TestStaff> {
  const made = await createStaffRow(db, {
    officeId,
    role: options.role ?? 'counter',
    ...(options.displayName === undefined ? {} : { displayName: options.displayName }),
  });
  if (options.isExpired === true) {
    // Ended an hour ago (created before it, as the sessions table requires).
    await db.query(`update sessions set created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour' where id = $1`, [
      made.sessionId,
    ]);
  }
  return { staffId: made.id, officeId, displayName: made.displayName, role: made.role, token: made.token };
}

/** The Authorization header of a staff member's session. */
export function bearer(staff: Pick<TestStaff, 'token'>): Record<string, string> {
  return { authorization: `Bearer ${staff.token}` };
}

/** POSTs a push (any body) as the staff member. */
export function push(app: FastifyInstance, staff: Pick<TestStaff, 'token'>, body: unknown): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: '/api/sync/push', headers: bearer(staff), payload: body as object });
}

/** POSTs a pull (any body) as the staff member. */
export function pull(app: FastifyInstance, staff: Pick<TestStaff, 'token'>, body: unknown): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: '/api/sync/pull', headers: bearer(staff), payload: body as object });
}

const T0 = Date.UTC(2025, 2, 14, 9, 0, 0);

/** A pushed mutation with id `id`, made `id` seconds after a fixed time. */
export function mutation(id: number, name: string, args: unknown): PushMutation {
  return { id, name, args, at: new Date(T0 + id * 1000).toISOString() };
}

/** Every synced row of the office, as a store snapshot (tables, then ids, sorted). */
export async function officeRows(q: Queryable, officeId: string): Promise<StoreSnapshot> {
  const snapshot: Record<string, Record<string, Row>> = {};
  for (const table of TABLE_NAMES) {
    const { rows } = await q.query<{ id: string; row: Row }>(`select id, row from ${table} where office_id = $1 order by id`, [officeId]);
    snapshot[table] = Object.fromEntries(rows.map((r) => [r.id, r.row]));
  }
  return snapshot as StoreSnapshot;
}

/** Row counts of every table sync writes: equal before and after means a request changed nothing. */
export async function syncCounts(q: Queryable): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [...TABLE_NAMES, 'sync_clients', 'sync_mutations', 'sync_log']) {
    const { rows } = await q.query<{ n: number }>(`select count(*)::int as n from ${table}`);
    counts[table] = rows[0]!.n;
  }
  const { rows } = await q.query<{ total: string }>('select coalesce(sum(last_mutation_id), 0)::text as total from sync_clients');
  counts.lastMutationIds = Number(rows[0]!.total);
  return counts;
}

export { concernId } from '../../shared/sync/fixtures';
export { fields } from '../../helpers/concerns';

/** A valid concern row with id concernId(n), as a mutator would have written it. */
export function concernRow(n: number, summary = `Concern ${n}`): Concern {
  const at = new Date(T0).toISOString();
  return { ...fieldsOf({ summary }), id: concernIdOf(n), createdAt: at, createdBy: 'Ana', updatedAt: at, updatedBy: 'Ana' };
}

/** POSTs a pull and returns the page, failing the test on anything but 200. */
export async function pullPage(app: FastifyInstance, staff: Pick<TestStaff, 'token'>, body: unknown): Promise<PullResponse> {
  const res = await pull(app, staff, body);
  if (res.statusCode !== 200) throw new Error(`pull answered ${res.statusCode}: ${res.body}`);
  return res.json<PullResponse>();
}
