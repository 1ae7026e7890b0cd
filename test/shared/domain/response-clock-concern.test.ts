/** A concern's own clock: it stops at the concern's first response, whatever its status says. */
import { describe, expect, it } from 'vitest';
import { emptyConcernFields, type Concern, type Status } from '@shared/domain/concern';
import { concernClock, defaultResponsePolicy } from '@shared/domain/response-clock';

const iso = (withOffset: string): string => new Date(withOffset).toISOString();
const berlin = defaultResponsePolicy('Europe/Berlin');
const loggedAt = iso('2026-03-10T15:00+01:00');
const weekLater = iso('2026-03-17T12:00+01:00');

const concern = (status: Status, firstResponseAt?: string | null): Concern => ({
  ...emptyConcernFields(),
  summary: 'Streetlight out on Elm St',
  priority: 'high',
  status,
  id: '0195f1a0-0000-7000-8000-000000000001',
  createdAt: loggedAt,
  createdBy: 'Ana',
  updatedAt: loggedAt,
  updatedBy: 'Ana',
  ...(firstResponseAt === undefined ? {} : { firstResponseAt }),
});

describe('the clock of a concern', () => {
  it('runs, then is overdue, while no answer is recorded, whatever its status says', () => {
    expect(concernClock(concern('new'), berlin, iso('2026-03-10T16:00+01:00'))?.state).toBe('running');
    expect(concernClock(concern('new'), berlin, weekLater)?.state).toBe('overdue');
    // Only firstResponseAt stops it (a concern taken up before status changes stopped the clock has none).
    expect(concernClock(concern('in-progress', null), berlin, weekLater)?.state).toBe('overdue');
    expect(concernClock(concern('acknowledged'), berlin, weekLater)?.state).toBe('overdue');
  });

  it('stops at the first response: answered in time is met, answered late is missed, never overdue', () => {
    const inTime = concernClock(concern('acknowledged', iso('2026-03-11T10:00+01:00')), berlin, weekLater);
    expect(inTime).toMatchObject({ state: 'met', label: 'answered in time' });
    const late = concernClock(concern('in-progress', iso('2026-03-11T16:30+01:00')), berlin, weekLater);
    expect(late).toMatchObject({ state: 'missed', label: 'answered 1 h 30 min late', overdueMs: 90 * 60_000 });
    // The time now no longer matters once it stopped.
    expect(concernClock(concern('in-progress', iso('2026-03-11T16:30+01:00')), berlin, iso('2027-01-01T00:00Z'))).toEqual(late);
  });

  it('has no clock once resolved or closed without an answer, and keeps the answered one after', () => {
    expect(concernClock(concern('resolved'), berlin, weekLater)).toBeNull();
    expect(concernClock(concern('closed', null), berlin, weekLater)).toBeNull();
    expect(concernClock(concern('resolved', iso('2026-03-11T10:00+01:00')), berlin, weekLater)?.state).toBe('met');
  });
});
