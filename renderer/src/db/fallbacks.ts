/**
 * The priority lane while a desk cannot reach the office server: which top-priority concerns this desk raised
 * that the server has not received yet (so nobody has been emailed), and the desk's own records of sending one
 * on itself (escalation_fallbacks, written through the recordEscalationFallback mutator).
 */
import type { Concern } from '@shared/domain/concern';
import type { EscalationFallback } from '@shared/sync/store';
import type { NotebookDb, OutboxEntry } from './database';
import { fromStored } from './stored-concern';

/** A top-priority concern whose priority email cannot have gone out: the change that raised it waits at this desk. */
export interface WaitingEscalation {
  readonly concern: Concern;
  /** When this desk made it top priority (the oldest such change still waiting), ISO 8601 UTC. */
  readonly since: string;
}

type Args = Record<string, unknown> | undefined;
const argsOf = (entry: OutboxEntry): Args =>
  entry.args !== null && typeof entry.args === 'object' ? (entry.args as Record<string, unknown>) : undefined;

/** True when the waiting change makes its concern top priority (logged as top, or raised by an edit). */
export function raisesToTop(entry: OutboxEntry): boolean {
  if (entry.rejectedLocally !== undefined || entry.rejectedByServer !== undefined) return false;
  const args = argsOf(entry);
  switch (entry.name) {
    case 'logConcern':
      return (args?.fields as { priority?: unknown } | undefined)?.priority === 'top';
    case 'setPriority':
      return args?.to === 'top';
    case 'editConcern':
      return (args?.patch as { priority?: unknown } | undefined)?.priority === 'top';
    default:
      return false;
  }
}

/**
 * Concerns that are top priority now, whose raise is still in this desk's outbox, and that nobody at this desk
 * has sent on since: oldest first. Reads only the outbox entries of top-priority concerns (both indexed), so a
 * desk with thousands of changes waiting does not walk them all on every save.
 */
export async function escalationsWaitingAtDesk(db: NotebookDb): Promise<WaitingEscalation[]> {
  const topIds = await db.concerns.where('priority').equals('top').primaryKeys();
  if (topIds.length === 0) return [];
  const raises = new Map<string, string[]>();
  for (const entry of await db.outbox.where('concernId').anyOf(topIds).toArray()) {
    if (raisesToTop(entry)) raises.set(entry.concernId, [...(raises.get(entry.concernId) ?? []), entry.at]);
  }
  if (raises.size === 0) return [];
  const ids = [...raises.keys()];
  const [stored, fallbacks] = await Promise.all([
    db.concerns.bulkGet(ids),
    db.escalation_fallbacks.where('concernId').anyOf(ids).toArray(),
  ]);
  const lastFallback = new Map<string, string>();
  for (const f of fallbacks) if (f.at > (lastFallback.get(f.concernId) ?? '')) lastFallback.set(f.concernId, f.at);
  // A fallback covers the raises made before it; a raise after it (lowered, then raised again) is a new escalation.
  return stored
    .flatMap((row) => {
      if (row === undefined || row.priority !== 'top') return [];
      const covered = lastFallback.get(row.id) ?? '';
      const open = (raises.get(row.id) ?? []).filter((at) => at > covered).sort();
      return open[0] === undefined ? [] : [{ concern: fromStored(row), since: open[0] }];
    })
    .sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
}

/** The desk fallbacks recorded for a concern, oldest first. */
export async function fallbacksOf(db: NotebookDb, concernId: string): Promise<EscalationFallback[]> {
  const rows = await db.escalation_fallbacks.where('concernId').equals(concernId).toArray();
  return rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
