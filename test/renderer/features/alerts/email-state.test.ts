/** What a priority email's or a citizen acknowledgement's state line says, in the words staff read. */
import { describe, expect, it } from 'vitest';
import type { CitizenAcknowledgement, ConcernEscalation } from '@shared/sync/store';
import { acknowledgementLine, escalationLine } from '../../../../renderer/src/features/alerts/email-state';
import { formatDateTime } from '../../../../renderer/src/lib/format';

const at = '2026-12-03T10:42:00.000Z';
const acknowledgement: CitizenAcknowledgement = {
  id: '0195f1a0-0000-7000-8000-0000000000a1',
  concernId: '0195f1a0-0000-7000-8000-0000000000a1',
  state: 'queued',
  to: 'x@y.example',
  queuedAt: at,
  nextAttemptAt: at,
  sentAt: null,
  failedAt: null,
  attempts: 0,
  lastError: null,
};
const escalation: ConcernEscalation = {
  id: '0195f1a0-0000-7000-8000-0000000000a1:1',
  concernId: '0195f1a0-0000-7000-8000-0000000000a1',
  escalationNumber: 1,
  state: 'failed',
  to: ['urgent@town.example'],
  queuedAt: at,
  nextAttemptAt: null,
  sentAt: null,
  failedAt: at,
  attempts: 1,
  lastError: 'The mail server refused the email with code 550.',
};

describe('the acknowledgement line', () => {
  it('says queued, retrying, sent to whom and when, or failed and why', () => {
    expect(acknowledgementLine(acknowledgement)).toEqual({ state: 'queued', text: 'Acknowledgement to citizen: queued.' });
    expect(acknowledgementLine({ ...acknowledgement, state: 'sending' }).state).toBe('queued');
    expect(acknowledgementLine({ ...acknowledgement, attempts: 1, lastError: 'The mail server did not answer in time.' }).text).toBe(
      'Acknowledgement to citizen: not sent yet, trying again (The mail server did not answer in time).',
    );
    expect(acknowledgementLine({ ...acknowledgement, state: 'sent', sentAt: at })).toEqual({
      state: 'sent',
      text: `Acknowledgement to citizen: sent to x@y.example at ${formatDateTime(at)}.`,
    });
    expect(acknowledgementLine({ ...acknowledgement, state: 'failed', failedAt: at, lastError: 'No such mailbox.' })).toEqual({
      state: 'failed',
      text: 'Acknowledgement to citizen: failed: No such mailbox.',
    });
  });
});

describe('the priority email line', () => {
  it('says why it failed in one sentence, and that a desk sent it on itself when handled', () => {
    expect(escalationLine(escalation)).toEqual({
      state: 'failed',
      text: 'Priority email failed: The mail server refused the email with code 550. Tell the office by phone; an admin should check the mail settings.',
    });
    expect(escalationLine({ ...escalation, state: 'handled', failedAt: null }).state).toBe('handled');
    expect(escalationLine({ ...escalation, state: 'queued', failedAt: null, attempts: 0, lastError: null }).state).toBe('queued');
  });
});
