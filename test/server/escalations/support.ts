/**
 * What the priority-lane suites share: an office with an admin and a desk, its settings pointed at an SMTP
 * sink, pushes that make concerns top priority, and reads of the outboxes (escalations and citizens'
 * acknowledgements) and their synced rows (workers.ts starts delivery workers).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { UpdateOfficeSettingsRequestSchema, type UpdateOfficeSettingsRequest } from '@shared/api/office-settings';
import type { ConcernFields } from '@shared/domain/concern';
import type { PushMutation } from '@shared/sync/protocol';
import type { CitizenAcknowledgement, ConcernEscalation } from '@shared/sync/store';
import type { Db, Queryable } from '../../../server/src/db/db';
import type { AcknowledgementRow } from '../../../server/src/escalations/acknowledgement-rows';
import { saveOfficeSettings } from '../../../server/src/escalations/office-settings';
import type { OutboxRow } from '../../../server/src/escalations/outbox-rows';
import type { SmtpSink } from '../../helpers/smtp-sink-process';
import { createStaff, migrateForTests, type TestStaff } from '../../helpers/staff';
import { concernId, fields, mutation, push } from '../sync/support';

export { concernId, fields, mutation, push };

/** The address links in test emails start with. */
export const PUBLIC_URL = 'http://notebook.town.example/';

/** An office with its admin and a desk that pushes. */
export interface TestOffice {
  readonly officeId: string;
  readonly admin: TestStaff;
  readonly desk: TestStaff;
  readonly clientId: string;
}

/** Migrates and makes an office with an admin (Ana) and a desk where a go-to person (Ben) works, who may delete. */
export async function createTestOffice(db: Db): Promise<TestOffice> {
  await migrateForTests(db);
  const admin = await createStaff(db, { role: 'admin', displayName: 'Ana' });
  const desk = await createStaff(db, { officeId: admin.officeId, role: 'goto', displayName: 'Ben at the front desk' });
  return { officeId: admin.officeId, admin, desk, clientId: randomUUID() };
}

/** Settings that send to the sink on `port` without encryption (loopback), with any changes. */
export function settingsFor(port: number, changes: Partial<UpdateOfficeSettingsRequest> = {}): UpdateOfficeSettingsRequest {
  return {
    priorityAddresses: ['urgent@town.example', 'mayor@town.example'],
    senderAddress: 'notebook@town.example',
    smtp: { host: '127.0.0.1', port, tls: 'none', user: '' },
    includeContactDetails: false,
    maxAttempts: 8,
    ...changes,
  };
}

/** Saves the office's settings directly (the routes have their own suite). */
export async function saveSettings(db: Db, office: TestOffice, settings: UpdateOfficeSettingsRequest): Promise<void> {
  await saveOfficeSettings(db, office.officeId, office.admin.id, UpdateOfficeSettingsRequestSchema.parse(settings));
}

/** A logConcern of concernId(n) at top priority (or the priority given). */
export function logTop(mutationId: number, n: number, changes: Partial<ConcernFields> = {}): PushMutation {
  return mutation(mutationId, 'logConcern', { id: concernId(n), fields: fields({ priority: 'top', ...changes }) });
}

/** Pushes mutations from the office's desk; fails the test unless every one applied. */
export async function pushApplied(app: FastifyInstance, office: TestOffice, mutations: PushMutation[]): Promise<void> {
  const res = await push(app, office.desk, { clientId: office.clientId, mutations });
  expect(res.statusCode, res.body).toBe(200);
  for (const result of res.json<{ results: { status: string; outcome?: string }[] }>().results) {
    expect(result.outcome ?? result.status).toBe('applied');
  }
}

/** Every outbox row, oldest first. */
export async function outboxRows(q: Queryable): Promise<OutboxRow[]> {
  return (await q.query<OutboxRow>('select * from escalation_outbox order by queued_at, concern_id, escalation_number')).rows;
}

/** Every synced escalation row, by id. */
export async function escalationRows(q: Queryable): Promise<ConcernEscalation[]> {
  return (await q.query<{ row: ConcernEscalation }>('select row from concern_escalations order by id')).rows.map((r) => r.row);
}

/** Polls until the synced row `id` of `table` passes `check`; returns it. */
async function waitForRow<T>(q: Queryable, table: 'concern_escalations' | 'citizen_acknowledgements', id: string, check: (row: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    const { rows } = await q.query<{ row: T }>(`select row from ${table} where id = $1`, [id]);
    last = rows[0]?.row;
    if (last !== undefined && check(last)) return last;
    if (Date.now() > deadline) throw new Error(`${table} ${id} did not get there in ${timeoutMs} ms: ${JSON.stringify(last)}`);
    await new Promise((resolveLater) => setTimeout(resolveLater, 50));
  }
}

/** Polls until the escalation row of concernId(n)'s escalation `number` passes `check`; returns it. */
export function waitForEscalation(
  q: Queryable,
  n: number,
  check: (row: ConcernEscalation) => boolean,
  { number = 1, timeoutMs = 20_000 } = {},
): Promise<ConcernEscalation> {
  return waitForRow(q, 'concern_escalations', `${concernId(n)}:${number}`, check, timeoutMs);
}

/** Every acknowledgement_outbox row, oldest first. */
export async function acknowledgementOutboxRows(q: Queryable): Promise<AcknowledgementRow[]> {
  return (await q.query<AcknowledgementRow>('select * from acknowledgement_outbox order by queued_at, concern_id')).rows;
}

/** Every synced acknowledgement row, by id. */
export async function acknowledgementRows(q: Queryable): Promise<CitizenAcknowledgement[]> {
  return (await q.query<{ row: CitizenAcknowledgement }>('select row from citizen_acknowledgements order by id')).rows.map((r) => r.row);
}

/** Polls until the synced acknowledgement of concernId(n) passes `check`; returns it. */
export function waitForAcknowledgement(
  q: Queryable,
  n: number,
  check: (row: CitizenAcknowledgement) => boolean,
  timeoutMs = 20_000,
): Promise<CitizenAcknowledgement> {
  return waitForRow(q, 'citizen_acknowledgements', concernId(n), check, timeoutMs);
}

/** Exactly `count` messages arrive (the sink reports them from its own process, so wait for them), and no more. */
export async function expectMessages(smtp: SmtpSink, count: number): Promise<void> {
  await smtp.waitForMessages(count);
  await new Promise((resolveLater) => setTimeout(resolveLater, 300));
  expect(smtp.messages).toHaveLength(count);
}
