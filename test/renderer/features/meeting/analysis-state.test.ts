/**
 * The meeting view's analysis state machine and the client that drives the worker: stale runs are ignored and
 * cancelled, a re-run of the same period keeps the shown analysis (no flash), a new period shows progress, and a
 * worker that cannot start is an error of the current run.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '@shared/patterns/types';
import { analysisReducer, initialAnalysisState, type AnalysisState } from '../../../../renderer/src/features/meeting/analysis/analysis-state';
import { createAnalysisClient, type WorkerLike } from '../../../../renderer/src/features/meeting/analysis/analysis-client';
import { isWorkerMessage, type AnalyzeRequest, type WorkerMessage } from '../../../../renderer/src/features/meeting/analysis/protocol';

const analysis = (period: string) => ({ period, themes: [] }) as unknown as Analysis;
const timings = { readMs: 1, analyzeMs: 2, concerns: 3 };
const result = (runId: number, period = '2026-11'): WorkerMessage => ({ type: 'result', runId, analysis: analysis(period), people: 4, timings });

describe('analysis state', () => {
  it('shows progress for a new period, then the result of the current run only', () => {
    let state: AnalysisState = initialAnalysisState('2026-11');
    state = analysisReducer(state, { type: 'start', period: '2026-11', runId: 1 });
    state = analysisReducer(state, { type: 'progress', runId: 1, progress: { stage: 'reading', done: 3, total: 12, concerns: 1200 } });
    expect(state).toMatchObject({ status: 'loading', concerns: 1200, progress: { stage: 'reading', done: 3 } });
    state = analysisReducer(state, { type: 'progress', runId: 1, progress: { stage: 'themes', done: 1, total: 4 } });
    expect(state).toMatchObject({ status: 'loading', concerns: 1200, progress: { stage: 'themes' } });
    state = analysisReducer(state, { type: 'start', period: '2026-10', runId: 2 });
    // The first run's answer arrives late: it is not the period asked for any more.
    state = analysisReducer(state, result(1));
    expect(state).toMatchObject({ status: 'loading', period: '2026-10', runId: 2 });
    state = analysisReducer(state, result(2, '2026-10'));
    expect(state).toMatchObject({ status: 'ready', period: '2026-10', people: 4, isUpdating: false });
  });

  it('keeps showing the analysis while the same period runs again, and replaces it when the run ends', () => {
    let state = analysisReducer(analysisReducer(initialAnalysisState('2026-11'), { type: 'start', period: '2026-11', runId: 1 }), result(1));
    const shown = state.status === 'ready' ? state.analysis : undefined;
    state = analysisReducer(state, { type: 'start', period: '2026-11', runId: 2 });
    expect(state).toMatchObject({ status: 'ready', isUpdating: true, runId: 2 });
    expect(state.status === 'ready' && state.analysis).toBe(shown);
    state = analysisReducer(state, { type: 'progress', runId: 2, progress: { stage: 'themes', done: 1, total: 2 } });
    expect(state).toMatchObject({ status: 'ready', isUpdating: true });
    state = analysisReducer(state, result(2));
    expect(state).toMatchObject({ status: 'ready', isUpdating: false });
    expect(state.status === 'ready' && state.analysis).not.toBe(shown);
  });

  it('says what went wrong, and a retry shows progress again', () => {
    let state = analysisReducer(initialAnalysisState('2026-11'), { type: 'start', period: '2026-11', runId: 1 });
    state = analysisReducer(state, { type: 'error', runId: 1, message: 'The database is closed' });
    expect(state).toEqual({ status: 'error', period: '2026-11', runId: 1, message: 'The database is closed' });
    expect(analysisReducer(state, { type: 'start', period: '2026-11', runId: 2 })).toMatchObject({ status: 'loading', runId: 2 });
  });
});

/** A worker that records what it is asked and lets the test answer. */
function fakeWorkers() {
  const made: (WorkerLike & { posted: AnalyzeRequest[]; isTerminated: boolean })[] = [];
  const make = (): WorkerLike => {
    const worker = {
      posted: [] as AnalyzeRequest[],
      isTerminated: false,
      onmessage: null as WorkerLike['onmessage'],
      onerror: null as WorkerLike['onerror'],
      postMessage(message: AnalyzeRequest) {
        this.posted.push(message);
      },
      terminate() {
        this.isTerminated = true;
      },
    };
    made.push(worker);
    return worker;
  };
  return { made, make };
}

