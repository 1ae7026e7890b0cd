/**
 * Drives the analysis worker for the page: starts runs, cancels a stale one by ending the worker (a run in
 * progress cannot be interrupted otherwise: the engine is one synchronous computation), and forwards the
 * worker's messages. A worker that fails to load or crashes is reported as an error of the current run.
 */
import { isWorkerMessage, type AnalyzeRequest, type WorkerMessage } from './protocol';

/** The part of a Worker the client uses (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: AnalyzeRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A started client. */
export interface AnalysisClient {
  /** Starts a run (cancelling one under way) and returns its id. */
  start(request: Omit<AnalyzeRequest, 'type' | 'runId'>): number;
  /** Ends the worker. */
  dispose(): void;
}

/** The app's worker. */
export function createAnalysisWorker(): WorkerLike {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'meeting-analysis' });
}

/** A client over workers made by `makeWorker`, telling `onMessage` everything the current run says. */
export function createAnalysisClient(makeWorker: () => WorkerLike, onMessage: (message: WorkerMessage) => void, failedToStart: string): AnalysisClient {
  let worker: WorkerLike | undefined;
  let runId = 0;
  let isBusy = false;
  const end = () => {
    worker?.terminate();
    worker = undefined;
    isBusy = false;
  };
  const ensure = (): WorkerLike => {
    if (worker !== undefined) return worker;
    const made = makeWorker();
    made.onmessage = (event) => {
      const message: unknown = event.data;
      if (!isWorkerMessage(message) || message.runId !== runId) return;
      if (message.type !== 'progress') isBusy = false;
      onMessage(message);
    };
    made.onerror = (event) => {
      event.preventDefault();
      const id = runId;
      end();
      onMessage({ type: 'error', runId: id, message: event.message === '' ? failedToStart : event.message });
    };
    worker = made;
    return made;
  };
  return {
    start(request) {
      if (isBusy) end();
      runId += 1;
      isBusy = true;
      ensure().postMessage({ type: 'analyze', runId, ...request });
      return runId;
    },
    dispose: end,
  };
}
