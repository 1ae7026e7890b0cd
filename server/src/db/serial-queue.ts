/**
 * Runs tasks one at a time in the order they were queued. PGlite is a single connection: without this, two
 * requests' transactions would send their statements down it interleaved, and one request's ROLLBACK would
 * undo the other's work. PGlite has a mutex of its own, but it is internal; this queue is ours, and it also
 * lets close() wait for queued work and refuse new work.
 *
 * Each task starts on a new turn of the event loop (setImmediate: after Node has read its sockets). PGlite runs
 * a statement synchronously and answers through promises, so without that a request's transactions, and the
 * tasks queued behind them, ran back to back in microtasks and Node read no socket meanwhile: with 50 desks
 * pushing, the server took one new connection per loop turn, a turn lasted up to a second, and GET /health
 * waited 15 s. The hop costs a few microseconds on an idle server.
 */

/** A FIFO of async tasks. */
export interface SerialQueue {
  /** Queues task; a failing task rejects its own promise and does not stop the queue. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Refuses new tasks (with makeClosedError()) and resolves once the queued ones have finished. */
  close(): Promise<void>;
}

/** Resolves once Node has handled the I/O that was pending (new requests, answers, timers due). */
function afterPendingIo(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Creates an empty queue. */
export function createSerialQueue(makeClosedError: () => Error): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let isClosed = false;
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      if (isClosed) return Promise.reject(makeClosedError());
      const result = tail.then(afterPendingIo).then(task);
      tail = result.catch(() => undefined);
      return result;
    },
    async close(): Promise<void> {
      isClosed = true;
      await tail;
    },
  };
}
