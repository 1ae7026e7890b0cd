/**
 * Checks a chosen history file in the import's worker (history-check.worker.ts): the page sends the File and the
 * office it is for, the worker answers with progress, then the check or a failure. Where there is no Worker
 * (tests, an old browser), the same check runs inline.
 */
import { checkHistoryFile, type HistoryFileCheck } from './check-history';

/** What the page sends the worker. */
export interface CheckRequest {
  readonly file: Blob;
  readonly source: string;
}

/** What the worker answers. */
export type CheckMessage =
  | { readonly type: 'progress'; readonly fraction: number }
  | { readonly type: 'checked'; readonly check: HistoryFileCheck }
  | { readonly type: 'failed'; readonly message: string };

/** A check under way: its result, and a way to stop it (the dialog closed or another file was chosen). */
export interface RunningCheck {
  readonly result: Promise<HistoryFileCheck>;
  cancel(): void;
}

/** Checks a file in a worker when the platform has them, inline otherwise. */
export function startHistoryCheck(file: Blob, source: string, onProgress: (fraction: number) => void): RunningCheck {
  if (typeof Worker === 'undefined') return { result: checkHistoryFile(file, source, onProgress), cancel: () => undefined };
  const worker = new Worker(new URL('./history-check.worker.ts', import.meta.url), { type: 'module', name: 'history-check' });
  let settle: { reject: (error: Error) => void } | undefined;
  const result = new Promise<HistoryFileCheck>((resolve, reject) => {
    settle = { reject };
    worker.onmessage = (event: MessageEvent<CheckMessage>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message.fraction);
      worker.terminate();
      if (message.type === 'checked') resolve(message.check);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message === '' ? 'The file could not be read' : event.message));
    };
  });
  worker.postMessage({ file, source } satisfies CheckRequest);
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle?.reject(new Error('cancelled'));
    },
  };
}
