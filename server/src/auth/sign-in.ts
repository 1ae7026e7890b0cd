/**
 * Signing in with email and password, and changing one's own password. An unknown email and a wrong password
 * get the same answer after the same work (a decoy hash check), so the answer does not tell who has an
 * account. The same email may belong to accounts in several offices: when the password fits more than one,
 * the person is asked to choose (only offices whose password they proved are named).
 */
import type { Db } from '../db/db';
import type { SessionResponse } from '../../../shared/api/auth';
import { AuthError } from './errors';
import { hashPassword, needsRehash, verifyDecoy, verifyPassword } from './passwords';
import { createSession, revokeStaffSessions, signedInStaff } from './sessions';
import { assertWithinLimits, clearFailures, recordFailure, signInKeys } from './sign-in-limits';
import type { StaffSession } from './staff-session';

/** A sign-in request (already validated). */
export interface SignInInput {
  readonly email: string;
  readonly password: string;
  readonly officeId?: string | undefined;
  readonly deviceLabel?: string | undefined;
}

interface CandidateRow {
  id: string;
  office_id: string;
  office_name: string;
  password_hash: string;
  is_disabled: boolean;
}

/** The one answer to a wrong email or password. */
export const WRONG_CREDENTIALS_MESSAGE = 'Email or password is not right.';

async function candidatesFor(db: Db, input: SignInInput): Promise<CandidateRow[]> {
  const { rows } = await db.query<CandidateRow>(
    `select st.id, st.office_id, o.name as office_name, st.password_hash, st.disabled_at is not null as is_disabled
       from staff st join offices o on o.id = st.office_id
      where st.email = $1 and ($2::uuid is null or st.office_id = $2::uuid)
      order by o.name, o.id`,
    [input.email, input.officeId ?? null],
  );
  return rows;
}

async function matching(input: SignInInput, candidates: readonly CandidateRow[]): Promise<CandidateRow[]> {
  if (candidates.length === 0) {
    await verifyDecoy(input.password);
    return [];
  }
  const matched: CandidateRow[] = [];
  for (const candidate of candidates) {
    if (await verifyPassword(input.password, candidate.password_hash)) matched.push(candidate);
  }
  return matched;
}

function chooseOne(matched: readonly CandidateRow[]): CandidateRow {
  const enabled = matched.filter((row) => !row.is_disabled);
  const [first] = enabled;
  if (first === undefined) {
    throw new AuthError(403, 'account-disabled', 'This account has been turned off. Ask an admin of your office to turn it back on.');
  }
  if (enabled.length > 1) {
    throw new AuthError(409, 'choose-office', 'This email is used in more than one office: choose the office to sign in to.', {
      offices: enabled.map((row) => ({ id: row.office_id, name: row.office_name })),
    });
  }
  return first;
}

/** Checks the credentials and starts a session; throws AuthError (401, 403, 409, 429) otherwise. */
export async function signIn(db: Db, input: SignInInput, address: string): Promise<SessionResponse> {
  const keys = signInKeys(input.email, address);
  await assertWithinLimits(db, keys);
  const matched = await matching(input, await candidatesFor(db, input));
  if (matched.length === 0) {
    await recordFailure(db, keys);
    throw new AuthError(401, 'wrong-credentials', WRONG_CREDENTIALS_MESSAGE);
  }
  const chosen = chooseOne(matched);
  await clearFailures(db, `email:${input.email}`);
  if (needsRehash(chosen.password_hash)) {
    const upgraded = await hashPassword(input.password);
    // Only if nobody changed the password meanwhile.
    await db.query('update staff set password_hash = $1 where id = $2 and password_hash = $3', [upgraded, chosen.id, chosen.password_hash]);
  }
  const session = await createSession(db, chosen.id, input.deviceLabel);
  const staff = await signedInStaff(db, chosen.id);
  if (staff === undefined) throw new AuthError(401, 'wrong-credentials', WRONG_CREDENTIALS_MESSAGE);
  return { token: session.token, staff, expiresAt: session.expiresAt.toISOString() };
}

/**
 * Replaces the signed-in person's password after checking the current one, and signs out their other
 * devices. Wrong current passwords count against the same limit as sign-ins to that account.
 */
export async function changeOwnPassword(
  db: Db,
  staff: StaffSession,
  input: { readonly currentPassword: string; readonly newPassword: string },
  address: string,
): Promise<void> {
  const { rows } = await db.query<{ email: string; password_hash: string }>('select email, password_hash from staff where id = $1', [staff.staffId]);
  const row = rows[0];
  if (row === undefined) throw new AuthError(401, 'unauthorized', 'Your session has ended. Sign in again.');
  const keys = signInKeys(row.email, address);
  await assertWithinLimits(db, keys);
  if (!(await verifyPassword(input.currentPassword, row.password_hash))) {
    await recordFailure(db, keys);
    throw new AuthError(403, 'wrong-password', 'Your current password is not right.');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.query('update staff set password_hash = $1, password_is_temporary = false where id = $2', [passwordHash, staff.staffId]);
    await revokeStaffSessions(tx, staff.staffId, staff.sessionId);
  });
}
