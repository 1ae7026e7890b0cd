/**
 * Writes what is being typed, often but not on every keystroke: the latest value is written at once, then at
 * most once per interval, and writes never overtake each other. Drafts use it so a crash loses at most the
 * last interval's typing, and a save can wait for every earlier draft write before deleting the draft (a late
 * write would otherwise bring a saved draft back).
 */

/** A queue that keeps only the newest pending write. */
export interface LatestWriter {
  /** Queues a write; replaces a queued one that has not started. */
  schedule(write: () => Promise<void>): void;
  /** Starts the queued write now; resolves when every write started so far has finished. */
  flush(): Promise<void>;
  /** Drops the queued write; resolves when the writes already started have finished. */
  cancel(): Promise<void>;
}

/** A LatestWriter writing at most once per `intervalMs`; failures go to `onError` and do not stop later writes. */
export function createLatestWriter(intervalMs: number, onError: (error: unknown) => void): LatestWriter {
  let pending: (() => Promise<void>) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastStart = Number.NEGATIVE_INFINITY;
  let chain: Promise<void> = Promise.resolve();

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const run = (): Promise<void> => {
    clearTimer();
    const write = pending;
    pending = undefined;
    if (write !== undefined) {
      lastStart = Date.now();
      chain = chain.then(write).catch(onError);
    }
    return chain;
  };

  return {
    schedule(write) {
      pending = write;
      if (timer !== undefined) return;
      const wait = lastStart + intervalMs - Date.now();
      if (wait <= 0) void run();
      else timer = setTimeout(run, wait);
    },
    flush: run,
    cancel() {
      clearTimer();
      pending = undefined;
      return chain;
    },
  };
}
