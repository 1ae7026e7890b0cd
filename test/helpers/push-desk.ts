/**
 * A desk that pushes over real HTTP and remembers exactly what the server confirmed, for tests that break
 * the server in the middle of pushes:
 *
 *   const traffic = { inFlight: 0, confirmed: 0 };
 *   const desk = createPushDesk(url, token, traffic);
 *   await desk.pushUntilFailure();   // batches of new logConcern mutations until a request gets no answer
 *   const results = await desk.resend(url);   // after the restart: what was never confirmed, again
 *
 * A push the server answered with 200 is "confirmed": each of its results is kept by mutation id. A push
 * that got no answer (the connection dropped) or an error status ends pushUntilFailure; what it carried may
 * or may not have been applied, which is what resend() finds out.
 */
import { randomUUID } from 'node:crypto';
import { PushResponseSchema, type PushMutation, type PushResult } from '@shared/sync/protocol';
import { logConcernMutation, postJson } from './http-office';

/** Requests of all desks together: how many are under way, and how many mutations were confirmed. */
export interface Traffic {
  inFlight: number;
  confirmed: number;
}

/** One pushing desk. */
export interface PushDesk {
  readonly clientId: string;
  /** Every mutation made, in order (mutation id n at index n - 1). */
  readonly made: readonly PushMutation[];
  /** The server's confirmed outcome of each mutation, by id. */
  readonly confirmed: ReadonlyMap<number, PushResult>;
  /** Pushes that got no answer, or an error instead of one. */
  readonly failedPushes: number;
  /** Pushes batches of new mutations, one request at a time, until one fails. */
  pushUntilFailure(): Promise<void>;
  /** Pushes every mutation without a confirmed outcome (to `url`, the restarted server); returns the results. */
  resend(url: string): Promise<PushResult[]>;
}

/** How many mutations each push carries. */
export const BATCH_SIZE = 10;

/** A desk with a new device id, signed in with `token`, pushing to the server at `url`. */
export function createPushDesk(url: string, token: string, traffic: Traffic): PushDesk {
  const clientId = randomUUID();
  const made: PushMutation[] = [];
  const confirmed = new Map<number, PushResult>();
  let failedPushes = 0;

  const push = async (to: string, mutations: PushMutation[]): Promise<PushResult[] | undefined> => {
    traffic.inFlight += 1;
    try {
      const answer = await postJson(to, '/api/sync/push', token, { clientId, mutations });
      if (answer.status !== 200) return undefined;
      const { results } = PushResponseSchema.parse(answer.body);
      for (const result of results) confirmed.set(result.id, result);
      traffic.confirmed += results.length;
      return results;
    } catch {
      return undefined; // no answer: the server went away under the request
    } finally {
      traffic.inFlight -= 1;
    }
  };

  return {
    clientId,
    made,
    confirmed,
    get failedPushes() {
      return failedPushes;
    },
    async pushUntilFailure() {
      for (;;) {
        const batch: PushMutation[] = [];
        for (let i = 0; i < BATCH_SIZE; i += 1) {
          const id = made.length + 1;
          made.push(logConcernMutation(id, `Concern ${id} from desk ${clientId.slice(0, 8)}`));
          batch.push(made[id - 1] as PushMutation);
        }
        if ((await push(url, batch)) === undefined) {
          failedPushes += 1;
          return;
        }
      }
    },
    async resend(to) {
      const unconfirmed = made.filter((mutation) => !confirmed.has(mutation.id));
      if (unconfirmed.length === 0) return [];
      const results = await push(to, unconfirmed);
      if (results === undefined) throw new Error(`Sending desk ${clientId}'s unconfirmed mutations again failed`);
      return results;
    },
  };
}
