import { describe, expect, it } from 'vitest';
import type { StaffMember } from '../../../../shared/api/admin';
import { ROLES } from '../../../../shared/api/staff';
import { t } from '../../../../renderer/src/i18n';
import {
  AddStaffFormSchema,
  EditStaffFormSchema,
  ResetPasswordFormSchema,
  roleLabelKey,
  selfLockout,
  staffChanges,
} from '../../../../renderer/src/features/admin/staff-forms';

const ANA: StaffMember = {
  id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
  email: 'ana@town.example',
  displayName: 'Ana Ruiz',
  role: 'admin',
  isDisabled: false,
  mustChangePassword: false,
  createdAt: '2026-01-05T09:00:00.000Z',
};
const BEN: StaffMember = { ...ANA, id: '6f1c2c1e-4b9a-4c55-9d63-0b5f0b3e2a10', email: 'ben@town.example', displayName: 'Ben Ortiz', role: 'counter' };

function messages(result: { success: boolean; error?: { issues: readonly { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
}

describe('the add form', () => {
  it('sends the address as the server stores it: trimmed and lower case', () => {
    const values = AddStaffFormSchema.parse({ email: ' Ben@Town.Example ', displayName: ' Ben Ortiz ', role: 'goto', password: 'a long enough one' });
    expect(values).toEqual({ email: 'ben@town.example', displayName: 'Ben Ortiz', role: 'goto', password: 'a long enough one' });
  });

  it('says what is wrong with each field in the words the server would use', () => {
    const result = AddStaffFormSchema.safeParse({ email: 'ben at town', displayName: '  ', role: 'counter', password: 'short' });
    expect(messages(result)).toEqual({
      email: 'Enter an email address like name@example.org',
      displayName: 'Enter the name of the person at this desk',
      password: 'Use at least 12 characters for a password',
    });
  });

  it('counts a password in characters people see, so twelve emoji are enough', () => {
    expect(ResetPasswordFormSchema.safeParse({ password: '🔑'.repeat(12) }).success).toBe(true);
    expect(ResetPasswordFormSchema.safeParse({ password: '🔑'.repeat(11) }).success).toBe(false);
  });
});

describe('the edit form', () => {
  it('sends only what changed, and nothing when nothing did', () => {
    expect(staffChanges(BEN, { displayName: 'Ben Ortiz', role: 'counter' })).toBeUndefined();
    expect(staffChanges(BEN, { displayName: 'Benjamin Ortiz', role: 'counter' })).toEqual({ displayName: 'Benjamin Ortiz' });
    expect(staffChanges(BEN, { displayName: 'Ben Ortiz', role: 'facilitator' })).toEqual({ role: 'facilitator' });
  });

  it('compares the trimmed name, so spaces typed around it are no change', () => {
    const values = EditStaffFormSchema.parse({ displayName: '  Ben Ortiz ', role: 'counter' });
    expect(staffChanges(BEN, values)).toBeUndefined();
  });
});

describe('selfLockout', () => {
  it('warns an admin taking away their own admin role or turning off their own account', () => {
    expect(selfLockout(ANA, ANA.id, { role: 'facilitator' })).toBe('demote');
    expect(selfLockout(ANA, ANA.id, { isDisabled: true })).toBe('disable');
  });

  it('stays quiet for changes to others, and for changes to oneself that keep the screen', () => {
    expect(selfLockout({ ...BEN, role: 'admin' }, ANA.id, { role: 'counter' })).toBeUndefined();
    expect(selfLockout(BEN, ANA.id, { isDisabled: true })).toBeUndefined();
    expect(selfLockout(ANA, ANA.id, { displayName: 'Ana R.' })).toBeUndefined();
    expect(selfLockout(ANA, ANA.id, { role: 'admin' })).toBeUndefined();
  });
});

describe('role names', () => {
  it('has a name in the catalogue for every role the server knows', () => {
    for (const role of ROLES) expect(t(roleLabelKey(role))).not.toMatch(/^admin\.role\./);
    expect(new Set(ROLES.map((role) => t(roleLabelKey(role)))).size).toBe(ROLES.length);
  });
});
