/**
 * One round of sync: push a few batches of the outbox, pull every page the server has, and again while the
 * outbox has more to send. Pulling goes on even when pushing is stuck (the server lost changes this desk no
 * longer has): the desk still receives everyone else's changes.
 */
import type { NotebookDb, PageOutcome } from '../db';
import { deskError, problemOf } from './problems';
import { pullAll, type PullClock } from './pull';
import { pushSome } from './push';
import type { SyncRejection } from './rejections';
import type { SyncProblem } from './status';
import type { Failure, SyncTransport } from './transport';

/** Outbox batches sent before pulling again. */
const PUSH_BATCHES_PER_ROUND = 5;

/** What a round needs. */
export interface RoundInput {
  readonly db: NotebookDb;
  readonly transport: SyncTransport;
  readonly clientId: string;
  readonly clock: PullClock;
  /** The page size to start with. */
  readonly limit: number;
  readonly onPage: (rows: number, outcome: Extract<PageOutcome, { status: 'applied' }>, isFirstSync: boolean, total: number | undefined) => void;
  readonly onRejected: (rejection: SyncRejection) => void;
}

/** How a round ended, and the page size to start the next one with. */
export interface RoundResult {
  readonly problem: SyncProblem | undefined;
  readonly isOffline: boolean;
  readonly limit: number;
}

const failed = (failure: Failure, limit: number): RoundResult => ({
  problem: problemOf(failure),
  isOffline: failure.kind === 'offline',
  limit,
});

/** Runs one round; never throws (a fault on this desk is a problem like any other). */
export async function syncRound(input: RoundInput): Promise<RoundResult> {
  // Each round sends from the oldest unconfirmed change: the server answers "duplicate" for those it has, so
  // a server that lost a change it had confirmed (a crash before its commit) still gets it again.
  const pusher = { db: input.db, transport: input.transport, clientId: input.clientId, pushedThrough: 0, onRejected: input.onRejected };
  const puller = {
    ...input,
    onEpoch: () => {
      pusher.pushedThrough = 0;
    },
  };
  let stuck: SyncProblem | undefined;
  try {
    for (;;) {
      const pushed = stuck === undefined ? await pushSome(pusher, PUSH_BATCHES_PER_ROUND) : ({ kind: 'done' } as const);
      if (pushed.kind === 'failed') return failed(pushed.failure, puller.limit);
      if (pushed.kind === 'stuck') stuck = pushed.problem;
      const pulled = await pullAll(puller);
      if (pulled.kind === 'failed') return failed(pulled.failure, puller.limit);
      if (pushed.kind !== 'more') break;
    }
  } catch (error) {
    console.error(error);
    return { problem: deskError(error), isOffline: false, limit: puller.limit };
  }
  return { problem: stuck, isOffline: false, limit: puller.limit };
}
