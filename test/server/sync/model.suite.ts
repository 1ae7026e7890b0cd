/**
 * The model test (SYNC.md "What the tests must prove"): three desks of one office make random changes, go
 * offline, and talk through a network that drops, duplicates and reorders requests (app.inject is the wire).
 * After the network heals and everyone syncs: every desk equals the server, every mutation each desk made is
 * recorded exactly once, and replaying the recorded ones in the server's order on a fresh store gives the
 * same outcomes and the same rows (so none was applied twice, or half).
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { applyMutation } from '@shared/sync/apply';
import { createMemoryStore } from '@shared/sync/memory-store';
import { isServerOnlyTable, type TableName } from '@shared/sync/store';

import { concernId, intentArb, resolveIntent, type Intent } from '../../shared/sync/fixtures';
import { act, contextOf, heal, pullOnce, pushOnce, settle, simClient, type Fault, type SimClient } from './model-client';
import { createOffice, createStaff, migrated, officeRows } from './support';

type Step =
  | { kind: 'act'; desk: number; intent: Intent }
  | { kind: 'push'; desk: number; fault: Fault }
  | { kind: 'pull'; desk: number; fault: Fault; limit: number }
  | { kind: 'toggleOnline'; desk: number }
  | { kind: 'deliverDelayed'; desk: number }
  | { kind: 'restartServer' }
  | { kind: 'together'; desk: number };

const DESKS = 3;
const desk = fc.nat({ max: DESKS - 1 });
const fault = fc.constantFrom<Fault>('none', 'none', 'none', 'dropRequest', 'dropResponse', 'duplicate', 'delay');
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('act' as const), desk, intent: intentArb(5) }), weight: 5 },
  { arbitrary: fc.record({ kind: fc.constant('push' as const), desk, fault }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('pull' as const), desk, fault, limit: fc.integer({ min: 1, max: 8 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('toggleOnline' as const), desk }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('deliverDelayed' as const), desk }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'restartServer' as const }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('together' as const), desk }), weight: 2 },
);

/** The server process of a run: restartServer replaces it with a new one on the same database. */
interface Server {
  app: FastifyInstance;
}

async function freshOffice(db: Db): Promise<{ server: Server; desks: SimClient[] }> {
  await db.exec('drop schema public cascade; create schema public;');
  await migrated(db);
  const office = await createOffice(db);
  // A go-to person among counter staff: the counter staff's deletes are refused by the server after they
  // applied locally, which the desks must roll back.
  const roles = ['counter', 'goto', 'counter'] as const;
  const desks: SimClient[] = [];
  for (const [i, role] of roles.entries()) desks.push(simClient(await createStaff(db, office, { role, displayName: `Desk ${i + 1}` }), randomUUID()));
  return { server: { app: buildApp({ db }) }, desks };
}

/** The intent aimed at a concern the desk can see (concerns are concernId(0), concernId(1), ... as logged). */
async function aimed(client: SimClient, intent: Intent, logged: number): Promise<Intent> {
  if (intent.kind === 'log') return intent;
  const visible: number[] = [];
  for (let n = 0; n < logged; n += 1) if ((await client.store.get('concerns', concernId(n))) !== undefined) visible.push(n);
  if (visible.length === 0) return { kind: 'log', fields: {} };
  return { ...intent, target: visible[intent.target % visible.length]! };
}

