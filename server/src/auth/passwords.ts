/**
 * Password hashing with scrypt (node:crypto). A hash is one string that carries everything needed to check it:
 *
 *   scrypt$32768$8$3$<salt, base64url>$<key, base64url>
 *
 * so the cost can be raised later without breaking stored passwords (needsRehash tells when a stored hash is
 * weaker than today's and should be replaced at the next successful sign-in). The default follows OWASP's
 * scrypt guidance (N=2^15, r=8, p=3: 32 MiB of memory per hash). Comparison is constant-time.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';

/** scrypt's cost parameters. */
export interface PasswordCost {
  /** CPU and memory cost, a power of two. */
  readonly N: number;
  /** Block size. */
  readonly r: number;
  /** Parallelization. */
  readonly p: number;
}

/** What new hashes cost unless setPasswordCost said otherwise. */
export const DEFAULT_PASSWORD_COST: PasswordCost = { N: 2 ** 15, r: 8, p: 3 };

const SALT_BYTES = 16;
const KEY_BYTES = 32;
// Refuse stored parameters that would make one check take seconds or gigabytes (a tampered row, a typo).
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;
let currentCost: PasswordCost = DEFAULT_PASSWORD_COST;

/**
 * Sets the cost of new hashes for this process. Tests use a cheap one: existing hashes keep verifying
 * whatever their cost, because each carries its own parameters.
 */
export function setPasswordCost(cost: PasswordCost): void {
  currentCost = cost;
}

function derive(password: string, salt: Buffer, cost: PasswordCost): Promise<Buffer> {
  // 128 * N * r bytes is what scrypt needs; Node's default cap (32 MiB) is exactly the default cost's, so leave room.
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => (error === null ? resolve(key) : reject(error)));
  });
}

/** Hashes a password with a fresh random salt at the current cost. */
export async function hashPassword(password: string): Promise<string> {
  const cost = currentCost;
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface ParsedHash {
  readonly cost: PasswordCost;
  readonly salt: Buffer;
  readonly key: Buffer;
}

function isPowerOfTwo(n: number): boolean {
  return Number.isInteger(n) && n > 1 && (n & (n - 1)) === 0;
}

function parseHash(stored: string): ParsedHash | undefined {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (N === undefined || r === undefined || p === undefined) return undefined;
  if (!isPowerOfTwo(N) || N > MAX_N || !Number.isInteger(r) || r < 1 || r > MAX_R || !Number.isInteger(p) || p < 1 || p > MAX_P) {
    return undefined;
  }
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const key = Buffer.from(parts[5] ?? '', 'base64url');
  if (salt.length < 8 || key.length !== KEY_BYTES) return undefined;
  return { cost: { N, r, p }, salt, key };
}

/** Whether password is the one behind stored. A malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (parsed === undefined) return false;
  const key = await derive(password, parsed.salt, parsed.cost);
  return timingSafeEqual(key, parsed.key);
}

/** Whether a stored hash is malformed or cheaper than what new hashes cost now. */
export function needsRehash(stored: string): boolean {
  const parsed = parseHash(stored);
  if (parsed === undefined) return true;
  const { N, r, p } = parsed.cost;
  return N * r * p < currentCost.N * currentCost.r * currentCost.p;
}

let decoy: { readonly cost: PasswordCost; readonly hash: Promise<string> } | undefined;

/**
 * Spends as long as checking a password against a real hash of the current cost, for a sign-in whose email
 * matches nobody: otherwise the answer's speed would tell which emails have accounts.
 */
export async function verifyDecoy(password: string): Promise<void> {
  if (decoy?.cost !== currentCost) decoy = { cost: currentCost, hash: hashPassword(randomBytes(16).toString('base64url')) };
  await verifyPassword(password, await decoy.hash);
}

// No 0/O, 1/l/I: a temporary password is read off a screen and typed on another desk.
const READABLE = 'abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY346789';

/** A random temporary password an admin hands over: four groups of five readable characters (over 110 bits). */
export function newTemporaryPassword(): string {
  const groups: string[] = [];
  for (let group = 0; group < 4; group += 1) {
    let text = '';
    // Rejection sampling keeps every character equally likely (256 is not a multiple of the alphabet's size).
    while (text.length < 5) {
      for (const byte of randomBytes(8)) {
        if (byte < 256 - (256 % READABLE.length) && text.length < 5) text += READABLE[byte % READABLE.length];
      }
    }
    groups.push(text);
  }
  return groups.join('-');
}
