import { expect, it } from 'vitest';
import { MAX_PASSWORD_LENGTH, NewPasswordSchema } from '../../../shared/api/staff';
import {
  DEFAULT_PASSWORD_COST,
  hashPassword,
  needsRehash,
  newTemporaryPassword,
  setPasswordCost,
  verifyPassword,
} from '../../../server/src/auth/passwords';
import { FAST_PASSWORD_COST } from '../../helpers/staff';

it('hashes with scrypt at the default cost, with its parameters and a fresh salt in the hash', async () => {
  setPasswordCost(DEFAULT_PASSWORD_COST);
  const hash = await hashPassword('correct horse battery staple');
  expect(hash).toMatch(/^scrypt\$32768\$8\$3\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
  expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
  expect(needsRehash(hash)).toBe(false);
});

it('verifies only the same password, whatever cost it was hashed at, and asks for a rehash of a cheaper one', async () => {
  setPasswordCost(FAST_PASSWORD_COST);
  const first = await hashPassword('correct horse battery staple');
  const second = await hashPassword('correct horse battery staple');
  expect(first).not.toBe(second);
  expect(await verifyPassword('correct horse battery staple', second)).toBe(true);
  expect(await verifyPassword('correct horse battery stapl', first)).toBe(false);
  expect(await verifyPassword('Correct horse battery staple', first)).toBe(false);
  // The same text typed with a combining accent or a precomposed one is the same password.
  expect(await verifyPassword('caf\u00e9 au lait please', await hashPassword('cafe\u0301 au lait please'))).toBe(true);
  setPasswordCost(DEFAULT_PASSWORD_COST);
  expect(needsRehash(first)).toBe(true);
  expect(await verifyPassword('correct horse battery staple', first)).toBe(true);
});

it.each([
  ['empty', ''],
  ['not scrypt', 'bcrypt$2b$10$abc'],
  ['a huge cost', 'scrypt$1073741824$8$1$c2FsdHNhbHRzYWx0c2FsdA$' + 'A'.repeat(43)],
  ['N not a power of two', 'scrypt$1000$8$1$c2FsdHNhbHRzYWx0c2FsdA$' + 'A'.repeat(43)],
  ['a short key', 'scrypt$1024$8$1$c2FsdHNhbHRzYWx0c2FsdA$AAAA'],
])('never matches a malformed stored hash (%s)', async (_name, stored) => {
  expect(await verifyPassword('anything at all', stored)).toBe(false);
  expect(needsRehash(stored)).toBe(true);
});

it('holds new passwords to 12 to 256 characters, counting an emoji as one', () => {
  expect(NewPasswordSchema.safeParse('eleven chrs').error?.issues[0]?.message).toBe('Use at least 12 characters for a password');
  expect(NewPasswordSchema.safeParse('twelve chars').success).toBe(true);
  expect(NewPasswordSchema.safeParse('🔑'.repeat(MAX_PASSWORD_LENGTH)).success).toBe(true);
  expect(NewPasswordSchema.safeParse('🔑'.repeat(11)).success).toBe(false);
  expect(NewPasswordSchema.safeParse('x'.repeat(MAX_PASSWORD_LENGTH + 1)).error?.issues[0]?.message).toBe('A password can be at most 256 characters');
});

it('makes temporary passwords that are long, readable and different each time', () => {
  const passwords = Array.from({ length: 50 }, newTemporaryPassword);
  for (const password of passwords) {
    expect(password).toMatch(/^[a-zA-Z0-9]{5}(-[a-zA-Z0-9]{5}){3}$/);
    expect(password).not.toMatch(/[0O1lIoBS5Z2]/);
    expect(NewPasswordSchema.safeParse(password).success).toBe(true);
  }
  expect(new Set(passwords).size).toBe(50);
});
