/**
 * The import screen's steps: choose a file, read and check it (in a worker, with progress), then either every
 * problem or a preview, then the import (one transaction, with progress) and what it did. Choosing another
 * file or closing the screen stops a check under way; an import under way finishes or fails as a whole.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { MutationRejected } from '@shared/sync/errors';
import type { HistoryProblem } from '@shared/domain/history-import';
import { countAlreadyImported, historySourceOf, importHistoryRows } from '../../../db';
import { useDesk } from '../../../app/desk-context';
import { startHistoryCheck, type RunningCheck } from './check-client';
import type { HistoryFileCheck } from './check-history';

type GoodCheck = Extract<HistoryFileCheck, { ok: true }>;

/** Where the import screen is. */
export type ImportPhase =
  | { readonly kind: 'choose' }
  | { readonly kind: 'reading'; readonly file: string; readonly fraction: number }
  | { readonly kind: 'problems'; readonly file: string; readonly problems: readonly HistoryProblem[] }
  | { readonly kind: 'preview'; readonly file: string; readonly check: GoodCheck; readonly source: string; readonly already: number }
  | { readonly kind: 'importing'; readonly file: string; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly file: string; readonly imported: number; readonly skipped: number }
  | { readonly kind: 'failed'; readonly file: string; readonly reason: string; readonly during: 'reading' | 'importing' };

/** The import screen's state and what the person can do next. */
export interface HistoryImport {
  readonly phase: ImportPhase;
  /** Reads and checks a chosen file. */
  choose(file: File): void;
  /** Imports the previewed file. */
  importNow(): void;
  /** Back to choosing a file. */
  reset(): void;
}

const reasonOf = (error: unknown) =>
  // A refusal's message is written for staff; anything else is a fault whose text is still the best clue.
  error instanceof MutationRejected ? error.message.replace(/\.$/, '') : error instanceof Error ? error.message : String(error);

/** The import screen's state machine. */
export function useHistoryImport(): HistoryImport {
  const { db, settings } = useDesk();
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'choose' });
  const running = useRef<RunningCheck | undefined>(undefined);
  const stop = () => {
    running.current?.cancel();
    running.current = undefined;
  };
  useEffect(() => stop, []);

  const choose = useCallback(
    (file: File) => {
      stop();
      setPhase({ kind: 'reading', file: file.name, fraction: 0 });
      void (async () => {
        let run: RunningCheck | undefined;
        try {
          const source = await historySourceOf(db);
          run = startHistoryCheck(file, source, (fraction) => {
            if (running.current === run) setPhase({ kind: 'reading', file: file.name, fraction });
          });
          running.current = run;
          const check = await run.result;
          if (running.current !== run) return;
          running.current = undefined;
          if (!check.ok) return setPhase({ kind: 'problems', file: file.name, problems: check.problems });
          const already = await countAlreadyImported(db, check.ids);
          setPhase({ kind: 'preview', file: file.name, check, source, already });
        } catch (error) {
          if (run !== undefined && running.current !== run) return;
          running.current = undefined;
          setPhase({ kind: 'failed', file: file.name, reason: reasonOf(error), during: 'reading' });
        }
      })();
    },
    [db],
  );

  const importNow = useCallback(() => {
    if (phase.kind !== 'preview') return;
    const { file, check, source } = phase;
    const total = check.rows.length - phase.already;
    setPhase({ kind: 'importing', file, done: 0, total });
    const author = { at: new Date().toISOString(), by: settings.staffName };
    importHistoryRows(db, author, source, check.rows, check.ids, (done, all) => setPhase({ kind: 'importing', file, done, total: all })).then(
      (outcome) => setPhase({ kind: 'done', file, ...outcome }),
      (error: unknown) => setPhase({ kind: 'failed', file, reason: reasonOf(error), during: 'importing' }),
    );
  }, [db, phase, settings.staffName]);

  const reset = useCallback(() => {
    stop();
    setPhase({ kind: 'choose' });
  }, []);

  return { phase, choose, importNow, reset };
}
