/**
 * The meeting view bench's seeder, built into one script by the bench itself (meeting-view.bench.ts) and
 * injected into a page of the served app, like review-seed.ts: it fills the app's own IndexedDB database with a
 * year of concerns written by the pattern engine's generator (test/helpers/synthetic-concerns.ts: about 30
 * topics worded several ways, rising, fading, new and spiking; personal data inside the text; repeat citizens;
 * statuses, priorities and first responses), turned into stored concerns as the desk keeps them, with their
 * search terms. The last month is the one the meeting view opens on (the last complete month in the office's
 * time zone), so Alt+3 analyses the seeded month.
 *
 * Fast on purpose: rows are made ready first (the generator, the conversion and the search terms, timed apart),
 * then written with bulkPut in a few large transactions; only the concerns table is written (the meeting reads
 * nothing else: no history, tag or outbox rows), which is what made the review queue's seeding slow.
 */
import type { Channel, Concern } from '@shared/domain/concern';
import { CHANNELS, emptyConcernFields } from '@shared/domain/concern';
import { LIMITS } from '@shared/domain/limits';
import { searchTermsOfConcern } from '@shared/domain/search-terms';
import { uuidv7 } from '@shared/lib/uuidv7';
import { lastCompleteMonth } from '@shared/patterns/months';
import type { PatternConcern } from '@shared/patterns/types';
import { openNotebookDb, type StoredConcern } from '../../renderer/src/db/database';
import { seededRandom, syntheticConcerns } from '../helpers/synthetic-concerns';

/** What the seeder wrote and how long each part took, for the bench to print. */
export interface MeetingSeedSummary {
  readonly total: number;
  readonly inPeriod: number;
  readonly period: string;
  readonly timeZone: string;
  readonly makeMs: number;
  readonly writeMs: number;
}

declare global {
  interface Window {
    seedMeeting?: (count: number, months: number) => Promise<MeetingSeedSummary>;
  }
}

/** Rows per write transaction: large enough that transaction overhead vanishes, small enough to stay within memory. */
const CHUNK = 20_000;

const channelOf = (value: string): Channel => ((CHANNELS as readonly string[]).includes(value) ? (value as Channel) : 'other');

/** A generated concern as the desk stores it: its text as summary (and details past the summary's limit). */
function toStored(source: PatternConcern, random: () => number): StoredConcern {
  const createdMs = Date.parse(source.createdAt);
  const bytes = new Uint8Array(10);
  for (let b = 0; b < 10; b += 1) bytes[b] = Math.floor(random() * 256);
  const base = emptyConcernFields(channelOf(source.channel));
  const [name = '', email = '', phone = ''] = source.contactKey === '' ? [] : source.personal;
  const summary = source.text.length <= LIMITS.summary ? source.text : source.text.slice(0, LIMITS.summary).trimEnd();
  const concern: Concern = {
    ...base,
    id: uuidv7(createdMs, bytes),
    createdAt: source.createdAt,
    createdBy: 'Bench desk',
    updatedAt: source.createdAt,
    updatedBy: 'Bench desk',
    summary,
    details: source.text.length <= LIMITS.summary ? '' : source.text.slice(LIMITS.summary).trim(),
    contact: { ...base.contact, name, email, phone, anonymous: source.contactKey === '' },
    location: { address: source.address, area: source.area },
    category: source.category,
    tags: [...source.tags],
    priority: source.priority as Concern['priority'],
    status: source.status as Concern['status'],
    firstResponseAt: source.firstResponseAt,
    raisedCount: source.raisedCount,
  };
  return { ...concern, terms: searchTermsOfConcern(concern) };
}

window.seedMeeting = async (count, months) => {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const period = lastCompleteMonth(new Date().toISOString(), timeZone);
  const makeStart = performance.now();
  const generated = syntheticConcerns({ count, months, lastMonth: period, seed: 6 });
  const random = seededRandom(11);
  const rows = generated.concerns.map((c) => toStored(c, random));
  const makeMs = performance.now() - makeStart;
  const db = openNotebookDb();
  await db.open();
  const writeStart = performance.now();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    await db.transaction('rw', db.concerns, () => db.concerns.bulkPut(part));
  }
  const writeMs = performance.now() - writeStart;
  const total = await db.concerns.count();
  db.close();
  const inPeriod = generated.concerns.filter((c) => c.createdAt.startsWith(period)).length;
  return { total, inPeriod, period, timeZone, makeMs, writeMs };
};
