/**
 * What the auth services refuse, as data: an HTTP status, a stable code and a plain sentence. Routes send it
 * as `{ error: code, message, ...extra }`; the CLI prints the message and exits with an error. Services never
 * know about HTTP otherwise, so the CLI and the routes share them.
 */

/** A refusal with a plain message, safe to show to whoever asked. */
export class AuthError extends Error {
  constructor(
    /** The HTTP status a route answers with (4xx). */
    readonly status: number,
    /** A stable code clients may branch on. */
    readonly code: string,
    message: string,
    /** More fields for the answer's body (e.g. the offices to choose from). */
    readonly extra: Readonly<Record<string, unknown>> = {},
    /** For 429: seconds until another attempt may succeed. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

/** 404 for an id that is not in the caller's office, whether or not it exists elsewhere. */
export function notFound(what: string): AuthError {
  return new AuthError(404, 'not-found', `There is no such ${what} in your office.`);
}
