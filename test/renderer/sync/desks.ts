/**
 * Desks for the engine's tests: a fake-indexeddb database, a transport to the fake server and an engine on a
 * clock the test controls (timers of 0 ms run at once, so the engine can yield between pages; longer ones wait
 * for advance()).
 */
import { expect } from 'vitest';
import { searchTermsOfConcern } from '@shared/domain/search-terms';
import { MutationRejected } from '@shared/sync/errors';
import type { StoreSnapshot } from '@shared/sync/memory-store';
import { TABLE_NAMES, type Row, type TableName } from '@shared/sync/store';
import { createDexieStore, syncTablesOf } from '../../../renderer/src/db/dexie-store';
import { runLocalMutation } from '../../../renderer/src/db/local-mutations';
import { fromStored } from '../../../renderer/src/db/stored-concern';
import type { NotebookDb } from '../../../renderer/src/db';
import { createSyncEngine, type SyncClock, type SyncEngine, type SyncEnvironment } from '../../../renderer/src/sync/engine';
import type { SyncRejection } from '../../../renderer/src/sync/rejections';
import { freshDb } from '../../helpers/fake-db';
import { resolveIntent, timeOf, type Intent } from '../../shared/sync/fixtures';
import type { Faults, FakeServer } from './fake-server';

/** A clock whose long timers fire only when the test advances it. */
export interface TestClock extends SyncClock {
  advance(ms: number): void;
  /** Delays of the timers waiting now, shortest first. */
  waiting(): number[];
}

/** Creates a test clock starting at `start` ms. */
export function testClock(start = Date.UTC(2026, 0, 5, 9)): TestClock {
  let now = start;
  let next = 1;
  const timers = new Map<number, { at: number; callback: () => void; ms: number }>();
  return {
    now: () => now,
    setTimeout(callback, ms) {
      if (ms <= 0) return setTimeout(callback, 0);
      const id = next++;
      timers.set(id, { at: now + ms, callback, ms });
      return id;
    },
    clearTimeout(handle) {
      if (typeof handle === 'number') timers.delete(handle);
      else clearTimeout(handle as ReturnType<typeof setTimeout>);
    },
    advance(ms) {
      now += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.at <= now) {
          timers.delete(id);
          timer.callback();
        }
      }
    },
    waiting: () => [...timers.values()].map((t) => t.ms).sort((a, b) => a - b),
  };
}

/** A window stand-in that tests fire 'online' and 'focus' on. */
export function testEnvironment(): SyncEnvironment & { fire(type: 'online' | 'focus'): void } {
  const listeners = new Map<string, Set<() => void>>();
  return {
    addEventListener(type, listener) {
      listeners.set(type, (listeners.get(type) ?? new Set()).add(listener));
    },
    removeEventListener(type, listener) {
      listeners.get(type)?.delete(listener);
    },
    fire(type) {
      for (const listener of [...(listeners.get(type) ?? [])]) listener();
    },
  };
}

/** A desk: its database, engine, transport faults and what it was told about rejected changes. */
export interface TestDesk {
  readonly name: string;
  readonly db: NotebookDb;
  readonly engine: SyncEngine;
  readonly faults: Faults;
  readonly clock: TestClock;
  readonly environment: ReturnType<typeof testEnvironment>;
  readonly rejections: SyncRejection[];
}

let mutationTime = 0;

/** Opens a desk against the server (the engine is created, not started). */
export function openDesk(server: FakeServer, name: string, db: NotebookDb = freshDb()): TestDesk {
  const transport = server.transport();
  const clock = testClock();
  const environment = testEnvironment();
  const engine = createSyncEngine({ db, transport, clock, environment, random: () => 0.5 });
  const rejections: SyncRejection[] = [];
  engine.onRejected((r) => rejections.push(r));
  return { name, db, engine, faults: transport.faults, clock, environment, rejections };
}

/** Runs what a person at the desk means to do; 'rejected' when the desk itself refused it. */
export async function act(desk: TestDesk, intent: Intent, nextConcern: number): Promise<'done' | 'rejected' | 'skipped'> {
  const mutation = await resolveIntent(createDexieStore(syncTablesOf(desk.db)), intent, nextConcern);
  if (mutation === undefined) return 'skipped';
  try {
    mutationTime += 1;
    await runLocalMutation(desk.db, mutation.name, mutation.args as never, { at: timeOf(mutationTime), by: desk.name });
    return 'done';
  } catch (error) {
    if (error instanceof MutationRejected) return 'rejected';
    throw error;
  }
}

/** The desk's synced tables in the memory store's snapshot shape (concerns without their search terms). */
export async function snapshotOf(db: NotebookDb): Promise<StoreSnapshot> {
  const tables: Record<TableName, Row[]> = {
    concerns: (await db.concerns.toArray()).map(fromStored),
    concern_history: await db.history.toArray(),
    concern_tags: await db.concern_tags.toArray(),
    concern_tombstones: await db.concern_tombstones.toArray(),
    concern_escalations: await db.concern_escalations.toArray(),
    escalation_fallbacks: await db.escalation_fallbacks.toArray(),
    citizen_acknowledgements: await db.citizen_acknowledgements.toArray(),
    office_profile: await db.office_profile.toArray(),
    concern_flags: await db.concern_flags.toArray(),
    concern_comments: await db.concern_comments.toArray(),
    concern_responses: await db.concern_responses.toArray(),
    concern_assignees: await db.concern_assignees.toArray(),
    office_staff: await db.office_staff.toArray(),
    theme_corrections: await db.theme_corrections.toArray(),
    meeting_agenda: await db.meeting_agenda.toArray(),
    meeting_decisions: await db.meeting_decisions.toArray(),
    projects: await db.projects.toArray(),
    project_links: await db.project_links.toArray(),
    project_thanks: await db.project_thanks.toArray(),
    newsletters: await db.newsletters.toArray(),
    newsletter_unsubscribes: await db.newsletter_unsubscribes.toArray(),
  };
  const out: Partial<Record<TableName, Record<string, Row>>> = {};
  for (const name of TABLE_NAMES) {
    out[name] = Object.fromEntries(tables[name].sort((a, b) => (a.id < b.id ? -1 : 1)).map((row) => [row.id, row]));
  }
  return out as StoreSnapshot;
}

/** Checks the derived data: every concern's search terms, and the tag counts, match the concerns. */
export async function expectDerivedInStep(db: NotebookDb): Promise<void> {
  const concerns = await db.concerns.toArray();
  for (const row of concerns) expect(new Set(row.terms)).toEqual(new Set(searchTermsOfConcern(row)));
  const counts = new Map<string, number>();
  for (const row of concerns) for (const tag of row.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const stored = await db.tags.toArray();
  expect(Object.fromEntries(stored.map((r) => [r.tag, r.count]))).toEqual(Object.fromEntries(counts));
}
