/**
 * The meeting view's analysis as a small state machine, kept pure so it is tested without a worker:
 *
 *   loading(progress)  a run for this period is under way and nothing of this period is shown yet
 *   ready(analysis)    the period's analysis; `isUpdating` while a newer run (the concerns or corrections
 *                      changed) is under way: the shown one stays until the new one arrives, so nothing flashes
 *   error(message)     the run failed; nothing was changed, and retry() starts it again
 *
 * Messages of a run other than the current one are ignored: they come from a run the page no longer wants.
 */
import type { Month } from '@shared/domain/meeting';
import type { Analysis } from '@shared/patterns/types';
import type { RunProgress, RunTimings, WorkerMessage } from './protocol';

/** What the page shows of the analysis. */
export type AnalysisState =
  | { status: 'loading'; period: Month; runId: number; progress: RunProgress | undefined; concerns: number }
  | { status: 'ready'; period: Month; runId: number; analysis: Analysis; people: number; timings: RunTimings | undefined; isUpdating: boolean }
  | { status: 'error'; period: Month; runId: number; message: string };

/** What happens to it. */
export type AnalysisEvent = { type: 'start'; period: Month; runId: number } | WorkerMessage;

/** The state before any run. */
export function initialAnalysisState(period: Month): AnalysisState {
  return { status: 'loading', period, runId: 0, progress: undefined, concerns: 0 };
}

/** The next state. */
export function analysisReducer(state: AnalysisState, event: AnalysisEvent): AnalysisState {
  if (event.type === 'start') {
    // A re-run of the period shown keeps showing it; a new period (or after an error) shows progress.
    if (state.status === 'ready' && state.period === event.period) return { ...state, runId: event.runId, isUpdating: true };
    return { status: 'loading', period: event.period, runId: event.runId, progress: undefined, concerns: 0 };
  }
  if (event.runId !== state.runId) return state;
  switch (event.type) {
    case 'progress':
      if (state.status !== 'loading') return state;
      return { ...state, progress: event.progress, concerns: event.progress.stage === 'reading' ? event.progress.concerns : state.concerns };
    case 'result':
      return { status: 'ready', period: state.period, runId: state.runId, analysis: event.analysis, people: event.people, timings: event.timings, isUpdating: false };
    case 'error':
      return { status: 'error', period: state.period, runId: state.runId, message: event.message };
  }
}
