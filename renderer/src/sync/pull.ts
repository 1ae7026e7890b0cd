/**
 * Taking in the server's changes, page after page, each applied in its own short Dexie transaction
 * (db/pulled-page.ts) so a capture never waits long behind sync. The page size adapts to keep each transaction
 * near TARGET_APPLY_MS on this machine, and the engine yields to the app between pages.
 */
import { MAX_PULL_LIMIT, isEpochChange } from '@shared/sync/protocol';
import { applyPulledPage, readSyncState, restartFromEpoch, type NotebookDb, type PageOutcome } from '../db';
import type { Failure, PullOutcome, SyncTransport } from './transport';

/** Aim for page transactions about this long, so a save that arrives meanwhile waits at most about this. */
export const TARGET_APPLY_MS = 40;
/**
 * During a desk's first sync the pages may take longer: tens of thousands of rows arrive, and small pages
 * would spend more time on round trips and per-page work than on the rows. A save then waits at most about
 * this long (the first sync of an office happens once per desk; typing itself never waits).
 */
export const FIRST_SYNC_TARGET_APPLY_MS = 300;
/** Smallest and first page size asked for. */
export const MIN_PULL_LIMIT = 50;
export const START_PULL_LIMIT = 250;

/** The engine's clock, as pulling uses it. */
export interface PullClock {
  now(): number;
  /** Lets the app run (a save, a keystroke) before the next page. */
  yield(): Promise<void>;
}

/** What pulling needs. */
export interface Puller {
  readonly db: NotebookDb;
  readonly transport: SyncTransport;
  readonly clientId: string;
  readonly clock: PullClock;
  /** Rows to ask for next; adapted as pages are applied. */
  limit: number;
  /** Called after each applied page; isFirstSync while the desk takes in its office from the beginning. */
  readonly onPage: (rows: number, outcome: Extract<PageOutcome, { status: 'applied' }>, isFirstSync: boolean, total: number | undefined) => void;
  /** Called when the server's database changed epoch: everything unconfirmed must be sent again. */
  readonly onEpoch: () => void;
}

/** How pulling ended. */
export type PullRound = { readonly kind: 'done' } | { readonly kind: 'failed'; readonly failure: Failure };

/** The next page size: larger when pages apply fast, smaller when slow (against `target` ms). */
export function adaptLimit(limit: number, applyMs: number, target: number = TARGET_APPLY_MS): number {
  if (applyMs > target * 1.5) return Math.max(MIN_PULL_LIMIT, Math.floor(limit / 2));
  if (applyMs < target / 2) return Math.min(MAX_PULL_LIMIT, limit * 2);
  return limit;
}

/** Pulls until the server has nothing more. */
export async function pullAll(p: Puller): Promise<PullRound> {
  let restarts = 0;
  let isFirstSync = (await readSyncState(p.db)).cursor === undefined;
  const restart = async (epoch: string): Promise<PullRound | undefined> => {
    restarts += 1;
    if (restarts > 2) return { kind: 'failed', failure: { kind: 'server-error', message: 'The office server keeps changing its database; try again later.' } };
    await restartFromEpoch(p.db, epoch);
    isFirstSync = true;
    p.onEpoch();
    return undefined;
  };
  // The next page is asked for while this one is applied (its cursor is in the answer), so the desk does not
  // wait for the server between pages; it is used only if this page was applied from the cursor it expects.
  let ahead: { readonly from: string; readonly answer: Promise<PullOutcome> } | undefined;
  for (;;) {
    const state = await readSyncState(p.db);
    const request = { clientId: p.clientId, limit: p.limit, ...(state.cursor === undefined ? {} : { cursor: state.cursor }) };
    const answer = ahead !== undefined && ahead.from === state.cursor ? await ahead.answer : await p.transport.pull(request);
    ahead = undefined;
    if (answer.kind === 'epoch') {
      const stop = await restart(answer.epoch);
      if (stop !== undefined) return stop;
      continue;
    }
    if (answer.kind !== 'ok') return { kind: 'failed', failure: answer };
    const page = answer.value;
    if (isEpochChange(state.cursor, page)) {
      const stop = await restart(page.epoch);
      if (stop !== undefined) return stop;
      continue;
    }
    if (page.hasMore && isFirstSync) {
      ahead = { from: page.cursor, answer: p.transport.pull({ clientId: p.clientId, limit: p.limit, cursor: page.cursor }) };
    }
    const started = p.clock.now();
    const outcome = await applyPulledPage(p.db, page, state.cursor, new Date(p.clock.now()).toISOString());
    p.limit = adaptLimit(p.limit, p.clock.now() - started, isFirstSync ? FIRST_SYNC_TARGET_APPLY_MS : TARGET_APPLY_MS);
    // Stale: another tab applied this page first; read where it got to and go on from there.
    if (outcome.status === 'applied') {
      p.onPage(page.changes.length, outcome, isFirstSync, page.total);
      if (!page.hasMore) return { kind: 'done' };
    }
    await p.clock.yield();
  }
}
