/**
 * Answers the sync routes give instead of a result: a status and a JSON body that says, in plain words, what
 * the device should do. Thrown from inside a transaction, they also roll it back, so a refused request
 * leaves the database as it was.
 */

/** The JSON body of a refused sync request: a machine-readable `error` and a sentence for people. */
export interface SyncErrorBody {
  readonly error: string;
  readonly message: string;
  readonly [detail: string]: unknown;
}

/** A sync request refused with a 4xx status and a body for the device. */
export class SyncHttpError extends Error {
  override readonly name: string = 'SyncHttpError';

  constructor(
    readonly statusCode: number,
    readonly body: SyncErrorBody,
  ) {
    super(body.message);
  }
}

/** 400: the request cannot be read; the message names what is wrong. */
export function invalidRequest(message: string): SyncHttpError {
  return new SyncHttpError(400, { error: 'invalid-request', message });
}

/** 413: the request is larger than the server accepts. */
export function tooLarge(message: string): SyncHttpError {
  return new SyncHttpError(413, { error: 'too-large', message });
}

/** 403: the device id belongs to someone else (another staff member, or another office). */
export function foreignClient(): SyncHttpError {
  return new SyncHttpError(403, {
    error: 'forbidden',
    message: 'This device is registered to another staff member. Sign in again on it to sync.',
  });
}