async function run(db: Db, server: Server, desks: SimClient[], steps: readonly Step[]): Promise<void> {
  let logged = 0;
  for (const step of steps) {
    if (step.kind === 'restartServer') {
      await server.app.close();
      server.app = buildApp({ db });
      continue;
    }
    const app = server.app;
    if (step.kind === 'together') {
      // Two desks push while the third pulls, at the same time: on PostgreSQL the pushes' transactions can
      // commit out of xid order while the pull reads, which is what the horizon is for.
      const [a, b, c] = [0, 1, 2].map((i) => desks[(step.desk + i) % DESKS]!) as [SimClient, SimClient, SimClient];
      await Promise.all([a.isOnline && pushOnce(app, a, 'none'), b.isOnline && pushOnce(app, b, 'none'), c.isOnline && pullOnce(app, c, 'none', 3)]);
      continue;
    }
    const client = desks[step.desk]!;
    if (step.kind === 'act') {
      const mutation = await resolveIntent(client.store, await aimed(client, step.intent, logged), logged);
      if (mutation?.name === 'logConcern') logged += 1;
      if (mutation !== undefined) await act(client, mutation);
    } else if (step.kind === 'toggleOnline') {
      client.isOnline = !client.isOnline;
    } else if (!client.isOnline) {
      continue;
    } else if (step.kind === 'push') {
      await pushOnce(app, client, step.fault);
    } else if (step.kind === 'pull') {
      await pullOnce(app, client, step.fault, step.limit);
    } else {
      await client.delayed.shift()?.(app);
    }
  }
}

interface RecordedRow {
  client_id: string;
  mutation_id: number;
  status: 'applied' | 'rejected';
  code: string | null;
}

/** Replays the recorded mutations in the server's order on a fresh store; returns it. */
async function replay(db: Db, desks: readonly SimClient[]) {
  const { rows } = await db.query<RecordedRow>(
    `select l.client_id, l.mutation_id::int as mutation_id, m.status, m.code
       from sync_log l join sync_mutations m using (client_id, mutation_id) where l.op = 'mutation' order by l.seq`,
  );
  const store = createMemoryStore();
  for (const row of rows) {
    if (row.code === 'forbidden') continue; // refused by role before it ran
    const client = desks.find((d) => d.clientId === row.client_id)!;
    const m = client.made.get(row.mutation_id)!;
    const outcome = await applyMutation(store, m, contextOf(client, m));
    expect(outcome.status, `${m.name} ${row.mutation_id} of ${client.staff.displayName}`).toBe(row.status);
  }
  return store;
}

async function check(db: Db, desks: readonly SimClient[]): Promise<void> {
  const server = await officeRows(db, desks[0]!.staff.officeId);
  for (const client of desks) {
    expect(client.pending, `${client.staff.displayName}'s outbox`).toEqual([]);
    expect(client.store.snapshot(), `${client.staff.displayName} equals the server`).toEqual(server);
    const { rows } = await db.query<{ ids: number[] }>(
      'select coalesce(array_agg(mutation_id::int order by mutation_id), array[]::int[]) as ids from sync_mutations where client_id = $1',
      [client.clientId],
    );
    expect(rows[0]?.ids).toEqual([...client.made.keys()]);
  }
  // Server-only tables (the priority emails' state) are written by the server's own services, never by a
  // mutator, so a replay of the mutations cannot make them: compare the rest.
  const byMutators = Object.fromEntries(Object.entries(server).map(([table, rows]) => [table, isServerOnlyTable(table as TableName) ? {} : rows]));
  expect((await replay(db, desks)).snapshot()).toEqual(byMutators);
}

/** Three desks, random changes, a faulty network: after healing, every desk equals the server (see the top). */
export function modelSuite(getDb: () => Db): void {
  describe('sync between three desks (model)', () => {
    it('converges every desk to the server, recording each mutation exactly once, whatever the network does', async () => {
      const db = getDb();
      await fc.assert(
        fc.asyncProperty(fc.array(stepArb, { minLength: 10, maxLength: 60 }), async (steps) => {
          const { server, desks } = await freshOffice(db);
          try {
            await run(db, server, desks, steps);
            for (const client of desks) await heal(server.app, client);
            // Two rounds: the second lets each desk see what the others pushed after its own first pull.
            for (let round = 0; round < 2; round += 1) for (const client of desks) await settle(server.app, client);
            await check(db, desks);
          } finally {
            await server.app.close();
          }
        }),
        { numRuns: 25 },
      );
    }, 120_000);
  });
}
