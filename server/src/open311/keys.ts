/**
 * Integrations' API keys (migration 014): made by an admin with a name, shown once, kept as their SHA-256 only
 * (auth/tokens.ts: a key is 32 random bytes, so a fast hash is right), listed with when each was last used, and
 * revoked for good. POST requests is the only call that needs one; a key works for its own office alone.
 */
import type { Open311Key } from '@shared/api/open311';
import type { Queryable } from '../db/db';
import { AuthError } from '../auth/errors';
import { hashToken, newToken } from '../auth/tokens';

interface KeyRow {
  id: string;
  name: string;
  key_hint: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const COLUMNS = 'id, name, key_hint, created_at, last_used_at, revoked_at';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What a key looks like (base64url of 32 bytes); anything else is refused without a database read. */
const KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;

function toKey(row: KeyRow): Open311Key {
  return {
    id: row.id,
    name: row.name,
    hint: row.key_hint,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

/** The office's keys, oldest first. */
export async function listKeys(db: Queryable, officeId: string): Promise<Open311Key[]> {
  const { rows } = await db.query<KeyRow>(`select ${COLUMNS} from open311_api_keys where office_id = $1 order by created_at, id`, [officeId]);
  return rows.map(toKey);
}

/** Makes a key for an integration; the secret is returned this once and never stored. */
export async function createKey(db: Queryable, officeId: string, staffId: string, name: string): Promise<{ key: Open311Key; secret: string }> {
  const secret = newToken();
  const { rows } = await db.query<KeyRow>(
    `insert into open311_api_keys (office_id, name, key_hash, key_hint, created_by) values ($1, $2, $3, $4, $5) returning ${COLUMNS}`,
    [officeId, name, hashToken(secret), `…${secret.slice(-4)}`, staffId],
  );
  const row = rows[0];
  if (row === undefined) throw new Error('The new key was not stored');
  return { key: toKey(row), secret };
}

/** Revokes one of the office's keys (again is fine); another office's key or an unknown id is a 404. */
export async function revokeKey(db: Queryable, officeId: string, staffId: string, keyId: string): Promise<Open311Key> {
  if (!UUID.test(keyId)) throw new AuthError(404, 'not-found', 'There is no such key.');
  await db.query('update open311_api_keys set revoked_at = now(), revoked_by = $3 where office_id = $1 and id = $2 and revoked_at is null', [officeId, keyId, staffId]);
  const { rows } = await db.query<KeyRow>(`select ${COLUMNS} from open311_api_keys where office_id = $1 and id = $2`, [officeId, keyId]);
  if (rows[0] === undefined) throw new AuthError(404, 'not-found', 'There is no such key.');
  return toKey(rows[0]);
}

/**
 * The live key a client sent for this office, marked as used now; undefined for a missing, malformed, unknown,
 * revoked or other office's key (all refused the same way, so nobody learns which keys exist).
 */
export async function useKey(db: Queryable, officeId: string, secret: string): Promise<{ id: string; name: string } | undefined> {
  if (!KEY_PATTERN.test(secret)) return undefined;
  const { rows } = await db.query<{ id: string; name: string }>(
    `update open311_api_keys set last_used_at = now() where key_hash = $1 and office_id = $2 and revoked_at is null returning id, name`,
    [hashToken(secret), officeId],
  );
  return rows[0];
}
