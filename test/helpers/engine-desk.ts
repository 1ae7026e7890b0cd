/**
 * A desk running the real sync engine (renderer/src/sync) against a real server over HTTP, on a
 * fake-indexeddb database: the way the app syncs, with short waits so a test sees it recover quickly.
 *
 *   const desk = await startEngineDesk(url, token);
 *   await desk.log(2);                      // two concerns saved through renderer/src/db, as the app does
 *   await until(() => desk.isSettled());    // synced, nothing pending
 */
import { countPending, createConcern, readSyncState, type NotebookDb } from '../../renderer/src/db';
import { createSyncEngine, type SyncEngine } from '../../renderer/src/sync/engine';
import { createHttpTransport } from '../../renderer/src/sync/http-transport';
import { fields, testId } from './concerns';
import { freshDb } from './fake-db';

/** A desk with its engine started. */
export interface EngineDesk {
  readonly db: NotebookDb;
  readonly engine: SyncEngine;
  /** Ids of the concerns logged at this desk. */
  readonly logged: readonly string[];
  /** Logs `count` new concerns through the local database (the engine is told, as in the app). */
  log(count: number): Promise<void>;
  /** True when the engine's last round succeeded and nothing waits to be sent. */
  isSettled(): Promise<boolean>;
  /** This desk's device id (after its first change). */
  clientId(): Promise<string | undefined>;
  /** The ids of the concerns this desk holds. */
  concernIds(): Promise<string[]>;
}

/** Engine timing for tests: a round every 300 ms when all is well; after failures 50 ms doubling up to 400 ms. */
const TIMING = { periodMs: 300, backoff: { baseMs: 50, maxMs: 400 } } as const;

/** Opens a fresh desk signed in with `token` to the server at `url`, and starts its engine. */
export async function startEngineDesk(url: string, token: string, name = 'Engine desk'): Promise<EngineDesk> {
  const db = freshDb();
  const transport = createHttpTransport({ baseUrl: url, token, timeoutMs: 5_000 });
  const engine = createSyncEngine({ db, transport, ...TIMING });
  await engine.start();
  const logged: string[] = [];
  return {
    db,
    engine,
    logged,
    async log(count) {
      for (let i = 0; i < count; i += 1) {
        const at = Date.now();
        const id = testId(at);
        await createConcern(db, id, fields({ summary: `Concern ${logged.length + 1} from ${name}` }), { at: new Date(at).toISOString(), by: name });
        logged.push(id);
      }
    },
    async isSettled() {
      return engine.status.get().state === 'synced' && (await countPending(db)) === 0;
    },
    async clientId() {
      return (await readSyncState(db)).clientId;
    },
    async concernIds() {
      return (await db.concerns.toArray()).map((concern) => concern.id).sort();
    },
  };
}

/** Resolves once `check` holds, trying every `everyMs`; rejects naming `what` after `timeoutMs`. */
export async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 60_000, everyMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
