/**
 * Who hears of a failed priority email and which failures ring or show: go-to people and admins signed in at
 * the desk, never counter staff or facilitators; a notification only for a failure of the last day; the list
 * without dismissed failures, but with a new failure of the same email and with the emails resent from here.
 */
import { describe, expect, it } from 'vitest';
import type { Concern } from '@shared/domain/concern';
import type { ConcernEscalation } from '@shared/sync/store';
import type { Role } from '@shared/api/staff';
import { failureKey, type EscalationWithConcern, type OfficeRecord } from '../../../../renderer/src/db';
import { canActOnFailures, listed, ringable } from '../../../../renderer/src/features/alerts/failure-alerts';

const now = new Date('2026-12-03T10:00:00.000Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();

function account(role: Role): OfficeRecord {
  return {
    address: 'http://127.0.0.1:4195',
    officeId: 'office',
    officeName: 'Riverside Town Hall',
    staffId: 'staff',
    displayName: 'Ana Ortiz',
    email: 'ana@riverside.example',
    role,
    isSignedIn: true,
    signedInAt: hoursAgo(1),
  };
}

function alert(name: string, changes: Partial<ConcernEscalation> = {}): EscalationWithConcern {
  const escalation: ConcernEscalation = {
    id: `${name}:1`,
    concernId: name,
    escalationNumber: 1,
    state: 'failed',
    to: ['urgent@town.example'],
    queuedAt: hoursAgo(3),
    nextAttemptAt: null,
    sentAt: null,
    failedAt: hoursAgo(2),
    attempts: 1,
    lastError: 'The mail server refused the email with code 550.',
    ...changes,
  };
  return { escalation, concern: { id: name, summary: name } as Concern };
}

describe('who hears of failed priority emails', () => {
  it.each([
    ['admin', true],
    ['goto', true],
    ['counter', false],
    ['facilitator', false],
  ] as const)('a signed-in %s: %s', (role, hears) => {
    expect(canActOnFailures({ phase: 'signed-in', account: account(role) })).toBe(hears);
  });

  it('not an admin whose desk is signed out: resending needs the server', () => {
    expect(canActOnFailures({ phase: 'signed-out', account: account('admin') })).toBe(false);
    expect(canActOnFailures({ phase: 'no-server', account: undefined })).toBe(false);
  });
});

describe('which failures ring', () => {
  it('rings for failures of the last day only, and never for an email that is no longer failed', () => {
    const alerts = [
      alert('fresh', { failedAt: hoursAgo(1) }),
      alert('yesterday', { failedAt: hoursAgo(25) }),
      alert('resent', { state: 'queued', failedAt: null }),
    ];
    expect(ringable(alerts, now).map(({ concern }) => concern.summary)).toEqual(['fresh']);
  });
});

describe('which alerts are listed', () => {
  it('leaves out a dismissed failure but shows the same email’s next failure', () => {
    const first = alert('gas', { failedAt: hoursAgo(3) });
    const again = alert('gas', { failedAt: hoursAgo(1) });
    const dismissed = new Set([failureKey(first.escalation)]);
    expect(listed([first], dismissed, new Set())).toEqual([]);
    expect(listed([again], dismissed, new Set())).toEqual([again]);
  });

  it('shows an email resent from here until dismissed, and no one else’s emails that are not failed', () => {
    const resent = alert('gas', { state: 'sent', failedAt: null, sentAt: hoursAgo(0) });
    const other = alert('tree', { state: 'queued', failedAt: null });
    expect(listed([resent, other], new Set(), new Set(['gas:1']))).toEqual([resent]);
    expect(listed([resent, other], new Set(), new Set())).toEqual([]);
  });
});
