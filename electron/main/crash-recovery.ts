/**
 * What happens when the notebook's page dies or hangs. A renderer that crashed leaves a blank window; main
 * loads the app into it again, and staff carry on where they were. Nothing typed is lost beyond the last
 * instant: the quick line's and the full form's drafts are written to IndexedDB as they are typed (at most
 * 150 ms apart, through renderer/src/lib/latest-writer.ts, see features/capture/useLineDrafts.ts and
 * features/concern-form/useFormDraft.ts), the reloaded page puts the line's draft back and lists the others,
 * and saved concerns are in IndexedDB already. A crashed page gets no 'unload', so the last 150 ms of typing
 * is all a crash can take.
 *
 * A page that crashes again straight after loading (a damaged database row it trips on, a GPU driver fault)
 * would reload forever, flashing at the counter: the third crash within a minute stops that and asks instead
 * (Reload or Quit). A page that hangs gets a choice of waiting or reloading.
 */
import { dialog } from 'electron';
import type { BaseWindow, RenderProcessGoneDetails } from 'electron';

/** When crashes count as a loop: this many within this time. */
export const CRASH_LOOP = { crashes: 3, withinMs: 60_000 } as const;

/** What to do after a crash: load the app again at once, or ask first. */
export type CrashAction = 'reload' | 'ask';

/**
 * The policy: given the times of earlier crashes and of this one, reload unless this makes CRASH_LOOP.crashes
 * within CRASH_LOOP.withinMs. Also answers the crash times still worth remembering (those in the window).
 */
export function afterCrash(earlier: readonly number[], now: number, limit: { crashes: number; withinMs: number } = CRASH_LOOP): { action: CrashAction; recent: number[] } {
  const recent = [...earlier.filter((time) => now - time < limit.withinMs && time <= now), now];
  return { action: recent.length >= limit.crashes ? 'ask' : 'reload', recent };
}

/** The parts of a window's web contents the watcher uses. */
export interface WatchedContents {
  on(event: 'render-process-gone', listener: (event: unknown, details: Pick<RenderProcessGoneDetails, 'reason' | 'exitCode'>) => void): unknown;
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  isDestroyed(): boolean;
  /** Ends a hung renderer; Electron then emits 'render-process-gone' (reason 'killed' or 'crashed'). */
  forcefullyCrashRenderer(): void;
}

/** What the watcher does; watchRenderer's caller passes the real ones (see window.ts), tests fakes. */
export interface RecoveryActions {
  readonly now: () => number;
  /** Loads the app into the window again. */
  readonly reload: () => void;
  readonly quit: () => void;
  /** True once the app is quitting: a renderer going away then is expected. */
  readonly isQuitting: () => boolean;
  /** After a crash loop: 'reload' or 'quit'. */
  readonly askAfterCrashes: () => Promise<'reload' | 'quit'>;
  /** The page hangs: 'wait' or 'reload'. The signal aborts when it answers again, closing the question. */
  readonly askWhenUnresponsive: (signal: AbortSignal) => Promise<'wait' | 'reload'>;
  readonly warn?: (message: string) => void;
}

/** Reloads the page after a crash (asking when crashes loop) and offers a way out of a hang. */
export function watchRenderer(contents: WatchedContents, actions: RecoveryActions): void {
  const warn = actions.warn ?? console.warn;
  let crashes: number[] = [];
  let isAsking = false;
  let hang: AbortController | undefined;

  contents.on('render-process-gone', (_event, details) => {
    // 'clean-exit' is the page closing normally (the window closed); nothing to recover.
    if (details.reason === 'clean-exit' || actions.isQuitting() || contents.isDestroyed()) return;
    hang?.abort();
    const { action, recent } = afterCrash(crashes, actions.now());
    crashes = recent;
    warn(`The notebook's page went away (${details.reason}, exit code ${details.exitCode}); ${action === 'reload' ? 'reloading it' : 'asking what to do'}.`);
    if (action === 'reload') {
      actions.reload();
      return;
    }
    if (isAsking) return;
    isAsking = true;
    void settle(actions.askAfterCrashes(), 'quit', warn)
      .then((answer) => (answer === 'reload' ? actions.reload() : actions.quit()))
      .finally(() => {
        isAsking = false;
      });
  });

  contents.on('unresponsive', () => {
    if (hang !== undefined || contents.isDestroyed()) return;
    const controller = new AbortController();
    hang = controller;
    void settle(actions.askWhenUnresponsive(controller.signal), 'wait', warn)
      .then((answer) => {
        // Ended, not reloaded here: a hung page cannot load anything. The crash handler above reloads it.
        if (answer === 'reload' && !controller.signal.aborted && !contents.isDestroyed()) contents.forcefullyCrashRenderer();
      })
      .finally(() => {
        if (hang === controller) hang = undefined;
      });
  });

  contents.on('responsive', () => hang?.abort());
}

// A dialog that fails is answered with the safe choice rather than leaving the window in limbo.
async function settle<T>(question: Promise<T>, fallback: T, warn: (message: string) => void): Promise<T> {
  try {
    return await question;
  } catch (error) {
    warn(`Could not ask what to do: ${String(error)}`);
    return fallback;
  }
}

/** The native question after a crash loop, as a window-modal message box. */
export async function askAfterCrashes(window: BaseWindow): Promise<'reload' | 'quit'> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'error',
    title: 'Civic Notebook',
    message: 'Civic Notebook keeps stopping.',
    detail: 'It stopped three times within a minute. Your saved concerns and drafts are kept on this computer. Reload to try again, or quit and restart the computer if it goes on.',
    buttons: ['Reload', 'Quit'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  return response === 0 ? 'reload' : 'quit';
}

/** The native question when the page hangs; closes itself (as Wait) when the signal aborts. */
export async function askWhenUnresponsive(window: BaseWindow, signal: AbortSignal): Promise<'wait' | 'reload'> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    title: 'Civic Notebook',
    message: 'Civic Notebook is not responding.',
    detail: 'You can wait for it, or reload it. Drafts are kept; anything typed in the last moment may be lost.',
    buttons: ['Wait', 'Reload'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
    signal,
  });
  return response === 1 ? 'reload' : 'wait';
}
