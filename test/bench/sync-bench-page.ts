/**
 * The sync benchmarks' in-page code, built into one script by vite.bench-sync.config.ts and injected into a
 * page of the served web app (same origin as the office server). It runs the desk's real sync engine and
 * HTTP transport on the app's own database code, and times:
 *   - a first sync into an empty database, from start() to the first 'synced' (no more pages);
 *   - the raw baseline: the very rows that sync wrote, read back and bulkPut into a separate database with the
 *     same tables and indexes, nothing else;
 *   - for the engine-level save-to-other-desk latency: a save on this desk (the app's createConcern) and the
 *     moment a concern arrives here, both as epoch milliseconds (performance.timeOrigin + now()), so two pages
 *     on this machine compare without a round trip through Playwright.
 */
import { Dexie, liveQuery } from 'dexie';
import { emptyConcernFields } from '@shared/domain/concern';
import { createConcern, openNotebookDb, type NotebookDb } from '../../renderer/src/db';
import { SCHEMA_VERSIONS } from '../../renderer/src/db/schema-versions';
import { newId } from '../../renderer/src/lib/ids';
import { createSyncEngine, type SyncEngine } from '../../renderer/src/sync/engine';
import { createHttpTransport } from '../../renderer/src/sync/http-transport';
import type { SyncTransport } from '../../renderer/src/sync/transport';

/** What a first sync took and brought. */
export interface FirstSyncFigures {
  readonly ms: number;
  /** Time spent waiting for pull answers: server, transfer, parsing and checking the page. */
  readonly pullMs: number;
  readonly pages: number;
  readonly changes: number;
  readonly smallestLimit: number;
  readonly largestLimit: number;
  readonly concerns: number;
  readonly history: number;
  readonly concernTags: number;
}

/** What the raw baseline took, in total and for the concerns table alone. */
export interface RawFigures {
  readonly ms: number;
  readonly concernsMs: number;
  readonly rows: number;
}

declare global {
  interface Window {
    benchFirstSync?: (token: string) => Promise<FirstSyncFigures>;
    benchRawPut?: (chunk: number) => Promise<RawFigures>;
    benchLiveStart?: (token: string) => Promise<void>;
    benchLiveNewId?: () => string;
    benchLiveWatch?: (id: string) => Promise<number>;
    benchLiveSave?: (id: string, summary: string) => Promise<number>;
    benchLiveStop?: () => Promise<void>;
  }
}

const now = () => performance.timeOrigin + performance.now();
const RAW_DB_NAME = 'civic-notebook-raw-baseline';

/** A transport that notes how long each pull took and what it asked for. */
function timed(inner: SyncTransport, log: { pullMs: number; changes: number; limits: number[] }): SyncTransport {
  return {
    push: (body) => inner.push(body),
    async pull(body) {
      const started = performance.now();
      const answer = await inner.pull(body);
      log.pullMs += performance.now() - started;
      log.limits.push(body.limit ?? 0);
      if (answer.kind === 'ok') log.changes += answer.value.changes.length;
      return answer;
    },
    events: (onPoke) => inner.events(onPoke),
  };
}

/** Resolves at the engine's first 'synced'; rejects on an error state (a bench must not wait forever). */
function firstSynced(engine: SyncEngine): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const { state, lastError } = engine.status.get();
      if (state === 'synced') {
        stop();
        resolve();
      } else if (state === 'error' || state === 'offline') {
        stop();
        reject(new Error(`sync failed: ${lastError?.message ?? state}`));
      }
    };
    const stop = engine.status.subscribe(check);
  });
}

window.benchFirstSync = async (token) => {
  const db = openNotebookDb();
  await db.open();
  const log = { pullMs: 0, changes: 0, limits: [] as number[] };
  const started = performance.now();
  const engine = createSyncEngine({ db, transport: timed(createHttpTransport({ baseUrl: location.origin, token }), log) });
  const synced = firstSynced(engine);
  await engine.start();
  await synced;
  const ms = performance.now() - started;
  await engine.stop();
  const figures: FirstSyncFigures = {
    ms,
    pullMs: log.pullMs,
    pages: log.limits.length,
    changes: log.changes,
    smallestLimit: Math.min(...log.limits),
    largestLimit: Math.max(...log.limits),
    concerns: await db.concerns.count(),
    history: await db.history.count(),
    concernTags: await db.concern_tags.count(),
  };
  db.close();
  return figures;
};

/** The rows sync wrote to the desk's database, as stored. */
async function syncedRows(): Promise<{ concerns: unknown[]; history: unknown[]; concernTags: unknown[] }> {
  const db = openNotebookDb();
  await db.open();
  const rows = { concerns: await db.concerns.toArray(), history: await db.history.toArray(), concernTags: await db.concern_tags.toArray() };
  db.close();
  return rows;
}

window.benchRawPut = async (chunk) => {
  const rows = await syncedRows();
  await Dexie.delete(RAW_DB_NAME);
  // The synced tables with the app's own index declarations (database.ts), and nothing else.
  const raw = new Dexie(RAW_DB_NAME);
  raw.version(1).stores({
    concerns: SCHEMA_VERSIONS[2].concerns,
    history: SCHEMA_VERSIONS[1].history,
    concern_tags: SCHEMA_VERSIONS[4].concern_tags,
  });
  await raw.open();
  const put = async (table: string, list: unknown[]) => {
    for (let i = 0; i < list.length; i += chunk) await raw.table(table).bulkPut(list.slice(i, i + chunk));
  };
  const started = performance.now();
  await put('concerns', rows.concerns);
  const concernsMs = performance.now() - started;
  await put('history', rows.history);
  await put('concern_tags', rows.concernTags);
  const ms = performance.now() - started;
  raw.close();
  await Dexie.delete(RAW_DB_NAME);
  return { ms, concernsMs, rows: rows.concerns.length + rows.history.length + rows.concernTags.length };
};

let live: { db: NotebookDb; engine: SyncEngine } | undefined;

window.benchLiveStart = async (token) => {
  const db = openNotebookDb();
  await db.open();
  const engine = createSyncEngine({ db, transport: createHttpTransport({ baseUrl: location.origin, token }) });
  const synced = firstSynced(engine);
  await engine.start();
  await synced;
  live = { db, engine };
};

window.benchLiveNewId = () => newId();

window.benchLiveWatch = (id) => {
  const db = live?.db;
  if (db === undefined) return Promise.reject(new Error('benchLiveStart first'));
  // liveQuery is what the notebook's useLiveQuery is built on: it fires once the page's transaction commits.
  return new Promise((resolve) => {
    const subscription = liveQuery(() => db.concerns.get(id)).subscribe((row) => {
      if (row === undefined) return;
      const at = now();
      subscription.unsubscribe();
      resolve(at);
    });
  });
};

window.benchLiveSave = async (id, summary) => {
  const db = live?.db;
  if (db === undefined) throw new Error('benchLiveStart first');
  const at = now();
  const fields = { ...emptyConcernFields('phone'), summary, tags: ['bench'] };
  await createConcern(db, id, fields, { at: new Date().toISOString(), by: 'Bench staff' });
  return at;
};

window.benchLiveStop = async () => {
  await live?.engine.stop();
  live?.db.close();
  live = undefined;
};
