/**
 * The transport over HTTP: fetch for push and pull, server-sent events for pokes. Authenticated with
 * `Authorization: Bearer <token>` (the desktop app, token from safeStorage) or, without a token, the session's
 * HttpOnly cookie (the browser build). Every answer is checked against shared/sync's schemas: a body this desk
 * does not understand is a server error, not a crash.
 */
import { PullResponseSchema, PushGapErrorSchema, PushResponseSchema, type PushRequest } from '@shared/sync/protocol';
import type { z } from 'zod';
import type { Failure, PullBody, PullOutcome, PushOutcome, SyncTransport } from './transport';
import { listenForPokes, type PokeSourceOptions } from './sse';

/** Where the office server is and how to prove who we are. */
export interface HttpTransportOptions {
  /** The server's address, like "https://notebook.office.example" (a path prefix is kept). */
  readonly baseUrl: string;
  /** Session token for the Authorization header; without it the browser sends the session cookie. */
  readonly token?: string;
  /** Milliseconds before a request counts as offline (default 20 s). */
  readonly timeoutMs?: number;
  /** For tests: the fetch to use. */
  readonly fetch?: typeof fetch;
  /** For tests: the EventSource to use (cookie sessions only). */
  readonly EventSource?: PokeSourceOptions['EventSource'];
}

const OFFLINE = 'The office server cannot be reached. Changes are kept on this desk and sent when it is back.';
const SIGNED_OUT = 'This desk is no longer signed in to the office server. Sign in again to send and receive changes.';
const NOT_UNDERSTOOD = 'The office server sent an answer this version of Civic Notebook does not understand.';

/** The URL of an API path under the base address. */
export function apiUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

const messageOf = (body: unknown): string | undefined => {
  const message = body !== null && typeof body === 'object' ? (body as { message?: unknown }).message : undefined;
  return typeof message === 'string' && message.trim() !== '' ? message : undefined;
};

type Answer = { readonly status: number; readonly body: unknown } | Failure;

/** Creates the HTTP transport. */
export function createHttpTransport(options: HttpTransportOptions): SyncTransport {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;

  const post = async (path: string, body: unknown): Promise<Answer> => {
    let response: Response;
    try {
      response = await doFetch(apiUrl(options.baseUrl, path), {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        credentials: options.token === undefined ? 'include' : 'omit',
        signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
      });
    } catch {
      return { kind: 'offline', message: OFFLINE };
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      json = undefined;
    }
    if (response.status === 401 || response.status === 403) {
      return { kind: 'unauthorized', message: messageOf(json) ?? SIGNED_OUT };
    }
    return { status: response.status, body: json };
  };

  const parse = <T>(schema: z.ZodType<T>, answer: { status: number; body: unknown }): { kind: 'ok'; value: T } | Failure => {
    if (answer.status < 200 || answer.status >= 300) {
      const fallback = `The office server could not take this desk's changes (HTTP ${answer.status}).`;
      return { kind: 'server-error', message: messageOf(answer.body) ?? fallback, status: answer.status };
    }
    const parsed = schema.safeParse(answer.body);
    return parsed.success ? { kind: 'ok', value: parsed.data } : { kind: 'server-error', message: NOT_UNDERSTOOD, status: answer.status };
  };

  return {
    async push(body: PushRequest): Promise<PushOutcome> {
      const answer = await post('/api/sync/push', body);
      if ('kind' in answer) return answer;
      if (answer.status === 409) {
        const gap = PushGapErrorSchema.safeParse(answer.body);
        if (gap.success) return { kind: 'gap', expected: gap.data.expected };
      }
      return parse(PushResponseSchema, answer);
    },
    async pull(body: PullBody): Promise<PullOutcome> {
      const answer = await post('/api/sync/pull', body);
      if ('kind' in answer) return answer;
      if (answer.status === 409) {
        const b = answer.body as { error?: unknown; epoch?: unknown } | undefined;
        if (b?.error === 'epoch' && typeof b.epoch === 'string') return { kind: 'epoch', epoch: b.epoch };
      }
      return parse(PullResponseSchema, answer);
    },
    events(onPoke) {
      return listenForPokes({
        url: apiUrl(options.baseUrl, '/api/sync/events'),
        token: options.token,
        fetch: doFetch,
        EventSource: options.EventSource,
        onPoke,
      });
    },
  };
}
