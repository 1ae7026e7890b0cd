/**
 * PostgreSQL restarted under a running server process (an upgrade, a failover, an administrator's
 * `pg_ctl restart`), with desks pushing when it goes. While it is down the server stays up and says so:
 * /ready answers 503, a push gets a 503 with a sentence for people, within the request time limit. Once it
 * is back, without restarting the server: /ready answers 200, what the desks send again is applied exactly
 * once, and pokes reach the desks again (LISTEN is renewed).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { PushResponseSchema } from '@shared/sync/protocol';
import { eventStreamParser } from '../../renderer/src/sync/sse';
import { DATABASE_SETUP_TIMEOUT_MS } from '../helpers/databases';
import { until } from '../helpers/engine-desk';
import { concernOf, getJson, logConcernMutation, postJson, pullEverything, setUpOffice, type JsonAnswer } from '../helpers/http-office';
import { startPostgres, type PostgresCluster } from '../helpers/postgres';
import { createPushDesk, type Traffic } from '../helpers/push-desk';
import { setupCodeOf, startServerProcess, type ServerProcess } from '../helpers/server-process';

let cluster: PostgresCluster;
let server: ServerProcess | undefined;

beforeAll(async () => {
  cluster = await startPostgres();
}, DATABASE_SETUP_TIMEOUT_MS);
afterAll(async () => {
  await server?.kill('SIGKILL');
  await cluster.stop();
});

/** An event stream of pokes read as a desk with a token reads it; counts the pokes. */
function listenForPokes(url: string, token: string): { count(): number; close(): void } {
  const controller = new AbortController();
  let pokes = 0;
  const feed = eventStreamParser((name) => {
    if (name === 'poke') pokes += 1;
  });
  void (async () => {
    const response = await fetch(new URL('/api/sync/events', url), { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
    const decoder = new TextDecoder();
    for await (const chunk of response.body ?? []) feed(decoder.decode(chunk as Uint8Array, { stream: true }));
  })().catch(() => undefined);
  return { count: () => pokes, close: () => controller.abort() };
}

/** Pushes once; true when a poke follows within a few seconds (generous: the machine may be busy). */
async function pokedAfterPush(push: () => Promise<JsonAnswer>, pokes: { count(): number }): Promise<boolean> {
  const before = pokes.count();
  expect((await push()).status).toBe(200);
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    if (pokes.count() > before) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

it(
  'answers "not ready" and 503 "cannot reach its database" while PostgreSQL is down, and syncs and pokes again once it is back',
  async () => {
    server = startServerProcess({ DATABASE_URL: cluster.url });
    const url = await server.started;
    const { token } = await setUpOffice(url, await setupCodeOf(server));
    const clientId = randomUUID();
    let next = 1;
    const pushNext = async (): Promise<JsonAnswer> => {
      const answer = await postJson(url, '/api/sync/push', token, { clientId, mutations: [logConcernMutation(next, `Concern ${next}`)] });
      if (answer.status === 200) next += 1;
      return answer;
    };
    const pokes = listenForPokes(url, token);
    try {
      await until('the first poke arrives', () => pokes.count() > 0); // one right away on connecting
      expect(await pokedAfterPush(pushNext, pokes)).toBe(true);

      // PostgreSQL goes while two desks have pushes under way.
      const traffic: Traffic = { inFlight: 0, confirmed: 0 };
      const desks = [createPushDesk(url, token, traffic), createPushDesk(url, token, traffic)];
      const pushing = desks.map((desk) => desk.pushUntilFailure());
      await until('the desks are pushing', () => traffic.confirmed >= 20 && traffic.inFlight > 0, 30_000, 1);
      await cluster.shutDown();
      await Promise.all(pushing);
      expect(await getJson(url, '/ready')).toEqual({ status: 503, body: { status: 'unavailable' } });
      expect((await getJson(url, '/health')).status).toBe(200);
      const refused = await pushNext();
      expect(refused.status).toBe(503);
      expect(refused.body).toMatchObject({ error: 'database-unavailable', message: expect.stringMatching(/cannot reach its database.*sent again/) });
      expect(JSON.stringify(refused.body)).not.toMatch(/ECONNREFUSED|terminat|postgres|\bat \//i);
      expect(server.child.exitCode).toBeNull();

      await cluster.startUp();
      await until('the server is ready again', async () => (await getJson(url, '/ready')).status === 200, 30_000, 100);
      const accepted = await pushNext();
      expect(accepted.status).toBe(200);
      expect(PushResponseSchema.parse(accepted.body).results).toEqual([{ id: 1 + 1, status: 'applied' }]);
      for (const desk of desks) {
        const results = await desk.resend(url);
        for (const result of results) expect(result.status === 'applied' || (result.status === 'duplicate' && result.outcome === 'applied')).toBe(true);
      }
      const office = await pullEverything(url, token, randomUUID());
      const logged = desks.flatMap((desk) => desk.made.map(concernOf));
      expect(logged.every((id) => office.concerns.has(id))).toBe(true);
      expect([...office.createdEntries.values()].every((count) => count === 1)).toBe(true);
      // The listener reconnects with backoff: pokes return within a few of its retries, not immediately.
      await until('a push pokes the open stream again', () => pokedAfterPush(pushNext, pokes), 60_000, 0);

      // A desk that connects after the restart is poked too.
      const late = listenForPokes(url, token);
      try {
        await until('the late stream is connected', () => late.count() > 0);
        expect(await pokedAfterPush(pushNext, late)).toBe(true);
      } finally {
        late.close();
      }
      expect(server.output()).not.toMatch(/Unhandled|TypeError/);
    } finally {
      pokes.close();
    }
  },
  DATABASE_SETUP_TIMEOUT_MS,
);
