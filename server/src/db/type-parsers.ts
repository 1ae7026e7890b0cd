/**
 * The column types whose JavaScript value would differ between pg and PGlite, and the one answer both
 * adapters give. Without this, the same query returns 1 on PGlite and '1' on PostgreSQL for an int8, and a
 * date shifts by the server's time zone on one of them.
 *
 *   int8                     string   (lossless; pg's default; cast to int where a number is wanted)
 *   date, timestamp          string   (their text, e.g. '2026-11-23'; no zone is invented for them)
 *   date[], timestamp[]      string[]
 *   bytea                    Buffer
 * Everything else already agrees: int2/int4/float as numbers, numeric as string, timestamptz as Date,
 * json/jsonb parsed, uuid as string, bool as boolean, arrays of those as arrays.
 */

/** Type oids that both adapters return as the text Postgres sends. */
export const TEXT_VALUE_OIDS = [20 /* int8 */, 1082 /* date */, 1114 /* timestamp */] as const;

/** Array type oids whose elements are returned as text (pg needs telling; PGlite derives arrays from elements). */
export const TEXT_ARRAY_OIDS = [1016 /* int8[] */, 1182 /* date[] */, 1115 /* timestamp[] */] as const;

/** The oid of text[], whose parser turns an array literal into strings. */
export const TEXT_ARRAY_OID = 1009;

/** The oid of bytea. */
export const BYTEA_OID = 17;

/** Returns the text as is. */
export function asText(value: string): string {
  return value;
}

/** Parses bytea's hex output ('\x0102') into a Buffer, as pg does. */
export function parseByteaHex(value: string): Buffer {
  return Buffer.from(value.startsWith('\\x') ? value.slice(2) : value, 'hex');
}
