/**
 * The admin screen's forms, checked with the same schemas the server uses (shared/api), so the app and the
 * server give the same messages; and the pure rules around them: what an edit changes, and when an admin is
 * about to lock themself out.
 */
import { z } from 'zod';
import {
  AddStaffRequestSchema,
  ResetPasswordRequestSchema,
  type StaffMember,
  type UpdateStaffRequest,
} from '@shared/api/admin';
import { DisplayNameSchema, RoleSchema, type Role } from '@shared/api/staff';
import type { MessageKey } from '../../i18n';

/** "Add a staff member": exactly POST /api/admin/staff's body. */
export const AddStaffFormSchema = AddStaffRequestSchema;
/** What the add form holds while editing. */
export type AddStaffInput = z.input<typeof AddStaffFormSchema>;
/** What the add form sends. */
export type AddStaffValues = z.output<typeof AddStaffFormSchema>;
/** The add form's fields, for placing the server's messages. */
export const ADD_STAFF_FIELDS = ['email', 'displayName', 'role', 'password'] as const;

/** "Change name or role": both fields filled in with what they are now. */
export const EditStaffFormSchema = z.object({ displayName: DisplayNameSchema, role: RoleSchema });
/** What the edit form holds while editing. */
export type EditStaffInput = z.input<typeof EditStaffFormSchema>;
/** What the edit form gives on submit. */
export type EditStaffValues = z.output<typeof EditStaffFormSchema>;
/** The edit form's fields. */
export const EDIT_STAFF_FIELDS = ['displayName', 'role'] as const;

/** "Reset password": POST /api/admin/staff/:id/password's body. */
export const ResetPasswordFormSchema = ResetPasswordRequestSchema;
/** What the reset form holds. */
export type ResetPasswordInput = z.input<typeof ResetPasswordFormSchema>;
/** The reset form's fields. */
export const RESET_PASSWORD_FIELDS = ['password'] as const;

/** Each role's name as people say it (the catalogue's key). */
export function roleLabelKey(role: Role): MessageKey {
  return `admin.role.${role}`;
}

/** The PATCH body for what the edit form changed; undefined when nothing changed. */
export function staffChanges(member: StaffMember, values: EditStaffValues): UpdateStaffRequest | undefined {
  const changes: { displayName?: string; role?: Role } = {};
  if (values.displayName !== member.displayName) changes.displayName = values.displayName;
  if (values.role !== member.role) changes.role = values.role;
  return Object.keys(changes).length === 0 ? undefined : changes;
}

/** How a change would lock the signed-in admin out of this screen, so the app warns first. */
export type SelfLockout = 'disable' | 'demote';

/** Whether `changes` to `member` take this screen away from the admin `myStaffId` (their own account only). */
export function selfLockout(member: StaffMember, myStaffId: string, changes: UpdateStaffRequest): SelfLockout | undefined {
  if (member.id !== myStaffId) return undefined;
  if (changes.isDisabled === true && !member.isDisabled) return 'disable';
  if (member.role === 'admin' && changes.role !== undefined && changes.role !== 'admin') return 'demote';
  return undefined;
}
