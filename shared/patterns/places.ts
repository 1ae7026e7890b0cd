/**
 * Places with a concentration of concerns in the period: areas as staff wrote them, and streets by name only.
 * A street's name is a public place; its house numbers (and flats, and anything after the first comma, like a
 * town) are never kept, and a place needs at least PLACE_MINIMUM concerns, so no place points at one household.
 *
 * Example: '12 Oak Lane', 'Apt 4B, 14 oak lane, Springfield' and 'Oak Ln' are all the street "Oak Lane".
 */
import type { PatternConcern, Place } from './types';

/** Fewest concerns of the period that make a place worth showing. */
export const PLACE_MINIMUM = 3;

const ABBREVIATIONS: Readonly<Record<string, string>> = {
  st: 'Street',
  str: 'Street',
  rd: 'Road',
  ave: 'Avenue',
  av: 'Avenue',
  blvd: 'Boulevard',
  ln: 'Lane',
  dr: 'Drive',
  ct: 'Court',
  pl: 'Place',
  cres: 'Crescent',
  sq: 'Square',
  pkwy: 'Parkway',
  hwy: 'Highway',
  cir: 'Circle',
  trl: 'Trail',
  n: 'North',
  s: 'South',
  e: 'East',
  w: 'West',
};

const UNIT = /^(?:(?:apt|apartment|flat|unit|suite|ste|#)\.?\s*[a-z0-9-]{1,6}\s*,?\s*)/i;
const HOUSE = /^(?:no\.?\s*)?\d{1,6}[a-z]?(?:\s*[-–/]\s*\d{1,6}[a-z]?)?\s*,?\s+/i;
const TRAILING_UNIT = /\s*,?\s*(?:apt|apartment|flat|unit|suite|ste|#)\.?\s*[a-z0-9-]{1,6}$/i;

const titleCase = (word: string): string => (word === '' ? word : word[0]?.toUpperCase() + word.slice(1).toLowerCase());

/**
 * The street name of an address, without house number, flat or town, abbreviations written out and in title case
 * ("1200 n. main st., Springfield" -> "North Main Street"); '' when the address names no street.
 */
export function streetNameOf(address: string): string {
  let line = (address.split(/[,\n]/).find((part) => /\p{L}{2}/u.test(part.replace(UNIT, '').replace(HOUSE, ''))) ?? '').trim();
  line = line.replace(UNIT, '').replace(HOUSE, '').replace(TRAILING_UNIT, '').trim();
  // What is left must read as a name: letters, not a number or a code.
  if (/\d/.test(line) || !/\p{L}{2}/u.test(line)) return '';
  return line
    .split(/\s+/)
    .map((word) => {
      const bare = word.replace(/\.$/, '');
      return ABBREVIATIONS[bare.toLowerCase()] ?? titleCase(bare);
    })
    .join(' ');
}

/** An area's key: case and spacing aside, "Old Town" and "old  town" are one area. */
const areaKey = (area: string): string => area.trim().replace(/\s+/g, ' ').toLowerCase();

interface Tally {
  name: string;
  kind: Place['kind'];
  ids: string[];
  earlier: number;
}

// A free-text address field may hold something else than a street: the citizen's name or email is not a place.
function isPersonal(street: string, personal: readonly string[]): boolean {
  if (street.includes('@')) return true;
  const lower = street.toLowerCase();
  return personal.some((p) => {
    const value = p.trim().toLowerCase();
    return value.length >= 2 && !/\d/.test(value) && lower.includes(value);
  });
}

interface PlaceRef {
  key: string;
  name: string;
  kind: Place['kind'];
}

// Areas and addresses repeat (the same streets, often the same houses), so each text is read once per
// computePlaces call: 100,000 concerns hold a few thousand different ones.
interface PlaceCache {
  areas: Map<string, PlaceRef | null>;
  streets: Map<string, PlaceRef | null>;
}

function areaOf(raw: string, cache: PlaceCache): PlaceRef | null {
  let ref = cache.areas.get(raw);
  if (ref === undefined) {
    const name = raw.trim().replace(/\s+/g, ' ');
    ref = name === '' ? null : { key: `area:${areaKey(name)}`, name, kind: 'area' };
    cache.areas.set(raw, ref);
  }
  return ref;
}

function streetOf(address: string, cache: PlaceCache): PlaceRef | null {
  let ref = cache.streets.get(address);
  if (ref === undefined) {
    const name = streetNameOf(address);
    ref = name === '' ? null : { key: `street:${name.toLowerCase()}`, name, kind: 'street' };
    cache.streets.set(address, ref);
  }
  return ref;
}

function placesOf(concern: PatternConcern, isChecked: boolean, cache: PlaceCache): PlaceRef[] {
  const out: PlaceRef[] = [];
  const area = concern.area === '' ? null : areaOf(concern.area, cache);
  if (area !== null) out.push(area);
  const street = concern.address === '' ? null : streetOf(concern.address, cache);
  if (street !== null && !(isChecked && isPersonal(street.name, concern.personal))) out.push(street);
  return out;
}

/**
 * Areas and streets of the period with at least PLACE_MINIMUM concerns, biggest first, with their monthly
 * average over the `earlierMonths` months before it.
 */
export function computePlaces(inPeriod: readonly PatternConcern[], earlier: readonly PatternConcern[], earlierMonths: number): Place[] {
  const tallies = new Map<string, Tally>();
  const cache: PlaceCache = { areas: new Map(), streets: new Map() };
  for (const concern of inPeriod) {
    for (const place of placesOf(concern, true, cache)) {
      const tally = tallies.get(place.key);
      if (tally === undefined) tallies.set(place.key, { name: place.name, kind: place.kind, ids: [concern.id], earlier: 0 });
      else tally.ids.push(concern.id);
    }
  }
  for (const concern of earlier) {
    for (const place of placesOf(concern, false, cache)) {
      const tally = tallies.get(place.key);
      if (tally !== undefined) tally.earlier += 1;
    }
  }
  return [...tallies.values()]
    .filter((t) => t.ids.length >= PLACE_MINIMUM)
    .map((t) => ({
      name: t.name,
      kind: t.kind,
      count: t.ids.length,
      earlierAverage: earlierMonths > 0 ? t.earlier / earlierMonths : 0,
      concernIds: t.ids,
    }))
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}
