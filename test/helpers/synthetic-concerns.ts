/**
 * Synthetic civic concerns for the pattern engine's tests, benchmarks and browser tests: deterministic for a
 * seed, realistic enough to be themed (about 30 topics worded several ways, some rising, fading, new or spiking
 * over the months), with the facets the figures count (channels, areas, streets with house numbers, categories,
 * priorities, statuses, first responses, repeat citizens) and personal data inside the text ("I'm Maria Lopez,
 * call me on 555 014 2368…"), so redaction is exercised. Written for this project; no real citizen data.
 *
 * The same concerns come as PatternConcern[] (what the engine reads) and as history CSV rows (id, created_at,
 * text, category, channel, location: what `npm run analyze` and the import read); `topicOf` is the truth.
 */
import type { PatternConcern } from '@shared/patterns/types';
import { daysFromCivil, unixMsToIso } from '@shared/domain/local-time';
import { monthsEnding, monthParts } from '@shared/patterns/months';
import { CIVIC_TOPICS, type Shape } from './synthetic-topics';
import { seededRandom } from '@shared/patterns/random';

/** The engine's seeded generator (mulberry32), so generated data and the engine draw numbers alike. */
export { seededRandom };

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

/** One row of a history CSV file. */
export interface HistoryCsvRow {
  id: string;
  created_at: string;
  text: string;
  category: string;
  channel: string;
  location: string;
}

/** What to generate. */
export interface SyntheticOptions {
  /** How many concerns in all. */
  count: number;
  /** Over how many months, ending with `lastMonth`. */
  months: number;
  /** The last month, "YYYY-MM" (UTC months). */
  lastMonth: string;
  seed?: number;
  /** Share of concerns with personal data written into their text (default 0.3). */
  personalShare?: number;
  /** Prefix of the ids (default "S-"). */
  idPrefix?: string;
}

/** The generated concerns, as the engine reads them and as a history file holds them. */
export interface SyntheticConcerns {
  concerns: PatternConcern[];
  rows: HistoryCsvRow[];
  /** The topic each concern was written about, by id: the truth the themes can be checked against. */
  topicOf: Map<string, string>;
  /** Every month, oldest first. */
  months: string[];
}

const GIVEN = ['Maria', 'John', 'Aisha', 'Wei', 'Olga', 'Kwame', 'Sofia', 'Tom', 'Priya', 'Diego', 'Fatima', 'Ian', 'Grace', 'Yusuf', 'Ingrid', 'Tariq', 'Lucia', 'Mehmet', 'Hannah', 'Kofi'];
const FAMILY = ['Lopez', 'Smith', 'Khan', 'Chen', 'Novak', 'Mensah', 'Rossi', 'Baker', 'Patel', 'Garcia', 'Haddad', 'Reid', 'Okafor', 'Schmidt', 'Nakamura', 'Dubois', 'Kowalski', 'Silva', 'Murphy', 'Andersen'];
const STREETS = ['Oak Lane', 'Elm Street', 'Mill Lane', 'Station Road', 'High Street', 'Church Row', 'Quarry Hill', 'Riverside Walk', 'Beacon Way', 'Harbour Street', 'Linden Close', 'Maple Drive', 'King Street', 'Victoria Road', 'Park Avenue', 'Chapel Street', 'Market Square', 'Orchard Crescent', 'Main Street', 'Bridge Road'];
const AREAS = ['Northside', 'Old Town', 'Riverside', 'Eastfield', 'Harbour', 'Westgate', 'Hillcrest', 'Southbank'];
const CHANNELS = ['phone', 'phone', 'phone', 'email', 'email', 'web-form', 'web-form', 'walk-in', 'social-media', 'letter', 'meeting', ''];
const EXTRA = ['It has been like this for two weeks.', 'Neighbours have complained too.', 'Please send someone soon.', 'Second time this month.', 'Children walk past here every morning.', 'Nobody has replied to my last message.', 'This is getting worse every day.', ''];

