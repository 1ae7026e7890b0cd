/**
 * The desk's sync engine: sends the outbox and takes in the server's changes, by itself and without ever
 * making staff wait.
 *
 * One round (round.ts) pushes a few batches of the outbox, then pulls every page the server has, and repeats
 * while the outbox has more to send. Rounds never overlap; a trigger during one asks for another after it.
 * Triggers: a local change, a poke from the server, the browser coming online, the window getting focus, and
 * a timer (every 30 s after a good round; after failures, exponential backoff with jitter). An unauthorized
 * answer stops the engine until syncNow() (after signing in again), since retrying cannot help.
 *
 * Everything the engine does to the database is in renderer/src/db (one transaction per page, per push
 * result); the engine itself keeps nothing it cannot lose (the page size).
 */
import {
  countPending,
  ensureClientId,
  onLocalMutation,
  readSyncState,
  recordSyncProblem,
  type NotebookDb,
} from '../db';
import { DEFAULT_BACKOFF, backoffDelay, type BackoffPolicy } from './backoff';
import { deskError } from './problems';
import { START_PULL_LIMIT } from './pull';
import { rejectionOf, type SyncRejection } from './rejections';
import { syncRound, type RoundResult } from './round';
import { observable, type Observable, type SyncProblem, type SyncStatus } from './status';
import type { SyncTransport } from './transport';

/** The engine's time source; tests pass one they control. */
export interface SyncClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real clock. */
export const systemClock: SyncClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Where 'online' and 'focus' events come from (the window, in the app). */
export interface SyncEnvironment {
  addEventListener(type: 'online' | 'focus', listener: () => void): void;
  removeEventListener(type: 'online' | 'focus', listener: () => void): void;
}

/** What the engine is made of. */
export interface SyncEngineOptions {
  readonly db: NotebookDb;
  /** The way to the office server; without one the desk is local-only and the engine only counts changes. */
  readonly transport?: SyncTransport;
  readonly clock?: SyncClock;
  /** For backoff jitter (0 <= x < 1). */
  readonly random?: () => number;
  /** Default: the window when there is one. */
  readonly environment?: SyncEnvironment;
  /** Milliseconds between rounds when all is well (default 30 s). */
  readonly periodMs?: number;
  readonly backoff?: BackoffPolicy;
}

/** The running engine. */
export interface SyncEngine {
  readonly status: Observable<SyncStatus>;
  /** Reads the desk's sync state, starts listening and syncs once; resolves when the status is loaded. */
  start(): Promise<void>;
  /** Stops listening and timers; resolves when a round in progress has finished. */
  stop(): Promise<void>;
  /** Syncs now (also after an unauthorized answer, and without start()); resolves when the round is done. */
  syncNow(): Promise<void>;
  /** Calls `listener` for each change of this desk that was rolled back or refused. */
  onRejected(listener: (rejection: SyncRejection) => void): () => void;
}

