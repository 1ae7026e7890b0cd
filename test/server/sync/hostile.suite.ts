import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { PUSH_BODY_LIMIT } from '../../../server/src/sync/validation';
import { MAX_ARGS_BYTES, PullRequestSchema, PushRequestSchema } from '@shared/sync/protocol';

import { bearer, concernId, createOffice, createStaff, fields, migrated, mutation, pull, push, syncCounts, type TestStaff } from './support';

const validPush = () => ({ clientId: randomUUID(), mutations: [mutation(1, 'logConcern', { id: concernId(1), fields: fields() })] });
const isClientError = (status: number) => status >= 400 && status < 500;
const isValid = (schema: typeof PushRequestSchema | typeof PullRequestSchema, body: unknown) => schema.safeParse(body).success;

/** Hostile and broken requests: a 4xx with a clear message, and the database unchanged. */
export function hostileSuite(getDb: () => Db): void {
  describe('hostile sync requests', () => {
    let db: Db;
    let app: FastifyInstance;
    let ana: TestStaff;
    let expired: TestStaff;
    let before: Record<string, number>;

    beforeEach(async () => {
      db = await migrated(getDb());
      app = buildApp({ db });
      const office = await createOffice(db);
      ana = await createStaff(db, office);
      expired = await createStaff(db, office, { isExpired: true });
      before = await syncCounts(db);
    });
    afterEach(async () => {
      await app.close();
    });

    const raw = (url: string, payload: string, headers: Record<string, string> = {}) =>
      app.inject({ method: 'POST', url, payload, headers: { 'content-type': 'application/json', ...bearer(ana), ...headers } });

    async function expectRefused(res: { statusCode: number; json: () => unknown }, status: number, message: RegExp): Promise<void> {
      expect(res.statusCode).toBe(status);
      expect(res.json()).toEqual({ error: expect.any(String), message: expect.stringMatching(message) });
      expect(await syncCounts(db)).toEqual(before);
    }

    it('refuses malformed JSON with 400', async () => {
      await expectRefused(await raw('/api/sync/push', '{"clientId": '), 400, /JSON/);
      await expectRefused(await raw('/api/sync/pull', 'not json'), 400, /JSON/);
    });

    it('refuses a body past the size limit with 413 before reading it', async () => {
      await expectRefused(await raw('/api/sync/push', `{"pad":"${'x'.repeat(PUSH_BODY_LIMIT)}"}`), 413, /too large/);
      await expectRefused(await raw('/api/sync/pull', `{"pad":"${'x'.repeat(10_000)}"}`), 413, /too large/);
    });

    it('refuses one change past the args limit with 413, saying so', async () => {
      const body = validPush();
      const big = { ...body, mutations: [{ ...body.mutations[0]!, args: { id: concernId(1), fields: fields({ details: 'x'.repeat(MAX_ARGS_BYTES) }) } }] };
      await expectRefused(await push(app, ana, big), 413, /One change is too large to send/);
    });

    it('refuses a mutation name this server does not know with 400, saving nothing of the batch', async () => {
      const body = validPush();
      body.mutations.push(mutation(2, 'renameOffice', { name: 'x' }));
      await expectRefused(await push(app, ana, body), 400, /does not know the change "renameOffice" \(mutation 2\)/);
    });

    it('refuses wrong types with 400 naming the field', async () => {
      await expectRefused(await push(app, ana, { ...validPush(), clientId: 42 }), 400, /clientId: .*device id/);
      await expectRefused(await push(app, ana, { ...validPush(), mutations: [{ ...mutation(1, 'logConcern', {}), id: '1' }] }), 400, /mutations\.0\.id/);
      await expectRefused(await push(app, ana, { ...validPush(), mutations: [{ ...mutation(1, 'logConcern', {}), at: 'yesterday' }] }), 400, /mutations\.0\.at: Expected an ISO 8601 UTC timestamp/);
      await expectRefused(await pull(app, ana, { clientId: randomUUID(), limit: 'all' }), 400, /limit/);
    });

    it('refuses an unsigned request and an expired session with 401', async () => {
      const unsigned = await app.inject({ method: 'POST', url: '/api/sync/push', payload: validPush() });
      await expectRefused(unsigned, 401, /Sign in to continue/);
      await expectRefused(await push(app, expired, validPush()), 401, /session has ended/);
      await expectRefused(await pull(app, expired, { clientId: randomUUID() }), 401, /session has ended/);
      await expectRefused(await push(app, { token: 'x'.repeat(43) }, validPush()), 401, /session has ended/);
    });

    const mutationLike = fc.record(
      { id: fc.oneof(fc.integer(), fc.string(), fc.double()), name: fc.oneof(fc.string(), fc.constantFrom('logConcern', 'setStatus')), at: fc.oneof(fc.string(), fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString()))), args: fc.anything() },
      { requiredKeys: [] },
    );
    const pushLike = fc.oneof(
      fc.anything(),
      fc.record({ clientId: fc.oneof(fc.uuid(), fc.string()), mutations: fc.oneof(fc.array(mutationLike, { maxLength: 4 }), fc.anything()) }, { requiredKeys: [] }),
    );
    const pullLike = fc.oneof(
      fc.anything(),
      fc.record({ clientId: fc.oneof(fc.uuid(), fc.string()), cursor: fc.oneof(fc.string(), fc.anything()), limit: fc.anything() }, { requiredKeys: [] }),
    );

    it('answers any unreadable push with a 4xx and a message, changing nothing (fuzz)', async () => {
      await fc.assert(
        fc.asyncProperty(pushLike, async (body) => {
          fc.pre(!isValid(PushRequestSchema, body));
          const res = await app.inject({ method: 'POST', url: '/api/sync/push', headers: { ...bearer(ana), 'content-type': 'application/json' }, payload: JSON.stringify(body ?? null) });
          expect(isClientError(res.statusCode), res.body).toBe(true);
          expect(res.json<{ message: string }>().message.length).toBeGreaterThan(0);
        }),
        { numRuns: 150 },
      );
      expect(await syncCounts(db)).toEqual(before);
    });

    it('answers any unreadable pull with a 4xx and a message (fuzz)', async () => {
      await fc.assert(
        fc.asyncProperty(pullLike, async (body) => {
          fc.pre(!isValid(PullRequestSchema, body));
          const res = await app.inject({ method: 'POST', url: '/api/sync/pull', headers: { ...bearer(ana), 'content-type': 'application/json' }, payload: JSON.stringify(body ?? null) });
          expect(isClientError(res.statusCode), res.body).toBe(true);
          expect(res.json<{ message: string }>().message.length).toBeGreaterThan(0);
        }),
        { numRuns: 150 },
      );
      expect(await syncCounts(db)).toEqual(before);
    });
  });
}
