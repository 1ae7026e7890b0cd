/**
 * The review queue views a person saved at this desk (a name and a combination of filters), kept as one JSON
 * value in the settings table under its own key, apart from the desk settings: a view that no longer reads
 * (saved by a later version, say) must never make the desk's settings unreadable. The filters' shape belongs
 * to the queue (features/review/queue/queue-filter.ts), which validates what this returns.
 */
import type { NotebookDb } from './database';

const KEY = 'reviewQueue.views';

/** A saved view as stored: its filter is checked by whoever reads it. */
export interface StoredQueueView {
  readonly id: string;
  readonly name: string;
  readonly filter: unknown;
}

function isStoredView(value: unknown): value is StoredQueueView {
  if (typeof value !== 'object' || value === null) return false;
  const view = value as Record<string, unknown>;
  return typeof view.id === 'string' && typeof view.name === 'string' && 'filter' in view;
}

/** The saved views, oldest first; [] when none (or when the stored value is not a list of views). */
export async function savedQueueViews(db: NotebookDb): Promise<StoredQueueView[]> {
  const row = await db.settings.get(KEY);
  return Array.isArray(row?.value) ? row.value.filter(isStoredView) : [];
}

/** Replaces the saved views with `views`. */
export async function saveQueueViews(db: NotebookDb, views: readonly StoredQueueView[]): Promise<void> {
  await db.settings.put({ key: KEY, value: views.map(({ id, name, filter }) => ({ id, name, filter })) });
}