const request = { dbName: 'desk', options: { period: '2026-11', history: 11, timeZone: 'UTC', responsePolicy: null, corrections: [] } };
const answer = (worker: WorkerLike, data: unknown) => worker.onmessage?.({ data } as MessageEvent);

describe('analysis client', () => {
  it('reuses an idle worker and ends a busy one when a new run starts', () => {
    const { made, make } = fakeWorkers();
    const heard: WorkerMessage[] = [];
    const client = createAnalysisClient(make, (m) => heard.push(m), 'could not start');
    const first = client.start(request);
    expect(made).toHaveLength(1);
    expect(made[0]?.posted[0]).toMatchObject({ type: 'analyze', runId: first, dbName: 'desk' });
    // Still busy: the stale run is cancelled by ending its worker.
    const second = client.start({ ...request, options: { ...request.options, period: '2026-10' } });
    expect(made[0]?.isTerminated).toBe(true);
    expect(made).toHaveLength(2);
    answer(made[0] as WorkerLike, result(first));
    answer(made[1] as WorkerLike, result(second));
    expect(heard.map((m) => m.runId)).toEqual([second]);
    // Done: the next run goes to the same worker.
    client.start(request);
    expect(made).toHaveLength(2);
    expect(made[1]?.posted).toHaveLength(2);
    client.dispose();
    expect(made[1]?.isTerminated).toBe(true);
  });

  it('lets a run finish when concerns keep arriving, then analyses them once (a sync pull after an import)', () => {
    const { made, make } = fakeWorkers();
    const heard: WorkerMessage[] = [];
    const started: [number, string][] = [];
    const client = createAnalysisClient(make, (m) => heard.push(m), 'could not start', (id, period) => started.push([id, period]));
    const first = client.start(request);
    // Three pages of concerns written while the first run reads and clusters: none of them ends the worker.
    expect(client.refresh(request)).toBeUndefined();
    answer(made[0] as WorkerLike, { type: 'progress', runId: first, progress: { stage: 'reading', done: 2, total: 12, concerns: 400 } });
    expect(client.refresh(request)).toBeUndefined();
    expect(client.refresh({ ...request, dbName: 'latest' })).toBeUndefined();
    expect(made).toHaveLength(1);
    expect(made[0]?.isTerminated).toBe(false);
    expect(started).toEqual([]);
    // The first run answers and is shown; one more run starts at once, with the latest request.
    answer(made[0] as WorkerLike, result(first));
    expect(heard.map((m) => [m.type, m.runId])).toEqual([
      ['progress', first],
      ['result', first],
    ]);
    expect(started).toEqual([[first + 1, '2026-11']]);
    expect(made[0]?.posted.map((p) => [p.runId, p.dbName])).toEqual([
      [first, 'desk'],
      [first + 1, 'latest'],
    ]);
    answer(made[0] as WorkerLike, result(first + 1));
    expect(started).toHaveLength(1);
    // Idle: a refresh runs at once and says its id.
    expect(client.refresh(request)).toBe(first + 2);
  });

  it('drops a held-back refresh when a new question cancels the run, or the worker fails', () => {
    const { made, make } = fakeWorkers();
    const started: number[] = [];
    const client = createAnalysisClient(make, () => undefined, 'could not start', (id) => started.push(id));
    client.start(request);
    client.refresh(request);
    const october = client.start({ ...request, options: { ...request.options, period: '2026-10' } });
    answer(made[1] as WorkerLike, result(october, '2026-10'));
    expect(started).toEqual([]);
    client.refresh(request);
    client.start(request);
    client.refresh(request);
    made[2]?.onerror?.({ message: 'crashed', preventDefault: () => undefined } as ErrorEvent);
    expect(started).toEqual([]);
  });

  it('reports a worker that fails to load as an error of the current run, and ignores stray messages', () => {
    const { made, make } = fakeWorkers();
    const heard: WorkerMessage[] = [];
    const client = createAnalysisClient(make, (m) => heard.push(m), 'could not start');
    const run = client.start(request);
    answer(made[0] as WorkerLike, { hello: 'world' });
    made[0]?.onerror?.({ message: '', preventDefault: () => undefined } as ErrorEvent);
    expect(heard).toEqual([{ type: 'error', runId: run, message: 'could not start' }]);
    expect(made[0]?.isTerminated).toBe(true);
    client.start(request);
    expect(made).toHaveLength(2);
  });

  it('recognises only the protocol messages', () => {
    expect(isWorkerMessage(result(1))).toBe(true);
    expect(isWorkerMessage({ type: 'progress', runId: 'x' })).toBe(false);
    expect(isWorkerMessage(null)).toBe(false);
  });
});
