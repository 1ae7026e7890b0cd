/**
 * The review queue's source, kept live once per desk database for the app's life: a go-to person's desk starts
 * it soon after the app opens (warmReviewQueue), like an inbox that is always current, so opening the queue
 * shows it at once instead of reading thousands of open concerns then. Other desks start it the first time
 * the queue is shown. The liveQuery re-reads only when an open concern, a flag or a colleague changes, one
 * read at a time.
 */
import { useSyncExternalStore } from 'react';
import type { ResponsePolicy } from '@shared/domain/response-clock';
import { queueRowsOf, watchQueueSource, type QueueSource } from '../../../db/review-queue';
import type { NotebookDb } from '../../../db';

/** The source while loading, after a failed read, or read. */
export type SourceState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly source: QueueSource };

interface QueueStore {
  state: SourceState;
  readonly listeners: Set<() => void>;
  /** The policy to work due times out for as soon as a source arrives (the warm-up's). */
  warmFor: ResponsePolicy | undefined;
}

const stores = new WeakMap<NotebookDb, QueueStore>();

function storeOf(db: NotebookDb): QueueStore {
  const existing = stores.get(db);
  if (existing !== undefined) return existing;
  const store: QueueStore = { state: { status: 'loading' }, listeners: new Set(), warmFor: undefined };
  stores.set(db, store);
  const publish = (state: SourceState) => {
    store.state = state;
    for (const listener of [...store.listeners]) listener();
  };
  watchQueueSource(
    db,
    (source) => {
      // Due times are cached per policy (review-queue-rows.ts): working them out here, off the queue's first
      // render, is what makes it quick.
      if (store.warmFor !== undefined) queueRowsOf(source, store.warmFor, Date.now());
      publish({ status: 'ready', source });
    },
    (error: unknown) => {
      console.error('The review queue could not be read:', error);
      publish({ status: 'error', error });
    },
  );
  return store;
}

/** Starts keeping the queue live at this desk, its due times worked out under `policy`. */
export function warmReviewQueue(db: NotebookDb, policy: ResponsePolicy): void {
  const store = storeOf(db);
  store.warmFor = policy;
  if (store.state.status === 'ready') queueRowsOf(store.state.source, policy, Date.now());
}

/** The queue's source at this desk, live (started now if nothing warmed it). */
export function useQueueSource(db: NotebookDb): SourceState {
  const store = storeOf(db);
  return useSyncExternalStore(
    (listener) => {
      store.listeners.add(listener);
      return () => store.listeners.delete(listener);
    },
    () => store.state,
  );
}
