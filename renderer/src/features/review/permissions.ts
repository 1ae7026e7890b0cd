/**
 * What the person at this desk may do (shared/domain/permissions.ts, the table the server enforces): the role
 * of the account the desk belongs to, or none on a desk without an office (its owner may do everything).
 * Signed out, the desk keeps the last account's role: its changes wait to be sent under that account.
 */
import { mayChangePriority, mayDo, type Action, type StaffRole } from '@shared/domain/permissions';
import type { Priority } from '@shared/domain/concern';
import { useConnectionState } from '../../office/office-context';

/** What the desk's person may do. */
export interface Permissions {
  readonly role: StaffRole | undefined;
  may(action: Action): boolean;
  mayChangePriority(from: Priority, to: Priority): boolean;
}

/** The permissions of a role (undefined: a desk with no office). */
export function permissionsOf(role: StaffRole | undefined): Permissions {
  return {
    role,
    may: (action) => mayDo(role, action),
    mayChangePriority: (from, to) => mayChangePriority(role, from, to),
  };
}

/** The permissions of the person at this desk. */
export function usePermissions(): Permissions {
  const { account } = useConnectionState();
  return permissionsOf(account?.role);
}
