/** Concerns, flags and assignee rows for the review actions' tests, built directly (no database). */
import type { Concern } from '@shared/domain/concern';
import type { ConcernAssignee, ConcernFlag, OfficeStaff } from '@shared/domain/review';
import { concernAssigneeId } from '@shared/domain/review';
import type { ConcernSnapshot } from '../../../../../renderer/src/features/review/actions/action-plan';
import { fields, testId } from '../../../../helpers/concerns';

export const at = '2026-12-03T10:00:00.000Z';
const ms = Date.parse(at);

/** A staff member with a fixed UUID (v4 form, as the server makes them). */
export const staff = (n: number, displayName: string, role: OfficeStaff['role'] = 'goto', isActive = true): OfficeStaff => ({
  id: `1b4e28ba-2fa1-41d2-883f-0016d3cca4${String(n).padStart(2, '0')}`,
  displayName,
  role,
  isActive,
});

/** A stored concern with the given changes. */
export function concern(changes: Partial<Concern> = {}): Concern {
  return { ...fields(), id: testId(ms), createdAt: at, createdBy: 'Ana', updatedAt: at, updatedBy: 'Ana', ...changes };
}

/** An open flag on a concern. */
export const flag = (concernId: string, reason = 'Third call this week'): ConcernFlag => ({
  id: testId(ms),
  concernId,
  reason,
  by: 'Ben',
  at,
  reviewedAt: null,
  reviewedBy: null,
});

/** An assignee row with one add. */
export const assignee = (concernId: string, staffId: string): ConcernAssignee => ({
  id: concernAssigneeId(concernId, staffId),
  concernId,
  staffId,
  addIds: [testId(ms)],
});

/** A snapshot of a concern with its flags and assignee rows. */
export function snapshot(c: Concern, openFlags: ConcernFlag[] = [], assignees: ConcernAssignee[] = []): ConcernSnapshot {
  return { concern: { ...c, assignees: assignees.map((a) => a.staffId) }, openFlags, assignees };
}
