/**
 * Synthetic concerns for benchmarks: varied, realistic enough to exercise the search index (names, streets,
 * topics, tags, phone numbers), and deterministic for a given seed so runs compare. Written for this project;
 * no real citizen data.
 */
import { CHANNELS, emptyConcernFields, type Concern, type Priority } from '@shared/domain/concern';
import { uuidv7 } from '@shared/lib/uuidv7';
import { seededRandom } from '@shared/patterns/random';

const TOPICS = [
  { tag: 'streetlights', text: ['Streetlight out on', 'Flickering lamp post near', 'Dark stretch with no working lights on'] },
  { tag: 'potholes', text: ['Deep pothole on', 'Road surface breaking up along', 'Sunken drain cover on'] },
  { tag: 'waste', text: ['Bins not collected on', 'Fly-tipping behind the shops on', 'Overflowing recycling bank at'] },
  { tag: 'noise', text: ['Loud music every night from a flat on', 'Construction noise before 7am on', 'Barking dog left alone on'] },
  { tag: 'parks', text: ['Broken swing in the playground off', 'Overgrown path in the park by', 'Benches vandalised near'] },
  { tag: 'buses', text: ['Bus stop shelter smashed on', 'Route 12 keeps skipping the stop at', 'No timetable posted at the stop on'] },
  { tag: 'housing', text: ['Damp and mould reported in a council flat on', 'Heating broken for a week at', 'Lift out of order in the block on'] },
  { tag: 'safety', text: ['Speeding cars outside the school on', 'Missing crossing signal at', 'Unsafe scaffolding over the pavement on'] },
  { tag: 'water', text: ['Burst pipe flooding the pavement on', 'Blocked gully causing puddles on', 'Low water pressure all week on'] },
  { tag: 'permits', text: ['Question about a parking permit for', 'Market stall licence renewal for', 'Skip permit needed outside'] },
];
const STREETS = ['Elm St', 'Oak Avenue', 'Mill Lane', 'Station Road', 'High Street', 'Church Row', 'Quarry Hill', 'Riverside Walk', 'Beacon Way', 'Harbour Street', 'Linden Close', 'Maple Drive'];
const AREAS = ['Northside', 'Old Town', 'Riverside', 'Eastfield', 'Harbour', 'Westgate'];
const GIVEN = ['Maria', 'John', 'Aisha', 'Wei', 'Olga', 'Kwame', 'Sofia', 'Tom', 'Priya', 'Diego', 'Fatima', 'Ian'];
const FAMILY = ['Lopez', 'Smith', 'Khan', 'Chen', 'Novak', 'Mensah', 'Rossi', 'Baker', 'Patel', 'Garcia', 'Haddad', 'Reid'];
const EXTRA = ['It has been like this for two weeks.', 'Neighbours have complained too.', 'Caller is elderly and worried about falling.', 'Second time this month.', 'Children walk past here every morning.', 'Asked for a call back this week.'];

/** The engine's seeded generator (mulberry32), so generated data and the engine draw numbers alike. */
export { seededRandom };

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** `count` concerns spread evenly over the `days` days that end at `endMs`, oldest first. */
export function syntheticConcerns(count: number, days: number, endMs: number, seed = 42): Concern[] {
  const random = seededRandom(seed);
  const span = days * 86_400_000;
  const out: Concern[] = [];
  for (let i = 0; i < count; i += 1) {
    const atMs = Math.floor(endMs - span + (span * (i + random())) / count);
    const at = new Date(atMs).toISOString();
    const topic = pick(random, TOPICS);
    const street = pick(random, STREETS);
    const hasContact = random() < 0.7;
    const name = hasContact ? `${pick(random, GIVEN)} ${pick(random, FAMILY)}` : '';
    const roll = random();
    const priority: Priority = roll < 0.05 ? 'top' : roll < 0.2 ? 'high' : 'normal';
    const bytes = new Uint8Array(10);
    for (let b = 0; b < 10; b += 1) bytes[b] = Math.floor(random() * 256);
    const base = emptyConcernFields(pick(random, CHANNELS));
    out.push({
      ...base,
      id: uuidv7(atMs, bytes),
      createdAt: at,
      createdBy: 'Bench desk',
      updatedAt: at,
      updatedBy: 'Bench desk',
      summary: `${pick(random, topic.text)} ${street}`,
      details: random() < 0.6 ? `${pick(random, EXTRA)} ${pick(random, EXTRA)}` : '',
      contact: {
        ...base.contact,
        name,
        phone: hasContact && random() < 0.6 ? `555 ${String(Math.floor(random() * 1000)).padStart(3, '0')} ${String(Math.floor(random() * 10000)).padStart(4, '0')}` : '',
        email: hasContact && random() < 0.4 ? `${name.split(' ')[0]?.toLowerCase()}.${i}@example.org` : '',
      },
      location: { address: `${1 + Math.floor(random() * 200)} ${street}`, area: pick(random, AREAS) },
      tags: random() < 0.85 ? [topic.tag] : [],
      priority,
    });
  }
  return out;
}
