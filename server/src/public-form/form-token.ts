/**
 * The form token: a hidden field saying which office's form was served and when, signed with HMAC-SHA256 under
 * the server's key (intake_secrets, migration 013). A submission must bring one that the server signed, for the
 * same office, at least SUGGESTION_FORM_LIMITS.minSecondsToSubmit ago (people read and type; scripts post at
 * once) and at most maxSecondsToSubmit ago (a form left open overnight is served again, with what was typed).
 *
 *   v1.<officeId>.<issued at, ms since 1970>.<16 random bytes, base64url>.<HMAC of the rest, base64url>
 *
 * Stateless on purpose: no row per served form, so serving the form costs no write and a flood of GETs fills no
 * table. A token can therefore be used more than once while it is valid; the rate limits (rate-limits.ts) bound
 * what one address or one office can send, whatever tokens it holds.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { SUGGESTION_FORM_LIMITS } from '@shared/api/suggestion-form';
import type { Db } from '../db/db';

/** Why a token was not accepted. */
export type TokenProblem = 'missing' | 'invalid' | 'too-fast' | 'expired';

const keys = new WeakMap<Db, Promise<Buffer>>();

async function loadKey(db: Db): Promise<Buffer> {
  // Whichever process inserts first wins; the others find its key. So every process signs and checks alike.
  await db.query('insert into intake_secrets (secret) values ($1) on conflict (is_singleton) do nothing', [randomBytes(32).toString('base64url')]);
  const { rows } = await db.query<{ secret: string }>('select secret from intake_secrets');
  const secret = rows[0]?.secret;
  if (secret === undefined) throw new Error('intake_secrets is empty after insert');
  return Buffer.from(secret, 'base64url');
}

/** The signing key, read once per database handle. */
function keyOf(db: Db): Promise<Buffer> {
  let key = keys.get(db);
  if (key === undefined) {
    key = loadKey(db);
    keys.set(db, key);
    key.catch(() => keys.delete(db)); // a database that was down is asked again next time
  }
  return key;
}

function mac(key: Buffer, body: string): Buffer {
  return createHmac('sha256', key).update(body).digest();
}

/** A token for the office's form, issued at `issuedAtMs` (now by default). */
export async function signFormToken(db: Db, officeId: string, issuedAtMs: number = Date.now()): Promise<string> {
  const body = `v1.${officeId}.${Math.floor(issuedAtMs)}.${randomBytes(16).toString('base64url')}`;
  return `${body}.${mac(await keyOf(db), body).toString('base64url')}`;
}

/** Undefined when the token is good for a submission to the office now; otherwise what is wrong with it. */
export async function checkFormToken(db: Db, officeId: string, token: string | undefined, nowMs: number = Date.now()): Promise<TokenProblem | undefined> {
  if (token === undefined || token === '') return 'missing';
  if (token.length > 200) return 'invalid';
  const parts = token.split('.');
  const [version, office, issued, nonce, signature] = parts;
  if (parts.length !== 5 || version !== 'v1' || office !== officeId || !/^\d{1,15}$/.test(issued ?? '') || nonce === undefined || signature === undefined) {
    return 'invalid';
  }
  const expected = mac(await keyOf(db), parts.slice(0, 4).join('.'));
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  const ageSeconds = (nowMs - Number(issued)) / 1000;
  if (ageSeconds < SUGGESTION_FORM_LIMITS.minSecondsToSubmit) return 'too-fast';
  if (ageSeconds > SUGGESTION_FORM_LIMITS.maxSecondsToSubmit) return 'expired';
  return undefined;
}
