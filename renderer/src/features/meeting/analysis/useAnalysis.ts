/**
 * The analysis of a period for the meeting view, run in the worker: loading (with progress), ready, or error
 * (analysis-state.ts). It runs again, without hiding what is shown, when a concern of the months analysed
 * changes (logged here or arriving by sync) or a correction is made or withdrawn; a change of period or of the
 * corrections cancels the run under way and starts the new one, while changed concerns wait for the run under
 * way to finish and are then analysed once (analysis-client.ts says why).
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Month } from '@shared/domain/meeting';
import { correctionsInForce, useLiveQuery } from '../../../db';
import { watchConcerns } from '../../../db/pattern-source';
import { useDesk } from '../../../app/desk-context';
import { useOfficeProfile } from '../../../app/office-profile';
import { t } from '../../../i18n';
import { analysisReducer, initialAnalysisState, type AnalysisState } from './analysis-state';
import { createAnalysisClient, createAnalysisWorker, type AnalysisClient, type WorkerLike } from './analysis-client';

/** Months before the period it is compared with: a year in all, as the engine's default. */
export const HISTORY_MONTHS = 11;

/** Writes arriving together (a sync page, a bulk action) are waited out for this long, then analysed once. */
const SETTLE_MS = 400;

/**
 * The last analysis shown, by database and period: opening a concern from the meeting and coming back shows it
 * at once (marked as updating while it is checked again) instead of starting from the progress bar.
 */
const lastShown = new Map<string, AnalysisState>();

/** The analysis and a way to run it again after an error. */
export interface AnalysisView {
  readonly state: AnalysisState;
  retry(): void;
}

/** The period's analysis; `makeWorker` replaces the app's worker (tests). */
export function useAnalysis(period: Month, makeWorker: () => WorkerLike = createAnalysisWorker): AnalysisView {
  const { db } = useDesk();
  const { responsePolicy } = useOfficeProfile();
  const timeZone = responsePolicy.timeZone;
  const corrections = useLiveQuery(() => correctionsInForce(db), [db]);
  const [state, dispatch] = useReducer(analysisReducer, period, (p) => lastShown.get(`${db.name}|${p}`) ?? initialAnalysisState(p));
  useEffect(() => {
    if (state.status === 'ready') {
      lastShown.clear();
      lastShown.set(`${db.name}|${state.period}`, state);
    }
  }, [db.name, state]);
  const [version, setVersion] = useState(0);
  const client = useRef<AnalysisClient>(undefined);

  useEffect(() => {
    const made = createAnalysisClient(makeWorker, dispatch, t('meeting.error.worker'), (runId, started) => dispatch({ type: 'start', period: started, runId }));
    client.current = made;
    return () => {
      made.dispose();
      if (client.current === made) client.current = undefined;
    };
  }, [makeWorker]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = watchConcerns(db, () => {
      clearTimeout(timer);
      timer = setTimeout(() => setVersion((v) => v + 1), SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [db]);

  // What was asked last: only `version` moving (concerns written, a retry) is the same question on newer data.
  const asked = useRef<readonly unknown[]>([]);
  useEffect(() => {
    if (corrections === undefined || client.current === undefined) return;
    const question = [client.current, db, period, timeZone, responsePolicy, corrections];
    const isSameQuestion = question.every((part, i) => part === asked.current[i]);
    asked.current = question;
    const request = { dbName: db.name, options: { period, history: HISTORY_MONTHS, timeZone, responsePolicy, corrections } };
    const runId = isSameQuestion ? client.current.refresh(request) : client.current.start(request);
    if (runId !== undefined) dispatch({ type: 'start', period, runId });
  }, [db, period, timeZone, responsePolicy, corrections, version]);

  const retry = useCallback(() => setVersion((v) => v + 1), []);
  return { state, retry };
}
