/**
 * Offices, staff and signed-in sessions made directly in the database, for server tests that need someone
 * signed in without going through the sign-in routes:
 *
 *   await migrateForTests(db);
 *   const ana = await createStaff(db, { role: 'admin' });          // in a new office
 *   const ben = await createStaff(db, { officeId: ana.officeId });  // counter staff, same office
 *   await app.inject({ method: 'GET', url: '/api/me', headers: ana.headers });
 *
 * Passwords are hashed at whatever cost is set (call useFastPasswords() in a test file to make hashing cheap);
 * each distinct password is hashed once per test file.
 */
import { hashPassword, setPasswordCost } from '../../server/src/auth/passwords';
import type { Role } from '../../server/src/auth/staff-session';
import { hashToken, newToken } from '../../server/src/auth/tokens';
import type { Db } from '../../server/src/db/db';
import { loadMigrations, migrate } from '../../server/src/db/migrate';
import type { Migration } from '../../server/src/db/migrate';

/** The password of staff made here unless a test gives another. */
export const TEST_PASSWORD = 'correct horse battery staple';
/** A cheap scrypt cost for tests (hashes still verify whatever cost they were made at). */
export const FAST_PASSWORD_COST = { N: 1024, r: 8, p: 1 } as const;

let migrations: Promise<Migration[]> | undefined;
const hashes = new Map<string, Promise<string>>();
let serial = 0;

/** Makes new password hashes cheap for the rest of this test file. */
export function useFastPasswords(): void {
  setPasswordCost(FAST_PASSWORD_COST);
}

/** Applies the server's migrations. */
export async function migrateForTests(db: Db): Promise<void> {
  migrations ??= loadMigrations();
  await migrate(db, await migrations);
}

function hashOf(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (hash === undefined) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

/** Adds an office; returns its id. */
export async function createOffice(db: Db, name = 'Town Hall'): Promise<string> {
  const { rows } = await db.query<{ id: string }>('insert into offices (name) values ($1) returning id', [name]);
  return rows[0]?.id ?? '';
}

/** A session made for a test, with the headers that send its token. */
export interface TestSession {
  readonly token: string;
  readonly sessionId: string;
  readonly headers: { readonly authorization: string };
}

/** Starts a session for a staff member directly in the database. */
export async function createSession(
  db: Db,
  staffId: string,
  options: { readonly deviceLabel?: string; readonly expiresInMs?: number } = {},
): Promise<TestSession> {
  const token = newToken();
  const { rows } = await db.query<{ id: string }>(
    `insert into sessions (staff_id, token_hash, device_label, expires_at)
     values ($1, $2, $3, now() + $4::float8 * interval '1 millisecond') returning id`,
    [staffId, hashToken(token), options.deviceLabel ?? null, options.expiresInMs ?? 24 * 60 * 60 * 1000],
  );
  return { token, sessionId: rows[0]?.id ?? '', headers: { authorization: `Bearer ${token}` } };
}

/** What to make. */
export interface StaffOptions {
  /** Office to add them to; a new office (named officeName) when absent. */
  readonly officeId?: string;
  readonly officeName?: string;
  readonly role?: Role;
  readonly email?: string;
  readonly displayName?: string;
  readonly password?: string;
  readonly isDisabled?: boolean;
  readonly deviceLabel?: string;
}

/** A staff member made for a test, signed in on one device. */
export interface TestStaff extends TestSession {
  readonly id: string;
  readonly officeId: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly password: string;
}

/** Adds a staff member (and, without officeId, their office) and signs them in on one device. */
export async function createStaff(db: Db, options: StaffOptions = {}): Promise<TestStaff> {
  serial += 1;
  const officeId = options.officeId ?? (await createOffice(db, options.officeName));
  const role = options.role ?? 'counter';
  const email = options.email ?? `staff-${serial}@town.example`;
  const displayName = options.displayName ?? `Staff ${serial}`;
  const password = options.password ?? TEST_PASSWORD;
  const { rows } = await db.query<{ id: string }>(
    `insert into staff (office_id, email, display_name, role, password_hash, disabled_at)
     values ($1, $2, $3, $4, $5, case when $6::boolean then now() end) returning id`,
    [officeId, email, displayName, role, await hashOf(password), options.isDisabled === true],
  );
  const id = rows[0]?.id ?? '';
  const session = await createSession(db, id, options.deviceLabel === undefined ? {} : { deviceLabel: options.deviceLabel });
  return { ...session, id, officeId, email, displayName, role, password };
}
