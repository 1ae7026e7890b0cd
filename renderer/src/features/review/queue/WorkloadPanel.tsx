/**
 * Who carries what: the open concerns in the queue per go-to person (active go-to people and admins, as the
 * desk knows them, and anyone else still assigned something), how many nobody has taken, and the oldest
 * concern waiting, which opens with a press.
 */
import { useId, useMemo, type ReactNode } from 'react';
import { Hourglass } from 'lucide-react';
import type { OfficeStaff } from '@shared/domain/review';
import type { QueueRow } from '../../../db/review-queue';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';

/** One line of the workload: a person and their open concerns in the queue. */
export interface WorkloadLine {
  readonly id: string;
  readonly name: string;
  readonly count: number;
}

/**
 * Open concerns per person: every go-to person (even with none), then anyone else assigned something, most
 * loaded first, then by name; and the number assigned to nobody.
 */
export function workloadOf(rows: readonly QueueRow[], goTo: readonly OfficeStaff[]): { lines: WorkloadLine[]; unassigned: number } {
  const lines = new Map<string, WorkloadLine>(goTo.map((m) => [m.id, { id: m.id, name: m.displayName, count: 0 }]));
  let unassigned = 0;
  for (const row of rows) {
    if (row.assignees.length === 0) unassigned += 1;
    for (const a of row.assignees) {
      const line = lines.get(a.id) ?? { id: a.id, name: a.name ?? t('reviewQueue.row.unknownStaff'), count: 0 };
      lines.set(a.id, { ...line, count: line.count + 1 });
    }
  }
  const byName = new Intl.Collator(undefined, { sensitivity: 'base' });
  return { lines: [...lines.values()].sort((a, b) => b.count - a.count || byName.compare(a.name, b.name)), unassigned };
}

/** The oldest concern in the queue nobody has answered yet, or the oldest of all when every one was. */
export function oldestWaiting(rows: readonly QueueRow[]): QueueRow | undefined {
  let oldest: QueueRow | undefined;
  for (const row of rows) {
    const isBetter =
      oldest === undefined ||
      (row.answeredAt === null && oldest.answeredAt !== null) ||
      ((row.answeredAt === null) === (oldest.answeredAt === null) && row.createdAt < oldest.createdAt);
    if (isBetter) oldest = row;
  }
  return oldest;
}

/** The workload panel. */
export function WorkloadPanel({ rows, goTo, onOpen }: { rows: readonly QueueRow[]; goTo: readonly OfficeStaff[]; onOpen: (id: string) => void }): ReactNode {
  const headingId = useId();
  const { lines, unassigned } = useMemo(() => workloadOf(rows, goTo), [rows, goTo]);
  const oldest = useMemo(() => oldestWaiting(rows), [rows]);
  return (
    <section className="queue-workload" aria-labelledby={headingId}>
      <h3 id={headingId} className="queue-side-title">{t('reviewQueue.workload.title')}</h3>
      {lines.length === 0 ? (
        <p className="queue-side-note">{t('reviewQueue.workload.none')}</p>
      ) : (
        <ul className="queue-workload-list">
          {lines.map((line) => (
            <li key={line.id}>{t('reviewQueue.workload.person', { name: line.name, count: line.count })}</li>
          ))}
        </ul>
      )}
      <p className="queue-side-note">{t('reviewQueue.workload.unassigned', { count: unassigned })}</p>
      <h4 className="queue-side-subtitle">{t('reviewQueue.workload.oldest')}</h4>
      {oldest === undefined ? (
        <p className="queue-side-note">{t('reviewQueue.workload.oldestNone')}</p>
      ) : (
        <button type="button" className="queue-oldest" data-testid="queue-oldest" onClick={() => onOpen(oldest.id)}>
          <Hourglass size={14} aria-hidden="true" />
          {t('reviewQueue.workload.oldestItem', { summary: oldest.summary, when: formatDateTime(oldest.createdAt) })}
        </button>
      )}
    </section>
  );
}
