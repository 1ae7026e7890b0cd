/**
 * Applying one pulled page, in ONE Dexie transaction (SYNC.md, "Reads"): undo the pending mutations the page
 * concerns, write the page's rows, drop what the server acknowledged, re-run the rest (shared/sync rebase.ts),
 * rewrite their outbox entries and store the new cursor. Either all of it happens or none does.
 *
 * Only the pending mutations the page can affect are undone and re-run, so a desk with thousands of changes
 * waiting (a week offline, or every concern logged before sync) applies each page in time proportional to the
 * page, not to the outbox. Every mutator reads and writes only rows of the one concern its args name (its
 * rows, tag rows, tombstone, history), so a pending mutation is affected exactly when the page touches that
 * concern or an acknowledged mutation (undone here) works on it; rows of other concerns are left as they are,
 * which is what undoing and re-running them would give. A change or mutation whose concern is not known makes
 * the whole outbox take part. test/renderer/db/pulled-page.test.ts checks this against a full rebase.
 *
 * A page is applied only on top of the cursor it was asked from: a late or repeated answer (a duplicated
 * response, another tab that applied it first) is refused as stale, so nothing is applied twice.
 */
import { scopeOfTable } from '@shared/sync/scopes';
import { rebase, type PendingMutation, type RejectedMutation } from '@shared/sync/rebase';
import type { RowChange } from '@shared/sync/store';
import { tablesOf, type NotebookDb, type OutboxEntry, type WriteTables } from './database';
import { createDexieStore, syncTablesOf } from './dexie-store';
import { contextFor, localWriteScope } from './local-mutations';
import { readSyncState, writeSyncState } from './sync-state';

/** What applyPulledPage needs of a pull response. */
export interface PulledPage {
  readonly changes: readonly RowChange[];
  readonly lastMutationId: number;
  readonly cursor: string;
  readonly epoch: string;
}

/** A pending mutation that stopped applying on this desk, and why. */
export interface LocalRejection {
  readonly entry: OutboxEntry;
  readonly reason: string;
  readonly code: string;
}

/** What applying a page did. */
export type PageOutcome =
  | { readonly status: 'applied'; readonly acknowledged: number; readonly rejected: LocalRejection[]; readonly pending: number }
  | { readonly status: 'stale' };

const ALL = '*';

/** The concern each change belongs to, or '*' when a change does not say. */
function concernsOf(changes: readonly RowChange[]): Set<string> {
  const ids = new Set<string>();
  for (const change of changes) {
    switch (change.table) {
      case 'concerns':
      case 'concern_tombstones':
        ids.add(change.id);
        break;
      case 'concern_tags': {
        const colon = change.id.indexOf(':');
        ids.add(change.row?.concernId ?? (colon > 0 ? change.id.slice(0, colon) : ALL));
        break;
      }
      case 'concern_history':
      case 'escalation_fallbacks':
      case 'concern_flags':
      case 'concern_comments':
      case 'concern_responses':
        ids.add(change.row?.concernId ?? ALL);
        break;
      case 'concern_assignees': {
        const colon = change.id.indexOf(':');
        ids.add(change.row?.concernId ?? (colon > 0 ? change.id.slice(0, colon) : ALL));
        break;
      }
      case 'concern_escalations':
      case 'citizen_acknowledgements':
      case 'office_profile':
      case 'office_staff':
        // Written by the server only, and no mutator's outcome depends on it: nothing pending to re-run.
        break;
      case 'theme_corrections':
      case 'meeting_agenda':
      case 'meeting_decisions':
      case 'projects':
      case 'project_links':
      case 'project_thanks':
      case 'newsletters':
      case 'newsletter_unsubscribes':
        // The office's records: their mutators are filed under the tables' scope (shared/sync/scopes.ts).
        ids.add(scopeOfTable(change.table) ?? ALL);
        break;
    }
  }
  return ids;
}

/** The outbox entries the page can affect, oldest first (see above). */
async function entriesFor(db: Pick<WriteTables, 'outbox'>, page: PulledPage): Promise<OutboxEntry[]> {
  const acked = await db.outbox.where('mutationId').belowOrEqual(page.lastMutationId).toArray();
  const concerns = concernsOf(page.changes);
  // An acknowledged upload-only entry (an import batch) is never re-run, and neither are the others of its
  // scope: adding that scope would read every import batch still waiting, megabytes of rows, with each page.
  for (const entry of acked) if (entry.isUploadOnly !== true) concerns.add(entry.concernId);
  if (concerns.has(ALL) || (await db.outbox.where('concernId').equals(ALL).count()) > 0) {
    return db.outbox.orderBy('mutationId').toArray();
  }
  const touched = await db.outbox.where('concernId').anyOf([...concerns]).toArray();
  const byId = new Map<number, OutboxEntry>();
  for (const entry of [...acked, ...touched]) byId.set(entry.mutationId, entry);
  return [...byId.values()].sort((a, b) => a.mutationId - b.mutationId);
}

