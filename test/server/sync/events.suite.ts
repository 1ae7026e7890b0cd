import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fastify, type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { syncRoutes } from '../../../server/src/sync/routes';
import type { DatabaseTarget } from '../../helpers/databases';
import { concernId, createOffice, createStaff, fields, migrated, mutation, push, type TestStaff } from './support';

/** An open event stream: the blocks received so far ("event: poke\ndata: {}"), split at blank lines. */
interface Stream {
  readonly blocks: string[];
  readonly ended: Promise<void>;
  waitFor(count: (blocks: string[]) => boolean, what: string, timeoutMs?: number): Promise<void>;
  close(): void;
}

const pokes = (blocks: readonly string[]) => blocks.filter((b) => b.startsWith('event: poke')).length;

async function listenOn(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

async function openStream(base: string, staff: TestStaff): Promise<Stream> {
  const controller = new AbortController();
  const res = await fetch(`${base}/api/sync/events`, { headers: { authorization: `Bearer ${staff.token}` }, signal: controller.signal });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const blocks: string[] = [];
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const ended = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        const parts = buffer.split('\n\n');
        buffer = parts.pop() ?? '';
        blocks.push(...parts);
      }
    } catch {
      // aborted by close()
    }
  })();
  return {
    blocks,
    ended,
    async waitFor(check, what, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (!check(blocks)) {
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; got ${JSON.stringify(blocks)}`);
        await sleep(10);
      }
    },
    close: () => controller.abort(),
  };
}

/** The event stream: pokes within and across processes, heartbeats, sign-out, shutdown. */
export function eventsSuite(getDb: () => Db, target: DatabaseTarget): void {
  describe('GET /api/sync/events', () => {
    let db: Db;
    let app: FastifyInstance;
    let base: string;
    let ana: TestStaff;
    const streams: Stream[] = [];
    const apps: FastifyInstance[] = [];

    beforeEach(async () => {
      db = await migrated(getDb());
      app = buildApp({ db });
      apps.push(app);
      base = await listenOn(app);
      ana = await createStaff(db, await createOffice(db));
    });
    afterEach(async () => {
      for (const stream of streams.splice(0)) stream.close();
      await Promise.all(apps.splice(0).map((a) => a.close()));
    });

    const open = async (staff: TestStaff, at = base) => {
      const stream = await openStream(at, staff);
      streams.push(stream);
      return stream;
    };
    const logOne = (into: FastifyInstance, staff: TestStaff, n: number) =>
      push(into, staff, { clientId: randomUUID(), mutations: [mutation(1, 'logConcern', { id: concernId(n), fields: fields() })] });

    it('starts with a retry delay and a poke, then pokes when the office\'s data changes', async () => {
      const stream = await open(ana);
      await stream.waitFor((b) => pokes(b) === 1, 'the first poke');
      expect(stream.blocks[0]).toBe('retry: 3000');
      await logOne(app, ana, 1);
      await stream.waitFor((b) => pokes(b) === 2, 'a poke after the push');
    });

    it('pokes a device listening on one server process when another process takes the push', async () => {
      const stream = await open(ana);
      await stream.waitFor((b) => pokes(b) === 1, 'the first poke');
      const other = buildApp({ db: await target.connect() });
      apps.push(other);
      await logOne(other, ana, 1);
      await stream.waitFor((b) => pokes(b) === 2, 'a poke from the other process');
    });

    it('does not poke another office\'s devices', async () => {
      const bea = await createStaff(db, await createOffice(db, 'Office B'));
      const [mine, theirs] = [await open(ana), await open(bea)];
      await theirs.waitFor((b) => pokes(b) === 1, 'the first poke');
      await logOne(app, ana, 1);
      await mine.waitFor((b) => pokes(b) === 2, 'a poke for office A');
      await sleep(200);
      expect(pokes(theirs.blocks)).toBe(1);
    });

    it('refuses an unsigned request with 401 before streaming', async () => {
      const res = await fetch(`${base}/api/sync/events`);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'unauthorized', message: 'Sign in to continue.' });
    });

    it('sends heartbeats, and ends the stream once the session is revoked', async () => {
      const bare = fastify();
      apps.push(bare);
      syncRoutes(bare, db, { heartbeatMs: 40 });
      const stream = await open(ana, await listenOn(bare));
      await stream.waitFor((b) => b.filter((x) => x === ': heartbeat').length >= 2, 'two heartbeats');
      await db.query('update sessions set revoked_at = now()');
      await stream.waitFor((b) => b.includes('event: signed-out\ndata: {}'), 'the signed-out event');
      await stream.ended;
    });

    it('ends open streams when the server shuts down, without waiting for them', async () => {
      const stream = await open(ana);
      await stream.waitFor((b) => pokes(b) === 1, 'the first poke');
      const started = Date.now();
      await app.close();
      await stream.ended;
      expect(Date.now() - started).toBeLessThan(2_000);
    });
  });
}
