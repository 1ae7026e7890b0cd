/**
 * UUIDv7 (RFC 9562 section 5.7): 48 bits of Unix milliseconds, then version and variant bits around 74 random
 * bits. Ids made this way sort by creation time, so a desk's new concerns append to the end of the primary-key
 * index instead of landing at random places in it.
 *
 * Pure: the caller passes the clock reading and the random bytes (shared/ has no crypto and no clock).
 * Example: uuidv7(1700000000000, bytes) -> "018bcfe5-6800-7xxx-yxxx-xxxxxxxxxxxx".
 */

/** Matches a lower-case UUIDv7 string. */
export const UUIDV7_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Number of random bytes uuidv7() consumes. */
export const UUIDV7_RANDOM_BYTES = 10;

/** Builds a UUIDv7 from a millisecond timestamp and 10 random bytes. */
export function uuidv7(unixMs: number, random: Uint8Array): string {
  if (!Number.isInteger(unixMs) || unixMs < 0 || unixMs > 0xffff_ffff_ffff) {
    throw new RangeError(`uuidv7: timestamp out of range: ${unixMs}`);
  }
  if (random.length < UUIDV7_RANDOM_BYTES) {
    throw new RangeError(`uuidv7: needs ${UUIDV7_RANDOM_BYTES} random bytes, got ${random.length}`);
  }
  const bytes = new Uint8Array(16);
  let ms = unixMs;
  for (let i = 5; i >= 0; i -= 1) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes.set(random.subarray(0, UUIDV7_RANDOM_BYTES), 6);
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Reads the millisecond timestamp back out of a UUIDv7. */
export function uuidv7Time(id: string): number {
  return Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
