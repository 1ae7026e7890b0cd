/**
 * The first run: while no admin exists anywhere, a one-time setup code (printed by the server at start, or by
 * `npm run server:admin -- setup-code`) lets someone create the first office and its admin in one go. Every
 * code printed stays usable until one of them is used; after that, setup refuses, whatever the code.
 */
import type { Db, Queryable } from '../db/db';
import { formatSetupCode } from '../../../shared/api/auth';
import type { SessionResponse } from '../../../shared/api/auth';
import { AuthError } from './errors';
import { hashPassword } from './passwords';
import { createSession } from './sessions';
import { publishStaffMember } from './staff-directory';
import { hashSetupCode, newSetupCode } from './setup-codes';
import { assertWithinLimits, recordFailure, setupKeys } from './sign-in-limits';

/** Serializes setups across connections and processes, so two different valid codes cannot make two offices. */
const SETUP_LOCK_KEY = 7_301_733_002;

/** What setting up needs (already validated, code in canonical form). */
export interface SetupInput {
  readonly code: string;
  readonly officeName: string;
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
  readonly deviceLabel?: string | undefined;
}

/** Whether the server still waits for its first admin. */
export async function needsSetup(q: Queryable): Promise<boolean> {
  const { rows } = await q.query<{ has_admin: boolean }>(`select exists (select 1 from staff where role = 'admin') as has_admin`);
  return rows[0]?.has_admin !== true;
}

/** A fresh setup code, formatted XXXX-XXXX-XXXX, while no admin exists; undefined once one does. */
export async function createSetupCode(db: Db): Promise<string | undefined> {
  if (!(await needsSetup(db))) return undefined;
  const code = newSetupCode();
  await db.query('insert into setup_codes (code_hash) values ($1)', [hashSetupCode(code)]);
  return formatSetupCode(code);
}

function alreadySetUp(): AuthError {
  return new AuthError(409, 'already-set-up', 'This server is already set up. Sign in, or ask an admin of your office for an account.');
}

function wrongCode(): AuthError {
  return new AuthError(
    403,
    'wrong-setup-code',
    'That setup code is not right. Use the code the server printed when it started, or get a new one with "npm run server:admin -- setup-code".',
  );
}

async function isUnusedCode(q: Queryable, codeHash: string): Promise<boolean> {
  const { rows } = await q.query('select 1 from setup_codes where code_hash = $1 and used_at is null', [codeHash]);
  return rows.length > 0;
}

/** Creates the first office and its admin, uses up the code and signs the admin in. */
export async function setUp(db: Db, input: SetupInput, address: string): Promise<SessionResponse> {
  const keys = setupKeys(address);
  await assertWithinLimits(db, keys);
  const codeHash = hashSetupCode(input.code);
  // Cheap checks first, so a wrong code costs no password hashing; the transaction checks again.
  if (!(await needsSetup(db))) throw alreadySetUp();
  if (!(await isUnusedCode(db, codeHash))) {
    // Another setup may have used this code and finished since the check above: that is "already set up",
    // not a wrong code (and no failed attempt to count).
    if (!(await needsSetup(db))) throw alreadySetUp();
    await recordFailure(db, keys);
    throw wrongCode();
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(${SETUP_LOCK_KEY})`);
    if (!(await needsSetup(tx))) throw alreadySetUp();
    const used = await tx.query('update setup_codes set used_at = now() where code_hash = $1 and used_at is null returning id', [codeHash]);
    if (used.rows.length === 0) throw wrongCode();
    const office = await tx.query<{ id: string }>('insert into offices (name) values ($1) returning id', [input.officeName]);
    const officeId = office.rows[0]?.id ?? '';
    const staff = await tx.query<{ id: string }>(
      `insert into staff (office_id, email, display_name, role, password_hash) values ($1, $2, $3, 'admin', $4) returning id`,
      [officeId, input.email, input.displayName, passwordHash],
    );
    const staffId = staff.rows[0]?.id ?? '';
    await publishStaffMember(tx, officeId, staffId);
    const session = await createSession(tx, staffId, input.deviceLabel);
    return {
      token: session.token,
      expiresAt: session.expiresAt.toISOString(),
      staff: {
        id: staffId,
        email: input.email,
        displayName: input.displayName,
        role: 'admin',
        officeId,
        officeName: input.officeName,
        mustChangePassword: false,
      },
    };
  });
}