const shapeWeight = (shape: Shape, i: number, months: number): number => {
  const t = months > 1 ? i / (months - 1) : 1;
  switch (shape) {
    case 'steady':
      return 1;
    case 'rising':
      return 0.25 + 1.75 * t;
    case 'fading':
      return 2 - 1.85 * t;
    case 'new':
      return i >= months - 2 ? 2.5 : 0;
    case 'spike':
      return i === months - 1 ? 3.5 : 0.8;
    case 'seasonal':
      return 0.4 + 1.2 * (0.5 + 0.5 * Math.sin((i / 12) * 2 * Math.PI));
  }
};

interface Citizen {
  name: string;
  email: string;
  phone: string;
  address: string;
  area: string;
}

function makeCitizen(random: () => number, n: number): Citizen {
  const given = pick(random, GIVEN);
  const family = pick(random, FAMILY);
  const digits = String(1000 + Math.floor(random() * 9000));
  return {
    name: `${given} ${family}`,
    email: `${given.toLowerCase()}.${family.toLowerCase()}${n % 97}@example.org`,
    phone: `555 0${String(10 + Math.floor(random() * 89))} ${digits}`,
    address: `${1 + Math.floor(random() * 180)} ${pick(random, STREETS)}`,
    area: pick(random, AREAS),
  };
}

// How a citizen's details appear in what they said, in the ways people write them.
function personalLine(random: () => number, c: Citizen): { before: string; after: string } {
  const phoneDashed = c.phone.replace(/ /g, '-');
  switch (Math.floor(random() * 6)) {
    case 0:
      return { before: `I'm ${c.name}, call me on ${c.phone} or ${c.email}, I live at ${c.address}.`, after: '' };
    case 1:
      return { before: `My name is ${c.name}.`, after: `You can reach me at ${c.email}.` };
    case 2:
      return { before: '', after: `Regards,\n${c.name}\n${phoneDashed}` };
    case 3:
      return { before: `This is ${c.name} calling from ${c.address}.`, after: `Call back on (${c.phone.slice(0, 3)}) ${c.phone.slice(4)}.` };
    case 4:
      return { before: '', after: `Mrs ${c.name.split(' ')[1] ?? ''} at ${c.address} asked for a reply to ${c.email}.` };
    default:
      return { before: `${c.name} here, ${c.address}.`, after: `Phone ${c.phone}.` };
  }
}

function fill(template: string, random: () => number, street: string, area: string): string {
  return template
    .replace(/\{street\}/g, street)
    .replace(/\{area\}/g, area)
    .replace(/\{n\}/g, String(2 + Math.floor(random() * 9)));
}

