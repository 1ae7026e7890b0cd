/**
 * The pull cursor: how far a client has read the server's change log. The log is ordered by (xid, seq): xid is
 * the PostgreSQL transaction id (xid8) that wrote the change and seq a sequence within the log. The epoch names
 * one life of the database; it changes when the database is restored or moved, and a cursor from another epoch
 * means "start again from the beginning".
 *
 * Format: "c1.<epoch>.<xid>.<seq>", with xid and seq as decimal strings (xid8 goes up to 2^64 - 1, past what a
 * JavaScript number holds exactly, so they are compared as BigInt) and the epoch as 1 to 64 letters, digits,
 * '-' or '_'. Clients treat the string as opaque: they store it and send it back.
 * Example: "c1.b7e1c2d4.18446744073709551000.42" = epoch "b7e1c2d4", xid 18446744073709551000, seq 42.
 */
import { z } from 'zod';

/** A decoded cursor: the epoch and the (xid, seq) position, as canonical decimal strings. */
export interface Cursor {
  readonly epoch: string;
  readonly xid: string;
  readonly seq: string;
}

/** What encodeCursor accepts: xid and seq as decimal strings, BigInts or safe integers. */
export interface CursorParts {
  readonly epoch: string;
  readonly xid: string | bigint | number;
  readonly seq: string | bigint | number;
}

/** A cursor string that cannot be read, with what is wrong with it. */
export class CursorError extends Error {
  override readonly name: string = 'CursorError';
}

const PREFIX = 'c1';
const EPOCH = /^[A-Za-z0-9_-]{1,64}$/;
const DECIMAL = /^(0|[1-9][0-9]{0,19})$/;
const MAX_U64 = (1n << 64n) - 1n;
/** Longest valid cursor string: prefix, 64-character epoch, two 20-digit numbers, three dots. */
export const MAX_CURSOR_LENGTH = PREFIX.length + 64 + 20 + 20 + 3;

function decimal(value: string | bigint | number, what: string): string {
  let text: string;
  if (typeof value === 'bigint') text = value.toString();
  else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new CursorError(`The cursor's ${what} must be a whole number, got ${value}`);
    text = String(value);
  } else text = value;
  if (!DECIMAL.test(text) || BigInt(text) > MAX_U64) {
    throw new CursorError(`The cursor's ${what} must be a whole number from 0 to 2^64 - 1, got "${text}"`);
  }
  return text;
}

function epochOf(epoch: string): string {
  if (!EPOCH.test(epoch)) {
    throw new CursorError(`The cursor's epoch must be 1 to 64 letters, digits, - or _, got "${epoch}"`);
  }
  return epoch;
}

/** Writes a cursor string; throws CursorError when a part is out of range. */
export function encodeCursor(parts: CursorParts): string {
  return [PREFIX, epochOf(parts.epoch), decimal(parts.xid, 'xid'), decimal(parts.seq, 'seq')].join('.');
}

/** Reads a cursor string; throws CursorError saying what is wrong with a malformed one. */
export function decodeCursor(text: string): Cursor {
  if (text.length > MAX_CURSOR_LENGTH) throw new CursorError(`The cursor is too long to be valid (${text.length} characters)`);
  const parts = text.split('.');
  if (parts.length !== 4 || parts[0] !== PREFIX) {
    throw new CursorError(`The cursor must look like "c1.<epoch>.<xid>.<seq>", got "${text}"`);
  }
  const [, epoch = '', xid = '', seq = ''] = parts;
  return { epoch: epochOf(epoch), xid: decimal(xid, 'xid'), seq: decimal(seq, 'seq') };
}

/** Orders two cursors of one epoch by (xid, seq): negative, zero or positive. Throws across epochs. */
export function compareCursor(a: Cursor, b: Cursor): -1 | 0 | 1 {
  if (a.epoch !== b.epoch) {
    throw new CursorError(`Cursors of different epochs ("${a.epoch}", "${b.epoch}") have no order`);
  }
  const ax = BigInt(a.xid);
  const bx = BigInt(b.xid);
  if (ax !== bx) return ax < bx ? -1 : 1;
  const as = BigInt(a.seq);
  const bs = BigInt(b.seq);
  return as === bs ? 0 : as < bs ? -1 : 1;
}

/** Schema of a cursor string; the error says what is wrong with a malformed one. */
export const CursorStringSchema = z.string().superRefine((text, ctx) => {
  try {
    decodeCursor(text);
  } catch (error) {
    if (!(error instanceof CursorError)) throw error;
    ctx.addIssue({ code: 'custom', message: `Malformed sync cursor: ${error.message}` });
  }
});
