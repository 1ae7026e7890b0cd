/**
 * The version 4 upgrade: a desk that logged concerns before sync existed must upload every one of them the
 * first time it connects, with the ids it already has. So, in the upgrade transaction:
 *   - the desk gets its client id;
 *   - each concern, in id order (UUIDv7: oldest first), gets an outbox entry `logConcern {id, fields}` stamped
 *     with its creation time and author, mutation ids 1, 2, 3, ... (marked isUploadOnly: see database.ts);
 *   - the concern's tag rows are made as that mutation makes them on the server, with the same add ids (they
 *     derive from the client id and mutation id), so removing a tag before the first sync names the add ids the
 *     server will have. The rows come from running the real logConcern on a scratch store, so this cannot
 *     drift from the mutator.
 * The concerns and their history are not touched. The server makes its own "created" entry for each upload;
 * when it arrives, the desk's own one is removed (pulled-page.ts), so the notebook never shows two.
 *
 * Cost: about a quarter of a millisecond per concern in Chromium, once, while the app starts (20,000 concerns:
 * about 5 s on a 2-vCPU machine), mostly writing the outbox entries. What the server cannot get this way: edits made before sync stay in this desk's
 * history only (no mutator imports past history), and the server stamps each concern with the signed-in
 * account's name.
 */
import type { Transaction } from 'dexie';
import { fieldsOf, type HistoryEntry } from '@shared/domain/history';
import { MutationRejected } from '@shared/sync/errors';
import { runMutation } from '@shared/sync/mutators';
import type { ConcernTag, Row, SyncStore, SyncTables, TableName } from '@shared/sync/store';
import type { OutboxEntry, StoredConcern, SyncStateRow } from './database';
import { contextFor } from './local-mutations';
import { fromStored } from './stored-concern';

const CHUNK = 1000;

/** The outbox entry that uploads a concern logged before sync, and the tag rows it makes on the server. */
export interface Upload {
  readonly entry: OutboxEntry;
  readonly tagRows: ConcernTag[];
}

/** An empty store that keeps what is written, without the memory store's copies (nothing else sees it). */
function scratchStore(): { store: SyncStore; rows: Map<string, Row> } {
  const rows = new Map<string, Row>();
  const key = (table: TableName, id: string) => `${table}\u0000${id}`;
  const store: SyncStore = {
    get: async <T extends TableName>(table: T, id: string) => rows.get(key(table, id)) as SyncTables[T] | undefined,
    put: async (table, row) => {
      rows.set(key(table, row.id), row);
    },
    delete: async (table, id) => {
      rows.delete(key(table, id));
    },
  };
  return { store, rows };
}

/** Builds the upload of one concern as mutation `mutationId` of desk `clientId`. */
export async function uploadOf(
  row: StoredConcern,
  clientId: string,
  mutationId: number,
  createdEntryId?: string,
): Promise<Upload> {
  const concern = fromStored(row);
  const author = { at: concern.createdAt, by: concern.createdBy };
  const args = { id: concern.id, fields: fieldsOf(concern) };
  const entry: OutboxEntry = {
    mutationId,
    name: 'logConcern',
    args,
    ...author,
    concernId: concern.id,
    undo: [],
    isUploadOnly: true,
    ...(createdEntryId === undefined ? {} : { createdEntryId }),
  };
  const scratch = scratchStore();
  try {
    await runMutation(scratch.store, entry.name, args, contextFor(clientId, mutationId, author));
  } catch (error) {
    // A concern the mutator refuses (data an older version let through) is still queued: the server's refusal
    // reaches staff in plain words, and the concern stays on this desk.
    if (error instanceof MutationRejected) return { entry, tagRows: [] };
    throw error;
  }
  const tagRows = [...scratch.rows].filter(([key]) => key.startsWith('concern_tags\u0000')).map(([, tag]) => tag as ConcernTag);
  return { entry, tagRows };
}

/** Runs the version 4 upgrade in Dexie's upgrade transaction. */
export async function upgradeToV4(tx: Transaction, newClientId: () => string): Promise<void> {
  const concerns = tx.table<StoredConcern, string>('concerns');
  const clientId = newClientId();
  // One getAll, not a cursor: a callback per row is several times slower on a full desk.
  const created = new Map<string, string>();
  for (const entry of await tx.table<HistoryEntry, string>('history').toArray()) {
    if (entry.kind === 'created' && !created.has(entry.concernId)) created.set(entry.concernId, entry.id);
  }
  let next = 1;
  let after: string | undefined;
  for (;;) {
    // Key ranges read with getAll; bulkGet would be one request per row.
    const range = after === undefined ? concerns.toCollection() : concerns.where(':id').above(after);
    const rows = await range.limit(CHUNK).toArray();
    if (rows.length === 0) break;
    after = rows[rows.length - 1]?.id;
    const uploads: Upload[] = [];
    for (const row of rows) uploads.push(await uploadOf(row, clientId, next++, created.get(row.id)));
    await tx.table<OutboxEntry, number>('outbox').bulkAdd(uploads.map((u) => u.entry));
    await tx.table<ConcernTag, string>('concern_tags').bulkPut(uploads.flatMap((u) => u.tagRows));
  }
  await tx.table<SyncStateRow, string>('sync_state').bulkPut([
    { key: 'clientId', value: clientId },
    { key: 'nextMutationId', value: next },
  ]);
}
