/**
 * What the priority-lane suites share: an office with an admin and a desk, its settings pointed at an SMTP
 * sink, pushes that make concerns top priority, and reads of the outbox (workers.ts starts delivery workers).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { UpdateOfficeSettingsRequestSchema, type UpdateOfficeSettingsRequest } from '@shared/api/office-settings';
import type { ConcernFields } from '@shared/domain/concern';
import type { PushMutation } from '@shared/sync/protocol';
import type { ConcernEscalation } from '@shared/sync/store';
import type { Db, Queryable } from '../../../server/src/db/db';
import { saveOfficeSettings } from '../../../server/src/escalations/office-settings';
import type { OutboxRow } from '../../../server/src/escalations/outbox-rows';
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

/** Polls until the escalation row of concernId(n)'s escalation `number` passes `check`; returns it. */
export async function waitForEscalation(
  q: Queryable,
  n: number,
  check: (row: ConcernEscalation) => boolean,
  { number = 1, timeoutMs = 20_000 } = {},
): Promise<ConcernEscalation> {
  const id = `${concernId(n)}:${number}`;
  const deadline = Date.now() + timeoutMs;
  let last: ConcernEscalation | undefined;
  for (;;) {
    const { rows } = await q.query<{ row: ConcernEscalation }>('select row from concern_escalations where id = $1', [id]);
    last = rows[0]?.row;
    if (last !== undefined && check(last)) return last;
    if (Date.now() > deadline) throw new Error(`Escalation ${id} did not get there in ${timeoutMs} ms: ${JSON.stringify(last)}`);
    await new Promise((resolveLater) => setTimeout(resolveLater, 50));
  }
}
