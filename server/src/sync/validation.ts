/**
 * Reading sync request bodies: sizes first (413, before any work), then the shared zod schemas (400 with the
 * first problems by field), then what the schemas leave open (a mutation name this server does not know).
 */
import type { z } from 'zod';
import { issuePath } from '@shared/sync/errors';
import { isMutatorName } from '@shared/sync/mutators';
import {
  MAX_ARGS_BYTES,
  MAX_PUSH_ARGS_BYTES,
  MAX_PUSH_MUTATIONS,
  PullRequestSchema,
  PushRequestSchema,
  argsBytes,
  type PullRequest,
  type PushRequest,
} from '@shared/sync/protocol';
import { invalidRequest, tooLarge } from './errors';

/** Room for a push's envelope (ids, names, times, JSON punctuation) on top of its args. */
const ENVELOPE_BYTES_PER_MUTATION = 1024;

/** The largest push body the server reads: every mutation's args at the limit, plus envelopes. */
export const PUSH_BODY_LIMIT = MAX_PUSH_ARGS_BYTES + MAX_PUSH_MUTATIONS * ENVELOPE_BYTES_PER_MUTATION;

/** The largest pull body the server reads: a pull is a client id, a cursor and a number. */
export const PULL_BODY_LIMIT = 4 * 1024;

const MAX_ISSUES_SHOWN = 3;

/** The first few problems of a failed parse, as "field: problem; field: problem". */
export function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => `${issuePath(issue)}: ${issue.message}`);
  const more = error.issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? ` (and ${more} more)` : '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Sizes are checked before the schema so an oversized push gets 413 (send less) rather than 400 (fix it).
function checkPushSize(body: unknown): void {
  if (!isRecord(body) || !Array.isArray(body.mutations)) return;
  let total = 0;
  for (const mutation of body.mutations as unknown[]) {
    const size = isRecord(mutation) ? argsBytes(mutation.args) : 0;
    if (size > MAX_ARGS_BYTES) {
      throw tooLarge(`One change is too large to send (${size} bytes; the limit is ${MAX_ARGS_BYTES}).`);
    }
    total += size;
  }
  if (total > MAX_PUSH_ARGS_BYTES) {
    throw tooLarge(`This push is too large (${total} bytes of changes; the limit is ${MAX_PUSH_ARGS_BYTES}). Send fewer at once.`);
  }
}

function unreadable(what: string, parsed: z.ZodSafeParseError<unknown>) {
  return invalidRequest(`This ${what} cannot be read: ${describeIssues(parsed.error)}`);
}

/** The push in a request body; throws SyncHttpError 413 or 400 saying what is wrong. */
export function readPushBody(body: unknown): PushRequest {
  checkPushSize(body);
  const parsed = PushRequestSchema.safeParse(body);
  if (!parsed.success) throw unreadable('push', parsed);
  // Refused whole rather than recorded as rejected: a newer app's change is kept on its device until this
  // server is updated, instead of being thrown away for good.
  const unknown = parsed.data.mutations.find((m) => !isMutatorName(m.name));
  if (unknown !== undefined) {
    throw invalidRequest(
      `This server does not know the change "${unknown.name}" (mutation ${unknown.id}); it may be older than the app. Nothing was saved.`,
    );
  }
  return parsed.data;
}

/** The pull in a request body; throws SyncHttpError 400 saying what is wrong. */
export function readPullBody(body: unknown): PullRequest {
  const parsed = PullRequestSchema.safeParse(body);
  if (!parsed.success) throw unreadable('pull', parsed);
  return parsed.data;
}
