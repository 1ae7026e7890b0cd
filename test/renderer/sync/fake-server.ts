/**
 * The office server in process, for the engine's tests: shared/sync's memory store, applyMutation and a change
 * log, with the protocol's semantics (shared/sync/protocol.ts), and a SyncTransport bound to it with faults to
 * switch on (offline, lost answers, requests that arrive twice).
 *
 *   push  per desk, in order: an id seen before answers "duplicate" with its first outcome; a first id past
 *         the next expected one is a gap (nothing applied); each mutation runs in its own "transaction";
 *         a rejection is recorded and counts as done.
 *   pull  pages of the change log after a cursor "c1.<epoch>.<pos>.<pos>", never splitting a transaction, each
 *         row as it was at the page's end; lastMutationId is the desk's last mutation done by then. A cursor of
 *         another epoch gets 409 epoch.
 */
import { applyMutation } from '@shared/sync/apply';
import { createMutationContext } from '@shared/sync/context';
import { decodeCursor, encodeCursor } from '@shared/sync/cursor';
import { createMemoryStore, type MemoryStore } from '@shared/sync/memory-store';
import { PullRequestSchema, PushRequestSchema, type PushResult } from '@shared/sync/protocol';
import type { Row, RowChange, SyncStore, TableName } from '@shared/sync/store';
import type { PullBody, PullOutcome, PushOutcome, SyncTransport } from '../../../renderer/src/sync/transport';
import type { PushRequest } from '@shared/sync/protocol';

interface LogEntry {
  readonly table: TableName;
  readonly id: string;
  readonly row: Row | undefined;
}

interface Done {
  readonly outcome: 'applied' | 'rejected';
  readonly reason?: string;
  readonly code?: string;
  /** Log length once it was done. */
  readonly position: number;
}

/** What a test can switch on in a transport. */
export interface Faults {
  /** Every call fails as offline without reaching the server. */
  offline: boolean;
  /** The server handles the call, then its answer is lost (the desk sees offline). */
  loseAnswer: (kind: 'push' | 'pull') => boolean;
  /** The request reaches the server twice (the desk sees the second answer). */
  duplicate: (kind: 'push' | 'pull') => boolean;
  /** Runs before the call reaches the server: lets a test act at a desk in the middle of its sync. */
  before: (kind: 'push' | 'pull') => Promise<void>;
}

/** The fake server. */
export interface FakeServer {
  readonly store: MemoryStore;
  epoch: string;
  /** Most log entries in one page, whatever the desk asks for (small, so tests see many pages). */
  pageSize: number;
  /** How many times each (desk, mutation id) was applied or rejected: never more than once. */
  readonly runs: Map<string, number>;
  push(body: unknown): Promise<PushOutcome>;
  pull(body: unknown): Promise<PullOutcome>;
  /** Tells every listening desk to pull. */
  poke(): void;
  /** The database moved or was restored: a new epoch (cursors of the old one get 409). */
  moveTo(epoch: string): void;
  /** Forgets what it knew of a desk's mutations after `lastId` (a restore from an older backup). */
  forgetDesk(clientId: string, lastId: number): void;
  /** A transport to this server, with faults off until the test switches them on. */
  transport(): SyncTransport & { faults: Faults };
  /** The name the server stamps on a desk's rows (from the "session", never from the desk). */
  staffName(clientId: string): string;
}

const noFault = () => false;