/** `count` concerns over `months` months ending with `lastMonth`, the same for the same options. */
export function syntheticConcerns(options: SyntheticOptions): SyntheticConcerns {
  const random = seededRandom(options.seed ?? 42);
  const months = monthsEnding(options.lastMonth, options.months);
  const personalShare = options.personalShare ?? 0.3;
  const prefix = options.idPrefix ?? 'S-';
  const citizens = Array.from({ length: Math.max(20, Math.floor(options.count / 8)) }, (_, i) => makeCitizen(random, i));
  const regulars = citizens.slice(0, Math.max(5, Math.floor(citizens.length / 10)));
  // More concerns in later months (an office growing into the notebook), each month's topics by their shapes.
  const monthWeights = months.map((_, i) => 0.8 + (0.4 * i) / Math.max(1, months.length - 1));
  const totalWeight = monthWeights.reduce((a, b) => a + b, 0);
  const concerns: PatternConcern[] = [];
  const rows: HistoryCsvRow[] = [];
  const topicOf = new Map<string, string>();
  let made = 0;
  months.forEach((month, mi) => {
    const inMonth = mi === months.length - 1 ? options.count - made : Math.round((options.count * (monthWeights[mi] ?? 1)) / totalWeight);
    const weights = CIVIC_TOPICS.map((t) => t.weight * shapeWeight(t.shape, mi, months.length));
    const sum = weights.reduce((a, b) => a + b, 0);
    const { year, month: m } = monthParts(month);
    const firstDay = daysFromCivil(year, m, 1);
    const days = daysFromCivil(m === 12 ? year + 1 : year, m === 12 ? 1 : m + 1, 1) - firstDay;
    for (let k = 0; k < inMonth; k += 1) {
      let roll = random() * sum;
      let ti = 0;
      while (ti < weights.length - 1 && roll >= (weights[ti] ?? 0)) roll -= weights[ti++] ?? 0;
      const topic = CIVIC_TOPICS[ti] ?? CIVIC_TOPICS[0];
      if (topic === undefined) throw new Error('no topics');
      const id = `${prefix}${String(made + k + 1).padStart(6, '0')}`;
      const createdMs = (firstDay + Math.floor(random() * days)) * 86_400_000 + Math.floor((7 + random() * 12) * 3_600_000);
      const createdAt = unixMsToIso(createdMs);
      // One concern in five comes from a citizen who wrote before: the pool is small enough to repeat.
      const citizen = random() < 0.2 ? pick(random, regulars) : pick(random, citizens);
      const isAnonymous = random() < 0.15;
      const street = random() < 0.6 ? citizen.address.replace(/^\d+ /, '') : pick(random, STREETS);
      const area = random() < 0.8 ? citizen.area : '';
      const body = `${fill(pick(random, topic.phrases), random, street, area || pick(random, AREAS))} ${pick(random, EXTRA)}`.trim();
      const personal = !isAnonymous && random() < personalShare ? personalLine(random, citizen) : { before: '', after: '' };
      const text = [personal.before, body, personal.after].filter((s) => s !== '').join(' ');
      const priorityRoll = random();
      const priority = priorityRoll < topic.urgency * 0.25 ? 'top' : priorityRoll < topic.urgency ? 'high' : 'normal';
      const statusRoll = random();
      const status = statusRoll < 0.45 ? 'closed' : statusRoll < 0.6 ? 'resolved' : statusRoll < 0.75 ? 'in-progress' : statusRoll < 0.88 ? 'acknowledged' : 'new';
      const answered = status !== 'new' && random() < 0.9;
      const answerHours = priority === 'top' ? random() * 3 : priority === 'high' ? random() * 48 : random() * 24 * 9;
      const channel = pick(random, CHANNELS);
      const address = random() < 0.7 ? (street === citizen.address.replace(/^\d+ /, '') ? citizen.address : `${1 + Math.floor(random() * 200)} ${street}`) : '';
      concerns.push({
        id,
        createdAt,
        text,
        category: random() < 0.85 ? topic.category : '',
        channel,
        area,
        address,
        tags: random() < 0.4 ? [topic.key] : [],
        priority,
        status,
        firstResponseAt: answered ? unixMsToIso(createdMs + Math.floor(answerHours * 3_600_000)) : null,
        raisedCount: random() < 0.05 ? 2 + Math.floor(random() * 3) : 1,
        contactKey: isAnonymous ? '' : `email:${citizen.email}`,
        personal: isAnonymous ? [] : [citizen.name, citizen.email, citizen.phone, ...(address === '' ? [] : [address])],
      });
      rows.push({ id, created_at: createdAt, text, category: concerns.at(-1)?.category ?? '', channel, location: area });
      topicOf.set(id, topic.key);
    }
    made += inMonth;
  });
  return { concerns, rows, topicOf, months };
}

const CSV_COLUMNS = ['id', 'created_at', 'text', 'category', 'channel', 'location'] as const;

function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** History rows as a CSV file's text (header row, RFC 4180 quoting, CRLF line ends). */
export function toHistoryCsv(rows: readonly HistoryCsvRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
