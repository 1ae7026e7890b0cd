/**
 * The messages between the meeting view and its analysis worker (analysis.worker.ts). The worker reads the
 * concerns itself from the desk's IndexedDB database (same name, its own connection), so 100,000 concerns never
 * cross the thread boundary; only the request's few options go in and the Analysis comes out.
 *
 * Every message carries the run's id: the page ignores anything from a run it no longer wants (the period
 * changed, or the concerns changed and a new run began), and a stale run is cancelled by ending the worker.
 *
 * Example: page -> worker { type: 'analyze', runId: 3, dbName: 'civic-notebook', options: { period: '2026-11',
 *   history: 11, timeZone: 'Europe/Berlin', responsePolicy: {…}, corrections: [] } }
 *   worker -> page { type: 'progress', runId: 3, progress: { stage: 'reading', done: 4, total: 12 } } …
 *   worker -> page { type: 'result', runId: 3, analysis: {…}, people: 11890, timings: { readMs: 310, analyzeMs: 820, concerns: 12034 } }
 */
import type { AnalysisOptions, AnalysisProgress, Analysis } from '@shared/patterns/types';

/** How far a run is: the engine's stages, and reading the concerns before them. */
export type RunProgress = AnalysisProgress | { stage: 'reading'; done: number; total: number; concerns: number };

/** The options a run sends: the engine's, without the progress callback (functions do not cross threads). */
export type RunOptions = Omit<AnalysisOptions, 'onProgress'> & { history: number };

/** Page to worker: analyse a period. */
export interface AnalyzeRequest {
  type: 'analyze';
  runId: number;
  /** The desk's database name (tests and the bench use their own). */
  dbName: string;
  options: RunOptions;
}

/** How long a run took, for the bench and for choosing where the reading happens. */
export interface RunTimings {
  readMs: number;
  analyzeMs: number;
  /** Concerns read (the period and the months it is compared with). */
  concerns: number;
  /**
   * When the worker posted the result, in milliseconds since the epoch (performance.timeOrigin + now, which
   * threads share): the bench times the page from here, copying the result across threads included.
   */
  postedAt?: number;
}

/** Worker to page: how a run goes. */
export type WorkerMessage =
  | { type: 'progress'; runId: number; progress: RunProgress }
  /** `people`: who raised the period's concerns (their raisedCount summed), which the Analysis does not carry. */
  /** `personal`: the personal data of the concerns the analysis names (export/personal-source.ts), for redaction. */
  | { type: 'result'; runId: number; analysis: Analysis; people: number; timings: RunTimings; personal?: string[] }
  | { type: 'error'; runId: number; message: string };

/** True when a value received from the worker looks like one of its messages (a stray message is ignored). */
export function isWorkerMessage(value: unknown): value is WorkerMessage {
  if (value === null || typeof value !== 'object') return false;
  const { type, runId } = value as { type?: unknown; runId?: unknown };
  return typeof runId === 'number' && (type === 'progress' || type === 'result' || type === 'error');
}
