/**
 * LISTEN for the PostgreSQL adapter on one dedicated connection (a pooled one would be handed to other
 * queries, and its LISTENs would go with it). When that connection drops (a database restart, a network
 * blip, pg_terminate_backend) it reconnects with backoff and LISTENs again on every channel still wanted.
 * Notifications sent while it was down are lost: they are pokes, and clients also pull on a timer.
 */
import { Client } from 'pg';
import type { ClientConfig, Notification } from 'pg';
import type { Unlisten } from './db';
import { closedError } from './guards';

/** Listening on a dedicated connection. */
export interface Listener {
  /** channel must already be checked with assertChannel (it is spliced into LISTEN). */
  listen(channel: string, onPayload: (payload: string) => void): Promise<Unlisten>;
  close(): Promise<void>;
}

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5_000;

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** Creates a listener that connects on its first listen(). */
export function createListener(config: ClientConfig, onError: (error: Error) => void): Listener {
  const channels = new Map<string, Set<(payload: string) => void>>();
  let client: Client | undefined;
  let connecting: Promise<Client> | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let retryMs = FIRST_RETRY_MS;
  let isClosed = false;

  const dispatch = (message: Notification): void => {
    for (const deliver of channels.get(message.channel) ?? []) {
      try {
        deliver(message.payload ?? '');
      } catch (error) {
        onError(asError(error));
      }
    }
  };

  const lost = (which: Client, error?: Error): void => {
    if (client !== which) return;
    client = undefined;
    if (error !== undefined) onError(error);
    scheduleReconnect();
  };

  const scheduleReconnect = (): void => {
    if (isClosed || channels.size === 0 || retryTimer !== undefined || connecting !== undefined) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      connect().catch((error: unknown) => {
        onError(asError(error));
        scheduleReconnect();
      });
    }, retryMs);
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
  };

  const open = async (): Promise<Client> => {
    const next = new Client(config);
    next.on('notification', dispatch);
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next));
    try {
      await next.connect();
      for (const channel of channels.keys()) await next.query(`LISTEN ${channel}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    if (isClosed) {
      await next.end().catch(() => undefined);
      throw closedError();
    }
    client = next;
    retryMs = FIRST_RETRY_MS;
    return next;
  };

  const connect = (): Promise<Client> => {
    if (client !== undefined) return Promise.resolve(client);
    connecting ??= open().finally(() => {
      connecting = undefined;
    });
    return connecting;
  };

  return {
    async listen(channel: string, onPayload: (payload: string) => void): Promise<Unlisten> {
      if (isClosed) throw closedError();
      // A wrapper per call, so the same function listening twice is two listeners, each removed once.
      const deliver = (payload: string): void => onPayload(payload);
      const listeners = channels.get(channel) ?? new Set();
      const isFirst = listeners.size === 0;
      listeners.add(deliver);
      channels.set(channel, listeners);
      const forget = (): boolean => {
        if (!listeners.delete(deliver)) return false;
        if (listeners.size === 0 && channels.get(channel) === listeners) channels.delete(channel);
        return true;
      };
      try {
        const connected = await connect();
        if (isFirst) await connected.query(`LISTEN ${channel}`);
      } catch (error) {
        forget();
        throw error;
      }
      return async () => {
        if (!forget() || channels.has(channel) || isClosed) return;
        // A lost connection has nothing left to UNLISTEN, and the reconnect skips forgotten channels.
        await client?.query(`UNLISTEN ${channel}`).catch(() => undefined);
      };
    },
    async close(): Promise<void> {
      isClosed = true;
      clearTimeout(retryTimer);
      channels.clear();
      const current = client;
      client = undefined;
      await connecting?.catch(() => undefined);
      await current?.end().catch(() => undefined);
    },
  };
}