/** Creates the engine (not started). */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, transport } = options;
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const environment = options.environment ?? (typeof window === 'undefined' ? undefined : window);
  const status = observable<SyncStatus>({
    state: transport === undefined ? 'local-only' : 'syncing',
    pending: 0,
    lastSyncAt: undefined,
    lastError: undefined,
    firstSyncProgress: undefined,
  });
  const rejectionListeners = new Set<(rejection: SyncRejection) => void>();
  const cleanups: (() => void)[] = [];
  let limit = START_PULL_LIMIT;
  let failures = 0;
  let isStarted = false;
  let isStopped = false;
  let isBlocked = false;
  let timer: unknown;
  let running: Promise<void> | undefined;
  let again = false;

  const report = (rejection: SyncRejection) => {
    for (const listener of [...rejectionListeners]) listener(rejection);
  };
  const refreshPending = () =>
    countPending(db).then(
      (pending) => status.set({ pending }),
      (error: unknown) => console.error(error),
    );

  const readStateSafely = () => readSyncState(db).catch(() => ({ lastSyncAt: status.get().lastSyncAt }));

  /** One round, with the status and the desk's stored problem kept up to date. Never throws. */
  async function cycle(sync: SyncTransport): Promise<'ok' | 'failed'> {
    status.set({ state: 'syncing' });
    let result: RoundResult;
    try {
      const clientId = await ensureClientId(db);
      result = await syncRound({
        db,
        transport: sync,
        clientId,
        limit,
        clock: { now: () => clock.now(), yield: () => new Promise((resolve) => clock.setTimeout(resolve, 0)) },
        onPage(rows, outcome, isFirstSync, total) {
          const before = status.get().firstSyncProgress;
          const estimate = total ?? before?.total;
          const progress = isFirstSync
            ? { rows: (before?.rows ?? 0) + rows, pages: (before?.pages ?? 0) + 1, ...(estimate === undefined ? {} : { total: estimate }) }
            : undefined;
          status.set({ pending: outcome.pending, firstSyncProgress: progress });
          for (const r of outcome.rejected) report(rejectionOf(r.entry, r.reason, r.code, 'desk'));
        },
        onRejected: report,
      });
      limit = result.limit;
      status.set({ pending: await countPending(db) });
    } catch (error) {
      console.error(error);
      result = { problem: deskError(error), isOffline: false, limit };
    }
    const { problem } = result;
    if (problem === undefined) {
      failures = 0;
      status.set({ state: 'synced', lastError: undefined, lastSyncAt: (await readStateSafely()).lastSyncAt, firstSyncProgress: undefined });
      return 'ok';
    }
    // Changes may still have arrived (sending stuck, receiving not); the problem stays on show until solved.
    failures += 1;
    if (problem.code === 'unauthorized') isBlocked = true;
    status.set({ state: result.isOffline ? 'offline' : 'error', lastError: problem, firstSyncProgress: undefined });
    await recordSyncProblem(db, { ...problem, at: new Date(clock.now()).toISOString() }).catch((error: unknown) => console.error(error));
    return 'failed';
  }

  const clearTimer = () => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
  };

  async function loop(sync: SyncTransport): Promise<void> {
    let result: 'ok' | 'failed';
    do {
      again = false;
      result = await cycle(sync);
    } while (again && !isStopped && !isBlocked);
    // Timers belong to a started engine; one driven only by syncNow() (tests, a manual "sync now") has none.
    if (!isStarted || isStopped || isBlocked) return;
    const wait = result === 'ok' ? (options.periodMs ?? 30_000) : backoffDelay(failures, random, options.backoff ?? DEFAULT_BACKOFF);
    timer = clock.setTimeout(() => {
      timer = undefined;
      void kick();
    }, wait);
  }

  function kick(): Promise<void> {
    if (transport === undefined || isStopped || isBlocked) return Promise.resolve();
    if (running !== undefined) {
      again = true;
      return running;
    }
    clearTimer();
    running = loop(transport).finally(() => {
      running = undefined;
    });
    return running;
  }

  const onOnline = () => {
    failures = 0;
    void kick();
  };
  const onFocus = () => void kick();

  return {
    status,
    async start() {
      if (isStarted || isStopped) return;
      isStarted = true;
      const state = await readSyncState(db);
      const stored = state.lastError;
      const lastError = stored === undefined ? undefined : { code: stored.code as SyncProblem['code'], message: stored.message };
      status.set({ pending: await countPending(db), lastSyncAt: state.lastSyncAt, lastError });
      cleanups.push(
        onLocalMutation(db, () => {
          void refreshPending();
          // After failures the backoff timer decides; a save must not turn into a knock on a dead server.
          if (failures === 0) void kick();
        }),
      );
      if (transport !== undefined) {
        cleanups.push(transport.events(() => void kick()));
        environment?.addEventListener('online', onOnline);
        environment?.addEventListener('focus', onFocus);
        cleanups.push(() => {
          environment?.removeEventListener('online', onOnline);
          environment?.removeEventListener('focus', onFocus);
        });
        void kick();
      }
    },
    async stop() {
      isStopped = true;
      clearTimer();
      for (const cleanup of cleanups.splice(0)) cleanup();
      await running;
    },
    syncNow() {
      isBlocked = false;
      return kick();
    },
    onRejected(listener) {
      rejectionListeners.add(listener);
      return () => rejectionListeners.delete(listener);
    },
  };
}