/** Creates an empty fake server. */
export function createFakeServer(options: { pageSize?: number; staffName?: (clientId: string) => string } = {}): FakeServer {
  const store = createMemoryStore();
  const log: LogEntry[] = [];
  const txEnds: number[] = [];
  const done = new Map<string, Map<number, Done>>();
  const runs = new Map<string, number>();
  const listeners = new Set<() => void>();
  const staffName = options.staffName ?? ((clientId: string) => `Staff ${clientId.slice(-4)}`);

  // Writes go to the store and to the log, with the row as written: a page shows each row as of its end.
  const logged: SyncStore = {
    get: (table, id) => store.get(table, id),
    async put(table, row) {
      await store.put(table, row);
      log.push({ table, id: row.id, row: JSON.parse(JSON.stringify(row)) as Row });
    },
    async delete(table, id) {
      await store.delete(table, id);
      log.push({ table, id, row: undefined });
    },
  };

  const server: FakeServer = {
    store,
    epoch: 'e1',
    pageSize: options.pageSize ?? 1000,
    runs,
    staffName,
    async push(body) {
      const parsed = PushRequestSchema.safeParse(body);
      if (!parsed.success) return { kind: 'server-error', message: parsed.error.issues[0]?.message ?? 'bad push', status: 400 };
      const { clientId, mutations } = parsed.data;
      const desk = done.get(clientId) ?? new Map<number, Done>();
      done.set(clientId, desk);
      const last = () => Math.max(0, ...desk.keys());
      const first = mutations[0]?.id ?? 0;
      if (first > last() + 1) return { kind: 'gap', expected: last() + 1 };
      const results: PushResult[] = [];
      for (const m of mutations) {
        const seen = desk.get(m.id);
        if (seen !== undefined) {
          results.push({ id: m.id, status: 'duplicate', outcome: seen.outcome, ...(seen.reason === undefined ? {} : { reason: seen.reason, code: seen.code }) });
          continue;
        }
        const ctx = createMutationContext({ at: m.at, by: staffName(clientId), staffId: 's', officeId: 'o', clientId, mutationId: m.id });
        const outcome = await applyMutation(logged, m, ctx);
        runs.set(`${clientId}/${m.id}`, (runs.get(`${clientId}/${m.id}`) ?? 0) + 1);
        if (txEnds[txEnds.length - 1] !== log.length) txEnds.push(log.length);
        if (outcome.status === 'applied') {
          desk.set(m.id, { outcome: 'applied', position: log.length });
          results.push({ id: m.id, status: 'applied' });
        } else {
          desk.set(m.id, { outcome: 'rejected', reason: outcome.reason, code: outcome.rejection.code, position: log.length });
          results.push({ id: m.id, status: 'rejected', reason: outcome.reason, code: outcome.rejection.code });
        }
      }
      return { kind: 'ok', value: { results, lastMutationId: last() } };
    },
    async pull(body) {
      const parsed = PullRequestSchema.safeParse(body);
      if (!parsed.success) return { kind: 'server-error', message: parsed.error.issues[0]?.message ?? 'bad pull', status: 400 };
      const { clientId, cursor, limit } = parsed.data;
      let from = 0;
      if (cursor !== undefined) {
        const decoded = decodeCursor(cursor);
        if (decoded.epoch !== server.epoch) return { kind: 'epoch', epoch: server.epoch };
        from = Number(decoded.seq);
      }
      const want = Math.min(limit, server.pageSize);
      const to = txEnds.find((end) => end > from && end - from >= want) ?? log.length;
      const latest = new Map<string, RowChange>();
      for (const entry of log.slice(from, to)) {
        const key = `${entry.table}\u0000${entry.id}`;
        latest.delete(key);
        latest.set(key, { table: entry.table, id: entry.id, ...(entry.row === undefined ? {} : { row: entry.row }) } as RowChange);
      }
      const mine = [...(done.get(clientId) ?? new Map<number, Done>())].filter(([, d]) => d.position <= to).map(([id]) => id);
      return {
        kind: 'ok',
        value: {
          epoch: server.epoch,
          cursor: encodeCursor({ epoch: server.epoch, xid: to, seq: to }),
          hasMore: to < log.length,
          changes: [...latest.values()],
          lastMutationId: Math.max(0, ...mine),
          // Like the real server: a pull from the beginning says how many changes the log holds.
          ...(cursor === undefined ? { total: log.length } : {}),
        },
      };
    },
    poke() {
      for (const listener of [...listeners]) listener();
    },
    moveTo(epoch) {
      server.epoch = epoch;
    },
    forgetDesk(clientId, lastId) {
      const desk = done.get(clientId);
      for (const id of [...(desk?.keys() ?? [])]) if (id > lastId) desk?.delete(id);
    },
    transport() {
      const faults: Faults = { offline: false, loseAnswer: noFault, duplicate: noFault, before: async () => {} };
      const call = async <T extends PushOutcome | PullOutcome>(kind: 'push' | 'pull', body: PushRequest | PullBody): Promise<T> => {
        await faults.before(kind);
        if (faults.offline) return { kind: 'offline', message: 'offline (test)' } as T;
        const send = () => (kind === 'push' ? server.push(body) : server.pull(body)) as Promise<T>;
        let answer = await send();
        if (faults.duplicate(kind)) answer = await send();
        if (kind === 'push' && answer.kind === 'ok') server.poke();
        return faults.loseAnswer(kind) ? ({ kind: 'offline', message: 'answer lost (test)' } as T) : answer;
      };
      return {
        faults,
        push: (body) => call<PushOutcome>('push', body),
        pull: (body) => call<PullOutcome>('pull', body),
        events(onPoke) {
          const listener = () => {
            if (!faults.offline) onPoke();
          };
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      };
    },
  };
  return server;
}
