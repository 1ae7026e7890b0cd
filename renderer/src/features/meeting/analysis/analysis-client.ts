/**
 * Drives the analysis worker for the page: starts runs, cancels a stale one by ending the worker (a run in
 * progress cannot be interrupted otherwise: the engine is one synchronous computation), and forwards the
 * worker's messages. A worker that fails to load or crashes is reported as an error of the current run.
 *
 * Two ways to ask: start() is for a different question (another month, new corrections, a retry) and cancels
 * the run under way; refresh() is for the same question on changed concerns, and lets the run under way finish
 * first, then runs once more with the latest request. Cancelling on every write starved the page: a sync pull
 * after a history import writes a page of concerns every second or two, and each cancel ended the worker, so
 * the first analysis never finished and the page showed "Starting…" until the pull was over.
 */
import { rememberPersonalData } from '../export/personal-source';
import { isWorkerMessage, type AnalyzeRequest, type WorkerMessage } from './protocol';

/** The part of a Worker the client uses (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: AnalyzeRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** What a run is asked: the request without its type and id. */
export type RunRequest = Omit<AnalyzeRequest, 'type' | 'runId'>;

/** A started client. */
export interface AnalysisClient {
  /** Starts a run (cancelling one under way) and returns its id. */
  start(request: RunRequest): number;
  /**
   * Runs `request` now when the worker is idle (returning the run's id); when a run is under way, runs it once
   * that one has answered (onDeferredStart says so) and returns undefined. Several refreshes meanwhile make one run.
   */
  refresh(request: RunRequest): number | undefined;
  /** Ends the worker. */
  dispose(): void;
}

/** The app's worker. */
export function createAnalysisWorker(): WorkerLike {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'meeting-analysis' });
}

/**
 * A client over workers made by `makeWorker`, telling `onMessage` everything the current run says, and
 * `onDeferredStart` when a refresh held back by a busy worker starts (its id and period).
 */
export function createAnalysisClient(
  makeWorker: () => WorkerLike,
  onMessage: (message: WorkerMessage) => void,
  failedToStart: string,
  onDeferredStart?: (runId: number, period: RunRequest['options']['period']) => void,
): AnalysisClient {
  let worker: WorkerLike | undefined;
  let runId = 0;
  let isBusy = false;
  let pending: RunRequest | undefined;
  const end = () => {
    worker?.terminate();
    worker = undefined;
    isBusy = false;
  };
  const post = (request: RunRequest): number => {
    runId += 1;
    isBusy = true;
    ensure().postMessage({ type: 'analyze', runId, ...request });
    return runId;
  };
  function ensure(): WorkerLike {
    if (worker !== undefined) return worker;
    const made = makeWorker();
    made.onmessage = (event) => {
      const message: unknown = event.data;
      if (!isWorkerMessage(message) || message.runId !== runId) return;
      if (message.type !== 'progress') isBusy = false;
      // The bench's clock (test/bench/meeting-view.bench.ts): from here to the dashboard answering a key.
      if (message.type === 'result') {
        performance.mark('meeting:result-received', { detail: message.timings });
        if (message.personal !== undefined) rememberPersonalData(message.analysis, message.personal);
      }
      onMessage(message);
      if (isBusy || pending === undefined) return;
      const next = pending;
      pending = undefined;
      const id = post(next);
      onDeferredStart?.(id, next.options.period);
    };
    made.onerror = (event) => {
      event.preventDefault();
      const id = runId;
      end();
      pending = undefined;
      onMessage({ type: 'error', runId: id, message: event.message === '' ? failedToStart : event.message });
    };
    worker = made;
    return made;
  }
  return {
    start(request) {
      pending = undefined;
      if (isBusy) end();
      return post(request);
    },
    refresh(request) {
      if (!isBusy) return post(request);
      pending = request;
      return undefined;
    },
    dispose() {
      pending = undefined;
      end();
    },
  };
}
