/**
 * GET /api/sync/events: server-sent events telling a signed-in device to pull now.
 *
 *   retry: 3000                      reconnect after 3 s if the stream drops
 *   event: poke\ndata: {}            the office's data changed: pull (one right away, for what changed while
 *                                    the device was not listening)
 *   : heartbeat                      every 25 s, so proxies keep the stream open; the session is checked too
 *   event: signed-out\ndata: {}      the session ended (signed out, revoked, staff removed): the stream closes
 *
 * Pokes that arrive close together are sent as one. On shutdown every stream is ended, so the server does not
 * wait on them. Nothing depends on a poke arriving: devices also pull on reconnect, on focus and on a timer.
 */
import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { findSession, requireStaff, tokenOf } from '../auth/require-staff';
import { staffOf } from '../auth/staff-session';
import type { Db } from '../db/db';
import type { PokeHub } from './pokes';

/** Timing of the event stream. */
export interface EventStreamOptions {
  /** Between heartbeats (and session checks). */
  readonly heartbeatMs: number;
  /** Pokes within this long of the first are sent as one. */
  readonly coalesceMs: number;
}

/** Defaults: a heartbeat well inside common 30-60 s proxy idle timeouts; pokes within 50 ms sent once. */
export const EVENT_STREAM_DEFAULTS: EventStreamOptions = { heartbeatMs: 25_000, coalesceMs: 50 };

const HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-store',
  Connection: 'keep-alive',
  'X-Content-Type-Options': 'nosniff',
  // Tells nginx-style proxies not to buffer the stream, or pokes would arrive in bursts.
  'X-Accel-Buffering': 'no',
};

/** One open stream: writes events until closed (by the device, the server, or the end of the session). */
interface EventStream {
  write(text: string): void;
  close(): void;
  readonly isOpen: boolean;
}

function openStream(res: ServerResponse, onClose: () => void): EventStream {
  let isOpen = true;
  const stream: EventStream = {
    get isOpen() {
      return isOpen;
    },
    write(text) {
      if (isOpen) res.write(text);
    },
    close() {
      if (!isOpen) return;
      isOpen = false;
      onClose();
      res.end();
    },
  };
  res.on('close', () => stream.close());
  res.writeHead(200, HEADERS);
  stream.write('retry: 3000\n\n');
  return stream;
}

/** Registers GET /api/sync/events on the app. */
export function eventStreamRoute(app: FastifyInstance, db: Db, hub: PokeHub, options: EventStreamOptions): void {
  const open = new Set<EventStream>();
  app.addHook('preClose', async () => {
    for (const stream of [...open]) stream.close();
  });
  app.get('/api/sync/events', { onRequest: requireStaff(db) }, async (request, reply) => {
    const staff = staffOf(request);
    const token = tokenOf(request) ?? '';
    reply.hijack();
    const timers: { poke?: NodeJS.Timeout; heartbeat?: NodeJS.Timeout; unsubscribe?: () => void } = {};
    const stream = openStream(reply.raw, () => {
      open.delete(stream);
      clearTimeout(timers.poke);
      clearInterval(timers.heartbeat);
      timers.unsubscribe?.();
    });
    open.add(stream);
    const poke = (): void => {
      timers.poke ??= setTimeout(() => {
        timers.poke = undefined;
        stream.write('event: poke\ndata: {}\n\n');
      }, options.coalesceMs);
    };
    try {
      const unsubscribe = await hub.subscribe(staff.officeId, poke);
      if (stream.isOpen) timers.unsubscribe = unsubscribe;
      else unsubscribe();
    } catch (error) {
      request.log.warn({ err: error }, 'sync events: could not listen for pokes');
      stream.close();
      return;
    }
    timers.heartbeat = setInterval(() => void heartbeat(db, token, stream), options.heartbeatMs);
    poke();
  });
}

async function heartbeat(db: Db, token: string, stream: EventStream): Promise<void> {
  let isSignedIn: boolean;
  try {
    isSignedIn = (await findSession(db, token)) !== undefined;
  } catch {
    isSignedIn = true; // the database is busy or closing: keep the stream, check again next time
  }
  if (isSignedIn) return stream.write(': heartbeat\n\n');
  stream.write('event: signed-out\ndata: {}\n\n');
  stream.close();
}
