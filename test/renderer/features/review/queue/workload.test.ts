/** The workload panel's figures: open concerns per go-to person, nobody's, and the oldest waiting. */
import { describe, expect, it } from 'vitest';
import type { OfficeStaff } from '@shared/domain/review';
import { oldestWaiting, workloadOf } from '../../../../../renderer/src/features/review/queue/WorkloadPanel';
import { queueRow } from './queue-rows';

const ben: OfficeStaff = { id: '1b4e28ba-2fa1-41d2-883f-0016d3cca402', displayName: 'Ben Cole', role: 'goto', isActive: true };
const dee: OfficeStaff = { id: '1b4e28ba-2fa1-41d2-883f-0016d3cca404', displayName: 'Dee Ray', role: 'admin', isActive: true };
const gone = { id: '1b4e28ba-2fa1-41d2-883f-0016d3cca409', name: 'Fay Old' };

describe('the workload', () => {
  it('counts open concerns per go-to person (even none), anyone else still assigned, and nobody', () => {
    const rows = [
      queueRow({ assignees: [{ id: ben.id, name: 'Ben Cole' }] }),
      queueRow({ assignees: [{ id: ben.id, name: 'Ben Cole' }, gone] }),
      queueRow(),
    ];
    expect(workloadOf(rows, [ben, dee])).toEqual({
      lines: [
        { id: ben.id, name: 'Ben Cole', count: 2 },
        { id: gone.id, name: 'Fay Old', count: 1 },
        { id: dee.id, name: 'Dee Ray', count: 0 },
      ],
      unassigned: 1,
    });
  });

  it('names the oldest concern nobody has answered, before any answered one', () => {
    const answered = queueRow({ summary: 'answered', createdAt: '2026-01-01T08:00:00.000Z', answeredAt: '2026-01-01T09:00:00.000Z' });
    const old = queueRow({ summary: 'old', createdAt: '2026-02-01T08:00:00.000Z' });
    const recent = queueRow({ summary: 'recent', createdAt: '2026-03-01T08:00:00.000Z' });
    expect(oldestWaiting([recent, answered, old])?.summary).toBe('old');
    expect(oldestWaiting([answered])?.summary).toBe('answered');
    expect(oldestWaiting([])).toBeUndefined();
  });
});
