/**
 * How the engine talks to the office server: three calls, each answering with a typed result instead of
 * throwing, so a network failure is a value the engine handles (offline, try again later), never an exception
 * that escapes into the app. http-transport.ts speaks HTTP; tests pass an in-process fake server.
 */
import type { z } from 'zod';
import type { PullRequestSchema, PullResponse, PushRequest, PushResponse } from '@shared/sync/protocol';

/** A pull request as sent (limit optional: the server's default applies). */
export type PullBody = z.input<typeof PullRequestSchema>;

/** The server could not be reached (no network, timeout, connection refused). */
export interface Offline {
  readonly kind: 'offline';
  readonly message: string;
}
/** The server refused who we are: not signed in, session expired or revoked, or no longer in the office. */
export interface Unauthorized {
  readonly kind: 'unauthorized';
  readonly message: string;
}
/** The server answered with an error, or with something this desk does not understand. */
export interface ServerError {
  readonly kind: 'server-error';
  readonly message: string;
  readonly status?: number;
}
/** A failure either call can have. */
export type Failure = Offline | Unauthorized | ServerError;

/** The answer to a push. */
export type PushOutcome =
  | { readonly kind: 'ok'; readonly value: PushResponse }
  /** The server expects this desk's mutation `expected` next: nothing was applied; send from there. */
  | { readonly kind: 'gap'; readonly expected: number }
  | Failure;

/** The answer to a pull. */
export type PullOutcome =
  | { readonly kind: 'ok'; readonly value: PullResponse }
  /** The cursor belongs to another life of the server's database: start again from the beginning. */
  | { readonly kind: 'epoch'; readonly epoch: string }
  | Failure;

/** The engine's way to the office server. */
export interface SyncTransport {
  /** Sends outbox entries (POST /api/sync/push). Never throws. */
  push(body: PushRequest): Promise<PushOutcome>;
  /** Asks for changes after a cursor (POST /api/sync/pull). Never throws. */
  pull(body: PullBody): Promise<PullOutcome>;
  /** Listens for the server's "pull now" pokes (GET /api/sync/events); returns the function that stops. */
  events(onPoke: () => void): () => void;
}
