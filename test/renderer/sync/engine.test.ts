import { describe, expect, it } from 'vitest';
import { countPending, createConcern, getConcern, readSyncState, updateConcern } from '../../../renderer/src/db';
import { applyPulledPage } from '../../../renderer/src/db/pulled-page';
import { createSyncEngine } from '../../../renderer/src/sync/engine';
import type { SyncTransport } from '../../../renderer/src/sync/transport';
import { freshDb } from '../../helpers/fake-db';
import { fields, testId } from '../../helpers/concerns';
import { openDesk, snapshotOf, testClock, testEnvironment, expectDerivedInStep } from './desks';
import { createFakeServer } from './fake-server';

const nine = Date.UTC(2026, 0, 5, 9);
let minute = 0;
const write = (by = 'Ana at desk 1') => {
  minute += 1;
  const at = new Date(nine + minute * 60_000);
  return { at: at.toISOString(), by, historyId: testId(at.getTime()) };
};
const log = (db: Parameters<typeof createConcern>[0], summary: string, changes = {}) =>
  createConcern(db, testId(nine + minute * 60_000), fields({ summary, ...changes }), write());

/** Resolves once the status satisfies the test, or fails after a while. */
async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 1000; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('condition not reached');
}

describe('sync engine', () => {
  it('is local-only without a server, and still counts the changes waiting to be sent', async () => {
    const db = freshDb();
    const engine = createSyncEngine({ db, environment: testEnvironment() });
    await engine.start();
    await log(db, 'Bins not collected on Mill Lane');
    await until(() => engine.status.get().pending === 1);
    expect(engine.status.get()).toMatchObject({ state: 'local-only', pending: 1, lastError: undefined });
    await engine.stop();
  });

  it('keeps working offline, then uploads everything when the desk comes back online', async () => {
    const server = createFakeServer();
    const desk = openDesk(server, 'Ana at desk 1');
    desk.faults.offline = true;
    await desk.engine.start();
    for (let i = 0; i < 5; i += 1) await log(desk.db, `Offline concern ${i}`);
    await until(() => desk.engine.status.get().state === 'offline' && desk.engine.status.get().pending === 5);
    expect(desk.engine.status.get().lastError).toMatchObject({ code: 'offline' });
    expect(Object.keys(server.store.snapshot().concerns)).toHaveLength(0);
    // Waiting for the next try: exponential backoff, not a busy loop.
    await until(() => desk.clock.waiting().length > 0);
    expect(desk.clock.waiting()[0]).toBeGreaterThanOrEqual(500);

    desk.faults.offline = false;
    desk.environment.fire('online');
    await until(() => desk.engine.status.get().state === 'synced');
    expect(desk.engine.status.get()).toMatchObject({ pending: 0, lastError: undefined });
    expect(desk.engine.status.get().lastSyncAt).toBeDefined();
    expect(Object.values(server.store.snapshot().concerns).map((c) => c.summary).sort()).toEqual(
      [0, 1, 2, 3, 4].map((i) => `Offline concern ${i}`),
    );
    expect(await snapshotOf(desk.db)).toEqual(server.store.snapshot());
    await desk.engine.stop();
  });

  it('sends a change as soon as it is made, and another desk pulls it when poked', async () => {
    const server = createFakeServer();
    const a = openDesk(server, 'Ana at desk 1');
    const b = openDesk(server, 'Ben at desk 2');
    await a.engine.start();
    await b.engine.start();
    await until(() => a.engine.status.get().state === 'synced' && b.engine.status.get().state === 'synced');
    const saved = await log(a.db, 'Streetlight out on Elm St', { tags: ['streetlights'] });
    await until(async () => (await getConcern(b.db, saved.id)) !== undefined);
    expect((await getConcern(b.db, saved.id))?.summary).toBe('Streetlight out on Elm St');
    await expectDerivedInStep(b.db);
    await a.engine.stop();
    await b.engine.stop();
  });

  it('syncs on window focus and on the 30-second timer', async () => {
    const server = createFakeServer();
    const a = openDesk(server, 'Ana at desk 1');
    const b = openDesk(server, 'Ben at desk 2');
    b.faults.offline = true; // no pokes reach b: only focus and the timer can bring the change
    await b.engine.start();
    const saved = await log(a.db, 'Graffiti on the library wall');
    await a.engine.syncNow();
    b.faults.offline = false;
    b.environment.fire('focus');
    await until(async () => (await getConcern(b.db, saved.id)) !== undefined);

    await until(() => b.engine.status.get().state === 'synced' && b.clock.waiting().includes(30_000));
    b.faults.offline = true; // the poke for the next change does not reach b
    const second = await log(a.db, 'Second report about the library');
    await a.engine.syncNow();
    b.faults.offline = false;
    expect(await getConcern(b.db, second.id)).toBeUndefined();
    b.clock.advance(30_000);
    await until(async () => (await getConcern(b.db, second.id)) !== undefined);
    await b.engine.stop();
  });

  it('applies nothing twice when answers are lost and requests arrive twice', async () => {
    const server = createFakeServer({ pageSize: 2 });
    const a = openDesk(server, 'Ana at desk 1');
    const saved = await log(a.db, 'Water leaking from a hydrant', { tags: ['water'] });
    await updateConcern(a.db, saved.id, { ...fields({ summary: 'Water leaking from a hydrant', tags: ['water', 'urgent'] }), status: 'acknowledged' }, write());
    a.faults.loseAnswer = () => true;
    await a.engine.syncNow(); // the server applied the batch; the desk never heard
    expect(a.engine.status.get().state).toBe('offline');
    a.faults.loseAnswer = () => false;
    a.faults.duplicate = () => true;
    await a.engine.syncNow();
    expect(a.engine.status.get().state).toBe('synced');
    const { clientId } = await readSyncState(a.db);
    expect([...server.runs].filter(([key]) => key.startsWith(`${clientId}/`)).map(([, n]) => n)).toEqual([1, 1, 1]);
    expect(await snapshotOf(a.db)).toEqual(server.store.snapshot());
    await expectDerivedInStep(a.db);
  });

  it('refuses a page answered twice: the second copy finds the cursor moved and changes nothing', async () => {
    const server = createFakeServer();
    const a = openDesk(server, 'Ana at desk 1');
    await log(a.db, 'Noise from the night club', { tags: ['noise'] });
    await a.engine.syncNow();
    const b = freshDb();
    const answer = await server.pull({ clientId: '0195f1a0-0000-7000-8000-0000000000bb', limit: 100 });
    if (answer.kind !== 'ok') throw new Error('pull failed');
    const at = new Date(nine).toISOString();
    expect(await applyPulledPage(b, answer.value, undefined, at)).toMatchObject({ status: 'applied' });
    const once = await snapshotOf(b);
    expect(await applyPulledPage(b, answer.value, undefined, at)).toEqual({ status: 'stale' });
    expect(await snapshotOf(b)).toEqual(once);
    expect(await b.tags.toArray()).toEqual([{ tag: 'noise', count: 1 }]);
  });

  it('rolls back a change that no longer applies once another desk\'s arrives, and says why', async () => {
    const server = createFakeServer();
    const a = openDesk(server, 'Ana at desk 1');
    const b = openDesk(server, 'Ben at desk 2');
    const saved = await log(a.db, 'Pothole on Quarry Hill');
    await a.engine.syncNow();
    await b.engine.syncNow();
    await updateConcern(a.db, saved.id, { ...fields({ summary: 'Pothole on Quarry Hill' }), status: 'resolved' }, write());
    await a.engine.syncNow();
    // Ben closes it while his desk is fetching (after sending, before receiving): the pull brings Ana's change.
    let calls = 0;
    b.faults.before = async (kind) => {
      if (kind === 'pull' && calls++ === 0) {
        await updateConcern(b.db, saved.id, { ...fields({ summary: 'Pothole on Quarry Hill' }), status: 'closed' }, write('Ben at desk 2'));
      }
    };
    await b.engine.syncNow();
    expect(b.rejections).toEqual([
      expect.objectContaining({
        source: 'desk',
        name: 'setStatus',
        concernId: saved.id,
        code: 'status-moved',
        reason: 'Someone else already marked this concern resolved, so it was not changed.',
      }),
    ]);
    expect((await getConcern(b.db, saved.id))?.status).toBe('resolved');
    // The server refuses it too; it leaves the outbox, and Ben is not told twice.
    await b.engine.syncNow();
    expect(b.rejections).toHaveLength(1);
    expect(await countPending(b.db)).toBe(0);
    expect(await snapshotOf(b.db)).toEqual(server.store.snapshot());
  });

  it('tells staff when the server refuses a change', async () => {
    const server = createFakeServer();
    const a = openDesk(server, 'Ana at desk 1');
    const b = openDesk(server, 'Ben at desk 2');
    const saved = await log(a.db, 'Broken swing in the park');
    await a.engine.syncNow();
    await b.engine.syncNow();
    await updateConcern(a.db, saved.id, { ...fields({ summary: 'Broken swing in the park' }), status: 'acknowledged' }, write());
    await updateConcern(b.db, saved.id, { ...fields({ summary: 'Broken swing in the park' }), status: 'closed' }, write('Ben at desk 2'));
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect(b.rejections).toEqual([expect.objectContaining({ source: 'server', code: 'status-moved', name: 'setStatus' })]);
    expect((await getConcern(b.db, saved.id))?.status).toBe('acknowledged');
  });

  it('re-fetches from the beginning when the server\'s database changes epoch, keeping unsent changes', async () => {
    const server = createFakeServer();
    const a = openDesk(server, 'Ana at desk 1');
    await log(a.db, 'First concern');
    await a.engine.syncNow();
    server.moveTo('e2');
    const kept = await log(a.db, 'Logged while the server moved');
    await a.engine.syncNow();
    expect(a.engine.status.get().state).toBe('synced');
    expect((await readSyncState(a.db)).epoch).toBe('e2');
    expect(server.store.snapshot().concerns[kept.id]?.summary).toBe('Logged while the server moved');
    expect(await snapshotOf(a.db)).toEqual(server.store.snapshot());
  });

  it('sends again from where the server says when it expects an earlier change', async () => {
    const server = createFakeServer();
    const a = openDesk(server, 'Ana at desk 1');
    for (const summary of ['One', 'Two', 'Three']) await log(a.db, summary);
    const real = server.push.bind(server);
    const sent: number[][] = [];
    // The first push confirms 1 and 2 but only 1 reaches the database (it restarted mid-push): the next push,
    // of 3, hears "expected 2".
    server.push = async (body) => {
      const push = body as { clientId: string; mutations: { id: number }[] };
      sent.push(push.mutations.map((m) => m.id));
      if (sent.length > 1) return real(body);
      const answer = await real({ ...push, mutations: push.mutations.slice(0, 1) });
      if (answer.kind !== 'ok') return answer;
      return { kind: 'ok', value: { results: [...answer.value.results, { id: 2, status: 'applied' }], lastMutationId: 2 } };
    };
    await a.engine.syncNow();
    expect(sent).toEqual([[1, 2, 3], [3], [2, 3]]);
    expect(a.engine.status.get()).toMatchObject({ state: 'synced', pending: 0 });
    expect(Object.values(server.store.snapshot().concerns).map((c) => c.summary).sort()).toEqual(['One', 'Three', 'Two']);
  });

  it('stops sending, but keeps receiving, when the server has lost changes this desk no longer has', async () => {
    const server = createFakeServer();
    const a = openDesk(server, 'Ana at desk 1');
    await log(a.db, 'One');
    await a.engine.syncNow();
    const { clientId } = await readSyncState(a.db);
    server.forgetDesk(clientId ?? '', 0); // restored from a backup older than the desk's first change
    const kept = await log(a.db, 'Two');
    await a.engine.syncNow();
    expect(a.engine.status.get()).toMatchObject({ state: 'error', pending: 1, lastError: { code: 'lost-changes' } });
    expect(await getConcern(a.db, kept.id)).toBeDefined();
  });

  it('stops after an unauthorized answer until asked again, and says so in plain words', async () => {
    const db = freshDb();
    let calls = 0;
    const transport: SyncTransport = {
      push: async () => {
        calls += 1;
        return { kind: 'unauthorized', message: 'Signed out.' };
      },
      pull: async () => {
        calls += 1;
        return { kind: 'unauthorized', message: 'Signed out.' };
      },
      events: () => () => {},
    };
    const clock = testClock();
    const engine = createSyncEngine({ db, transport, clock, environment: testEnvironment() });
    await engine.start();
    await until(async () => engine.status.get().state === 'error' && (await readSyncState(db)).lastError !== undefined);
    expect(engine.status.get().lastError).toEqual({ code: 'unauthorized', message: 'Signed out.' });
    expect(clock.waiting()).toEqual([]);
    await log(db, 'Logged while signed out');
    expect(calls).toBe(1);
    await engine.syncNow();
    expect(calls).toBe(2);
    expect((await readSyncState(db)).lastError).toMatchObject({ code: 'unauthorized' });
    await engine.stop();
  });
});
