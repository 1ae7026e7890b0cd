/**
 * The context a mutator runs in: who, when, on which device, and where new row ids come from.
 *
 * Ids are derived from the mutation itself (client id, mutation id, a counter), not drawn at random, so the
 * optimistic run on the client, every rebase re-run and the server's authoritative run create the SAME rows
 * with the SAME ids. That is what lets a pending removeTags name an add id made by a pending addTags, and lets a
 * client see its own rows come back from the server unchanged. The ids are UUIDv7 stamped with the mutation's
 * time, so they still sort by creation like the app's other ids.
 *
 * Example: createMutationContext({ clientId, mutationId: 7, at: '2025-03-14T09:30:00.000Z', ... }).newId()
 *   -> "0195939c-2f60-7xxx-yxxx-xxxxxxxxxxxx", the same string on every run of mutation 7 of that client.
 */
import { uuidv7, UUIDV7_RANDOM_BYTES } from '../lib/uuidv7';

/** Who makes a change, when, from which device, and a source of new row ids. */
export interface MutationContext {
  /** When the change was made at the desk: an ISO 8601 UTC timestamp with milliseconds. */
  readonly at: string;
  /** Display name of the staff member, as stamped on rows and history. */
  readonly by: string;
  /** Account id of the staff member (on the server: from the session, never from the request). */
  readonly staffId: string;
  /** The office the change belongs to (on the server: from the session). */
  readonly officeId: string;
  /** The device that made the change. */
  readonly clientId: string;
  /** A new UUIDv7 for a row the mutation creates; deterministic for a given mutation (see above). */
  newId(): string;
}

/** What identifies one mutation and its author: the input of createMutationContext. */
export interface MutationOrigin {
  readonly at: string;
  readonly by: string;
  readonly staffId: string;
  readonly officeId: string;
  readonly clientId: string;
  /** The per-client sequence number of the mutation (PushRequest's mutation id). */
  readonly mutationId: number;
}

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})Z$/;

/** Milliseconds since the Unix epoch of an ISO 8601 UTC timestamp with milliseconds (no Date in shared/). */
export function isoToUnixMs(at: string): number {
  const m = ISO_UTC.exec(at);
  if (m === null) throw new RangeError(`Expected an ISO 8601 UTC timestamp like 2025-03-14T09:30:00.000Z, got "${at}"`);
  const [y, mo, d, h, mi, s, ms] = m.slice(1).map(Number) as [number, number, number, number, number, number, number];
  // Days from 1970-01-01 to the civil date (H. Hinnant's days_from_civil), exact for the proleptic Gregorian calendar.
  const yy = mo <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146097 + doe - 719468;
  return ((days * 24 + h) * 60 + mi) * 60_000 + s * 1000 + ms;
}

// cyrb128-style mixing (public domain): four 32-bit lanes, enough spread for 74 id bits. Not a secure hash, so
// mutators also refuse to overwrite an existing row with a "new" id (see insertRow in mutator.ts).
function hash128(text: string): Uint8Array {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i += 1) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  const bytes = new Uint8Array(16);
  const view = new DataView(bytes.buffer);
  [h1, h2, h3, h4].forEach((h, i) => view.setUint32(i * 4, h >>> 0));
  return bytes;
}

/** The n-th id (n from 0) a given mutation creates: the same on the client and on the server. */
export function mutationRowId(clientId: string, mutationId: number, at: string, n: number): string {
  const random = hash128(`${clientId}/${mutationId}/${n}`).subarray(0, UUIDV7_RANDOM_BYTES);
  return uuidv7(isoToUnixMs(at), random);
}

/** The context for running one mutation, with ids derived from its client and mutation id. */
export function createMutationContext(origin: MutationOrigin): MutationContext {
  let n = 0;
  const { at, by, staffId, officeId, clientId, mutationId } = origin;
  return {
    at,
    by,
    staffId,
    officeId,
    clientId,
    newId: () => mutationRowId(clientId, mutationId, at, n++),
  };
}
