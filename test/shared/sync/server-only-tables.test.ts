import { describe, expect, it } from 'vitest';
import { MutationRejected } from '@shared/sync/errors';
import { createMemoryStore } from '@shared/sync/memory-store';
import { mutatorStore } from '@shared/sync/mutators';
import { ConcernEscalationSchema, SERVER_ONLY_TABLES, concernEscalationId, type ConcernEscalation } from '@shared/sync/store';
import { defaultOfficeProfile } from '@shared/domain/office-profile';
import { concernId, timeOf } from './fixtures';

const escalation: ConcernEscalation = {
  id: concernEscalationId(concernId(1), 1),
  concernId: concernId(1),
  escalationNumber: 1,
  state: 'sent',
  to: ['urgent@town.example'],
  queuedAt: timeOf(1),
  nextAttemptAt: null,
  sentAt: timeOf(2),
  failedAt: null,
  attempts: 1,
  lastError: null,
};

describe('server-only tables', () => {
  it('keeps the priority email state out of every mutator: a write or delete is rejected and changes nothing', async () => {
    expect(SERVER_ONLY_TABLES).toEqual(['concern_escalations', 'citizen_acknowledgements', 'office_profile', 'office_staff']);
    const store = createMemoryStore({ concern_escalations: { [escalation.id]: escalation } });
    const view = mutatorStore(store);
    const forged = { ...escalation, state: 'failed' as const, failedAt: timeOf(3) };
    await expect(view.put('concern_escalations', forged)).rejects.toThrow(MutationRejected);
    await expect(view.delete('concern_escalations', escalation.id)).rejects.toMatchObject({ code: 'server-only-table' });
    expect(await view.get('concern_escalations', escalation.id)).toEqual(escalation);
    expect(store.rows('concern_escalations')).toEqual([escalation]);
  });

  it('refuses a device writing the office profile or an acknowledgement, whatever the row says', async () => {
    const view = mutatorStore(createMemoryStore());
    const profile = defaultOfficeProfile('Europe/Berlin');
    await expect(view.put('office_profile', profile)).rejects.toMatchObject({ code: 'server-only-table' });
    await expect(view.delete('citizen_acknowledgements', concernId(1))).rejects.toMatchObject({ code: 'server-only-table' });
  });

  it('lets mutators write the tables desks share', async () => {
    const store = createMemoryStore();
    await mutatorStore(store).put('concern_tombstones', { id: concernId(1), deletedAt: timeOf(1), deletedBy: 'Ana' });
    expect(store.rows('concern_tombstones')).toHaveLength(1);
  });

  it('accepts an escalation row only under its "<concernId>:<number>" id', () => {
    expect(ConcernEscalationSchema.safeParse(escalation).success).toBe(true);
    expect(ConcernEscalationSchema.safeParse({ ...escalation, id: `${concernId(1)}:2` }).success).toBe(false);
  });
});
