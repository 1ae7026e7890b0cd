/**
 * Pokes: "this office's data changed, pull now". A push sends one with its transaction (tx.notify, delivered
 * only on commit) on one channel, the office id as payload. Every server process listens once (Db.listen:
 * LISTEN/NOTIFY across processes on PostgreSQL, in-process on PGlite) and fans pokes out to the event streams
 * of that office. A lost poke costs only latency: devices also pull on reconnect, on focus and on a timer.
 */
import type { Db, Tx, Unlisten } from '../db/db';

/** The notification channel of sync pokes; the payload is the office id. */
export const SYNC_POKE_CHANNEL = 'sync_poke';

/** Pokes the office's devices once the transaction commits. */
export async function pokeOffice(tx: Tx, officeId: string): Promise<void> {
  await tx.notify(SYNC_POKE_CHANNEL, officeId);
}

/** One process's subscriptions to pokes, by office. */
export interface PokeHub {
  /** Calls onPoke for each poke of the office until the returned function is called. */
  subscribe(officeId: string, onPoke: () => void): Promise<() => void>;
  /** Stops listening; later subscribes reject. */
  close(): Promise<void>;
}

/** A hub that starts listening on the database with its first subscriber. */
export function createPokeHub(db: Db): PokeHub {
  const byOffice = new Map<string, Set<() => void>>();
  let listening: Promise<Unlisten> | undefined;
  let isClosed = false;

  const deliver = (officeId: string): void => {
    for (const onPoke of byOffice.get(officeId) ?? []) onPoke();
  };
  const listen = (): Promise<Unlisten> => {
    listening ??= db.listen(SYNC_POKE_CHANNEL, deliver).catch((error: unknown) => {
      listening = undefined; // let the next subscriber try again
      throw error;
    });
    return listening;
  };

  return {
    async subscribe(officeId, onPoke) {
      if (isClosed) throw new Error('The poke hub is closed');
      await listen();
      // A wrapper per call, so one function subscribed twice is two subscriptions, each removed once.
      const entry = (): void => onPoke();
      const set = byOffice.get(officeId) ?? new Set();
      set.add(entry);
      byOffice.set(officeId, set);
      return () => {
        set.delete(entry);
        if (set.size === 0 && byOffice.get(officeId) === set) byOffice.delete(officeId);
      };
    },
    async close() {
      isClosed = true;
      byOffice.clear();
      const pending = listening;
      listening = undefined;
      const unlisten = await pending?.catch(() => undefined);
      await unlisten?.().catch(() => undefined);
    },
  };
}
