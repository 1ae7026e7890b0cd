/** Queue rows for the queue's tests: a plain open concern's row with the given changes. */
import { emptyConcernFields, type Concern } from '@shared/domain/concern';
import type { QueueRow } from '../../../../../renderer/src/db/review-queue';

let n = 0;

/** A queue row (its concern kept in step for the fields the row copies). */
export function queueRow(changes: Partial<QueueRow> = {}): QueueRow {
  n += 1;
  const id = `0195f1a0-0000-7000-8000-${String(n).padStart(12, '0')}`;
  const createdAt = changes.createdAt ?? '2026-03-10T09:00:00.000Z';
  const concern: Concern = {
    ...emptyConcernFields(),
    id,
    summary: changes.summary ?? `Concern ${n}`,
    priority: changes.priority ?? 'normal',
    status: changes.status ?? 'new',
    createdAt,
    createdBy: changes.createdBy ?? 'Ana',
    updatedAt: createdAt,
    updatedBy: 'Ana',
  };
  return {
    id,
    reference: id.replace(/-/g, '').slice(-8).toUpperCase(),
    summary: concern.summary,
    priority: concern.priority,
    status: concern.status,
    channel: 'phone',
    category: '',
    tags: [],
    area: '',
    address: '',
    createdAt,
    createdBy: concern.createdBy,
    assignees: [],
    flags: null,
    dueAt: '2026-03-17T09:00:00.000Z',
    answeredAt: null,
    isOverdue: false,
    raisedCount: 1,
    reasons: ['priority'],
    concern,
    ...changes,
  };
}
