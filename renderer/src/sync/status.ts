/**
 * What the desk shows about sync: a small observable value the status line and settings screen read with
 * React's useSyncExternalStore(status.subscribe, status.get).
 */

/** Why sync is not working right now, in plain words (code: for the message catalogue). */
export interface SyncProblem {
  readonly code: 'offline' | 'unauthorized' | 'server-error' | 'lost-changes' | 'desk-error';
  readonly message: string;
}

/** Progress of a desk's first sync of its office: rows and pages received so far, of about `total` changes. */
export interface FirstSyncProgress {
  readonly rows: number;
  readonly pages: number;
  /** The server's estimate from the first page (absent from older servers). */
  readonly total?: number;
}

/** The desk's sync state at a glance. */
export interface SyncStatus {
  /**
   * local-only: no server set up (everything is kept on this desk); offline: the server cannot be reached;
   * syncing: sending or receiving now; synced: the last round trip succeeded; error: see lastError.
   */
  readonly state: 'local-only' | 'offline' | 'syncing' | 'synced' | 'error';
  /** Changes made here that the server has not confirmed yet. */
  readonly pending: number;
  /** When changes were last received from the server (ISO 8601 UTC), if ever. */
  readonly lastSyncAt: string | undefined;
  readonly lastError: SyncProblem | undefined;
  /** Set while the desk takes in its office's concerns for the first time; the app stays usable meanwhile. */
  readonly firstSyncProgress: FirstSyncProgress | undefined;
}

/** A value that changes over time, in the shape useSyncExternalStore reads. */
export interface Observable<T> {
  get(): T;
  subscribe(listener: () => void): () => void;
}

/** An observable value with a setter that notifies only on change. */
export function observable<T extends object>(initial: T): Observable<T> & { set(patch: Partial<T>): void } {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(patch) {
      const next = { ...value, ...patch };
      const changed = (Object.keys(next) as (keyof T)[]).some((key) => JSON.stringify(next[key]) !== JSON.stringify(value[key]));
      if (!changed) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
  };
}
