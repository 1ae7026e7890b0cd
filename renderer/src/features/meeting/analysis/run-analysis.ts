/**
 * One analysis run as the worker does it: read the window's concerns from the database, run the engine, and
 * report progress, the result or the failure as protocol messages. Kept apart from the worker's wiring
 * (analysis.worker.ts) so it runs in tests on fake-indexeddb with the real engine.
 */
import { analyze } from '@shared/patterns/analyze';
import type { Analysis, AnalysisOptions, AnalysisProgress, PatternConcern } from '@shared/patterns/types';
import type { NotebookDb } from '../../../db';
import { readPatternConcerns, type ReadProgress } from '../../../db/pattern-source';
import { personalDataFromInput } from '../export/personal-source';
import type { AnalyzeRequest, WorkerMessage } from './protocol';

/** What a run uses: the database by name, the reader and the engine (tests may pass their own). */
export interface RunDeps {
  openDb(name: string): NotebookDb;
  read?: (db: NotebookDb, period: string, months: number, timeZone: string, onProgress: (p: ReadProgress) => void) => Promise<PatternConcern[]>;
  analyze?: (concerns: PatternConcern[], options: AnalysisOptions) => Analysis;
  now(): number;
}

/** Progress messages at most this often: enough for a smooth bar, few enough not to flood the page. */
const PROGRESS_EVERY_MS = 50;

/** Runs `request` and posts its messages; never throws (a failure is posted as an error message). */
export async function runAnalysis(request: AnalyzeRequest, deps: RunDeps, post: (message: WorkerMessage) => void): Promise<void> {
  const { runId, options } = request;
  const read = deps.read ?? readPatternConcerns;
  const engine = deps.analyze ?? analyze;
  let lastPost = 0;
  const progress = (message: Extract<WorkerMessage, { type: 'progress' }>['progress'], force = false) => {
    const now = deps.now();
    if (!force && now - lastPost < PROGRESS_EVERY_MS) return;
    lastPost = now;
    post({ type: 'progress', runId, progress: message });
  };
  try {
    const start = deps.now();
    const months = options.history + 1;
    // Said at once: the first month's read also opens the database here, and waits behind any sync write to the
    // concerns (seconds for a pulled page of 1,000 on a busy machine), which "Starting…" would leave unexplained.
    progress({ stage: 'reading', done: 0, total: months, concerns: 0 }, true);
    const db = deps.openDb(request.dbName);
    const concerns = await read(db, options.period, months, options.timeZone, (p) => progress({ stage: 'reading', ...p }, p.done === 1));
    const readMs = deps.now() - start;
    progress({ stage: 'words', done: 0, total: 1 }, true);
    const analysis = engine(concerns, { ...options, onProgress: (p: AnalysisProgress) => progress(p) });
    post({ type: 'result', runId, analysis, people: peopleOf(concerns, analysis), personal: personalDataFromInput(concerns, analysis), timings: { readMs, analyzeMs: deps.now() - start - readMs, concerns: concerns.length } });
  } catch (error) {
    post({ type: 'error', runId, message: error instanceof Error ? error.message : String(error) });
  }
}

/** People who raised the period's concerns: the sum of their raisedCount. */
export function peopleOf(concerns: readonly PatternConcern[], analysis: Analysis): number {
  const ids = new Set(analysis.totals.at(-1)?.concernIds ?? []);
  let people = 0;
  for (const concern of concerns) if (ids.has(concern.id)) people += concern.raisedCount;
  return people;
}