// A change the server already refused is not re-run either: it will never take effect, and staff were told.
/**
 * For confirmed uploads of concerns logged before sync: removes the desk's own "created" history entry where
 * the server's has arrived, so the concern's history starts once. Where it has not (the server refused the
 * upload), the desk's own stays: the concern is still on this desk, and so is the record of who logged it.
 */
async function dropOwnCreated(t: WriteTables, uploads: readonly OutboxEntry[]): Promise<void> {
  const own = new Map(uploads.flatMap((e) => (e.createdEntryId === undefined ? [] : [[e.concernId, e.createdEntryId] as const])));
  if (own.size === 0) return;
  const entries = await t.history.where('concernId').anyOf([...own.keys()]).toArray();
  const served = new Set(entries.filter((h) => h.kind === 'created' && h.id !== own.get(h.concernId)).map((h) => h.concernId));
  await t.history.bulkDelete([...own].filter(([concernId]) => served.has(concernId)).map(([, id]) => id));
}

const toPending = (entry: OutboxEntry): PendingMutation => {
  const refused = entry.rejectedLocally ?? entry.rejectedByServer;
  return { id: entry.mutationId, name: entry.name, args: entry.args, at: entry.at, undo: entry.undo, ...(refused === undefined ? {} : { rejectedLocally: refused }) };
};

/**
 * Applies a page asked for with `sentCursor` (undefined: from the beginning). `syncedAt` is stored as the
 * time of the last successful sync.
 */
export async function applyPulledPage(
  db: NotebookDb,
  page: PulledPage,
  sentCursor: string | undefined,
  syncedAt: string,
): Promise<PageOutcome> {
  return db.transaction('rw', localWriteScope(db), async (tx): Promise<PageOutcome> => {
    const t = tablesOf(tx);
    const state = await readSyncState(t);
    if (state.cursor !== sentCursor) return { status: 'stale' };
    const entries = await entriesFor(t, page);
    const byId = new Map(entries.map((e) => [e.mutationId, e]));
    // Concerns logged before sync are this desk's own rows, not guesses: never undone or re-run (database.ts).
    const uploads = entries.filter((e) => e.isUploadOnly === true);
    const normal = entries.filter((e) => e.isUploadOnly !== true);
    const clientId = state.clientId ?? '';
    const store = createDexieStore(syncTablesOf(t));
    const result = await rebase(store, page, normal.map(toPending), (m) => {
      const entry = byId.get(m.id);
      return contextFor(clientId, m.id, { at: m.at, by: entry?.by ?? '' });
    });
    await store.flush();
    const ackedUploadEntries = uploads.filter((e) => e.mutationId <= page.lastMutationId);
    const ackedUploads = ackedUploadEntries.map((e) => e.mutationId);
    await dropOwnCreated(t, ackedUploadEntries);
    await t.outbox.bulkDelete([...result.acknowledged, ...ackedUploads]);
    await t.outbox.bulkPut(
      result.pending.flatMap((m) => {
        const entry = byId.get(m.id);
        if (entry === undefined) return [];
        const isNewlyRejected = m.rejectedLocally !== undefined && entry.rejectedLocally === undefined && entry.rejectedByServer === undefined;
        return [{ ...entry, undo: [...m.undo], ...(isNewlyRejected ? { rejectedLocally: m.rejectedLocally } : {}) }];
      }),
    );
    const sameEpoch = state.epoch === page.epoch;
    const dropped = [...result.acknowledged, ...ackedUploads];
    await writeSyncState(t, {
      // The next id must stay past the entries dropped here (local-mutations.ts nextMutationId).
      nextMutationId: dropped.reduce((next, id) => Math.max(next, id + 1), state.nextMutationId),
      cursor: page.cursor,
      epoch: page.epoch,
      lastMutationId: sameEpoch ? Math.max(state.lastMutationId, page.lastMutationId) : page.lastMutationId,
      lastSyncAt: syncedAt,
      lastError: undefined,
    });
    return {
      status: 'applied',
      acknowledged: result.acknowledged.length + ackedUploads.length,
      rejected: result.rejected.map((r: RejectedMutation) => ({
        entry: { ...(byId.get(r.mutation.id) as OutboxEntry), rejectedLocally: r.reason },
        reason: r.reason,
        code: r.rejection.code,
      })),
      pending: await t.outbox.count(),
    };
  });
}

/**
 * Starts reading a new life of the server's database (another epoch) from the beginning, keeping the outbox:
 * rows already on the desk stay until the server's copies replace them, and every change not yet confirmed is
 * sent again (the server answers "duplicate" for those it has).
 */
export async function restartFromEpoch(db: NotebookDb, epoch: string): Promise<void> {
  await writeSyncState(db, { cursor: undefined, epoch, lastMutationId: 0 });
}
