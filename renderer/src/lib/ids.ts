import { uuidv7, UUIDV7_RANDOM_BYTES } from '@shared/lib/uuidv7';

/** A new UUIDv7 from this desk's clock and the browser's cryptographic random source. */
export function newId(now: Date = new Date()): string {
  return uuidv7(now.getTime(), crypto.getRandomValues(new Uint8Array(UUIDV7_RANDOM_BYTES)));
}
