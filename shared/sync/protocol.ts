/**
 * The sync wire format: JSON bodies of POST /sync/push and POST /sync/pull (the routes live on the server;
 * their schemas live here so both sides parse the same thing).
 *
 * Push: a device sends its outbox in order. Mutation ids count up from 1 per device, without gaps.
 *   → { "clientId": "5f0c…", "mutations": [
 *        { "id": 7, "name": "setStatus", "at": "2025-03-14T09:30:00.000Z",
 *          "args": { "id": "0195…", "from": "new", "to": "acknowledged" } } ] }
 *   ← { "results": [{ "id": 7, "status": "applied" }], "lastMutationId": 7 }
 *   ← 409 { "error": "gap", "expected": 5, "message": "…" } when the first id is past the next one expected.
 * A rejected mutation still counts as done (it is recorded with its reason and never retried); an id the
 * server has seen comes back as "duplicate" with its recorded outcome, so resending a batch is always safe.
 *
 * Pull: a device asks for changes after its cursor (cursor.ts), at most about `limit` rows.
 *   → { "clientId": "5f0c…", "cursor": "c1.b7e1c2d4.901.42", "limit": 1000 }
 *   ← { "epoch": "b7e1c2d4", "cursor": "c1.b7e1c2d4.955.61", "hasMore": false, "lastMutationId": 7,
 *       "changes": [{ "table": "concerns", "id": "0195…", "row": { … } },
 *                   { "table": "concern_tags", "id": "0195…:streetlights" }] }
 * A change without `row` is a deletion. A page never splits one server transaction, so it may run past
 * `limit`. lastMutationId is the last of this device's mutations whose effects are in the changes up to
 * `cursor`, so the device can drop those from its outbox in the same transaction (rebase.ts). An epoch that
 * differs from the sent cursor's means the server started over: the device replaces its synced rows.
 */
import { z } from 'zod';
import { TimestampSchema } from '../domain/concern';
import { isoToUnixMs } from './context';
import { CursorStringSchema, decodeCursor } from './cursor';

/** True when `read` does not throw: lets a refinement skip values whose own format check already failed. */
function isWellFormed(read: () => unknown): boolean {
  try {
    read();
    return true;
  } catch {
    return false;
  }
}
import { ROW_SCHEMAS, type TABLE_NAMES, type RowChange, type TableName } from './store';

/** Most mutations in one push. */
export const MAX_PUSH_MUTATIONS = 100;
/** Most bytes of one mutation's args as UTF-8 JSON (a concern at every length limit fits, escapes included). */
export const MAX_ARGS_BYTES = 128 * 1024;
/** Most bytes of all args in one push; the server's body limit must allow this plus the envelope. */
export const MAX_PUSH_ARGS_BYTES = 1024 * 1024;
/** Most rows a pull may ask for. */
export const MAX_PULL_LIMIT = 5000;
/** Rows a pull asks for when it does not say. */
export const DEFAULT_PULL_LIMIT = 1000;

/** Length in bytes of a string as UTF-8 (shared/ has no TextEncoder). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Size in bytes of a mutation's args as they go over the wire. */
export function argsBytes(args: unknown): number {
  return utf8Length(JSON.stringify(args) ?? '');
}

/** Schema of a device id. */
export const ClientIdSchema = z.uuid({ error: 'Expected the device id (a UUID)' });
/** Schema of a per-device mutation id: 1, 2, 3, … */
export const MutationIdSchema = z.int().min(1).max(Number.MAX_SAFE_INTEGER);
/** Schema of a "last mutation id" (0 when the device has none yet). */
export const LastMutationIdSchema = z.int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Schema of one mutation in a push. */
export const PushMutationSchema = z
  .object({
    id: MutationIdSchema,
    name: z.string().min(1).max(64),
    args: z.unknown(),
    // Row ids are UUIDv7 stamped with this time (context.ts), and UUIDv7 cannot hold a time before 1970.
    // zod runs refinements even after the format check failed; a malformed time is reported by that check.
    at: TimestampSchema.refine((at) => !isWellFormed(() => isoToUnixMs(at)) || isoToUnixMs(at) >= 0, {
      message: 'The time must be after 1970',
    }),
  })
  .superRefine((m, ctx) => {
    const size = argsBytes(m.args);
    if (size > MAX_ARGS_BYTES) {
      ctx.addIssue({
        code: 'custom',
        path: ['args'],
        message: `This change is too large to send (${size} bytes; the limit is ${MAX_ARGS_BYTES})`,
      });
    }
  });
/** One mutation in a push. */
export type PushMutation = z.infer<typeof PushMutationSchema>;

/** Schema of a push: a device's next mutations, with consecutive ids. */
export const PushRequestSchema = z
  .object({
    clientId: ClientIdSchema,
    mutations: z
      .array(PushMutationSchema)
      .min(1, 'A push carries at least one mutation')
      .max(MAX_PUSH_MUTATIONS, `A push carries at most ${MAX_PUSH_MUTATIONS} mutations; send the rest in the next one`),
  })
  .superRefine((push, ctx) => {
    push.mutations.forEach((m, i) => {
      const before = push.mutations[i - 1];
      if (before !== undefined && m.id !== before.id + 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['mutations', i, 'id'],
          message: `Mutation ids in a push must be consecutive: ${before.id} is followed by ${m.id}`,
        });
      }
    });
    const total = push.mutations.reduce((sum, m) => sum + argsBytes(m.args), 0);
    if (total > MAX_PUSH_ARGS_BYTES) {
      ctx.addIssue({
        code: 'custom',
        path: ['mutations'],
        message: `This push is too large (${total} bytes of changes; the limit is ${MAX_PUSH_ARGS_BYTES}); send fewer at once`,
      });
    }
  });
/** A push. */
export type PushRequest = z.infer<typeof PushRequestSchema>;

/** Schema of the outcome of one pushed mutation. */
export const PushResultSchema = z.discriminatedUnion('status', [
  z.object({ id: MutationIdSchema, status: z.literal('applied') }),
  z.object({ id: MutationIdSchema, status: z.literal('rejected'), reason: z.string(), code: z.string() }),
  z.object({
    id: MutationIdSchema,
    status: z.literal('duplicate'),
    /** What happened the first time the server saw this id. */
    outcome: z.enum(['applied', 'rejected']),
    reason: z.string().optional(),
    code: z.string().optional(),
  }),
]);
/** The outcome of one pushed mutation. */
export type PushResult = z.infer<typeof PushResultSchema>;

/** Schema of the answer to a push: one result per mutation, in order, and the device's last done id. */
export const PushResponseSchema = z.object({ results: z.array(PushResultSchema), lastMutationId: LastMutationIdSchema });
/** The answer to a push. */
export type PushResponse = z.infer<typeof PushResponseSchema>;

/** Schema of the refusal of a push whose first id skips ahead: nothing was applied; resend from `expected`. */
export const PushGapErrorSchema = z.object({ error: z.literal('gap'), expected: MutationIdSchema, message: z.string() });
/** The refusal of a push whose first id skips ahead. */
export type PushGapError = z.infer<typeof PushGapErrorSchema>;

/** The gap error for a device whose next mutation should have been `expected`. */
export function gapError(expected: number, got: number): PushGapError {
  return {
    error: 'gap',
    expected,
    message: `The server expected change ${expected} from this device next but got ${got}; send from ${expected}.`,
  };
}

/** Schema of a pull: changes after the cursor (none: from the beginning), about `limit` rows. */
export const PullRequestSchema = z.object({
  clientId: ClientIdSchema,
  cursor: CursorStringSchema.optional(),
  limit: z
    .int()
    .min(1)
    .max(MAX_PULL_LIMIT, `A pull asks for at most ${MAX_PULL_LIMIT} rows`)
    .default(DEFAULT_PULL_LIMIT),
});
/** A pull. */
export type PullRequest = z.infer<typeof PullRequestSchema>;

function changeSchema<T extends TableName>(table: T) {
  return z
    .object({ table: z.literal(table), id: z.string().min(1).max(200), row: ROW_SCHEMAS[table].optional() })
    .refine((c) => c.row === undefined || c.row.id === c.id, { message: "A row's id must match its change's id", path: ['row', 'id'] });
}

/** Schema of one row change in a pull: the row's new state, or no row for a deletion. */
export const RowChangeSchema: z.ZodType<RowChange> = z.union([
  // One entry per table; the length check stops compiling when a table is added to store.ts but not here.
  changeSchema('concerns'),
  changeSchema('concern_history'),
  changeSchema('concern_tags'),
  changeSchema('concern_tombstones'),
  changeSchema('concern_escalations'),
  changeSchema('escalation_fallbacks'),
  changeSchema('citizen_acknowledgements'),
  changeSchema('office_profile'),
  changeSchema('concern_flags'),
  changeSchema('concern_comments'),
  changeSchema('concern_responses'),
  changeSchema('concern_assignees'),
  changeSchema('office_staff'),
  changeSchema('theme_corrections'),
  changeSchema('meeting_agenda'),
  changeSchema('meeting_decisions'),
  changeSchema('projects'),
  changeSchema('project_links'),
  changeSchema('project_thanks'),
  changeSchema('newsletters'),
  changeSchema('newsletter_unsubscribes'),
] satisfies { length: (typeof TABLE_NAMES)['length'] } & unknown[]);

/** Schema of the answer to a pull: one page of changes, in the server's commit order. */
export const PullResponseSchema = z
  .object({
    epoch: z.string(),
    cursor: CursorStringSchema,
    hasMore: z.boolean(),
    changes: z.array(RowChangeSchema),
    lastMutationId: LastMutationIdSchema,
    /**
     * Only in the answer to a pull from the beginning (no cursor): about how many changes there are to take in
     * (entries in the office's log, a little more than the rows that will arrive), for a first-sync progress bar.
     */
    total: z.int().min(0).optional(),
  })
  .refine((page) => !isWellFormed(() => decodeCursor(page.cursor)) || decodeCursor(page.cursor).epoch === page.epoch, {
    message: "The cursor's epoch must be the page's epoch",
    path: ['cursor'],
  });
/** The answer to a pull. */
export type PullResponse = z.infer<typeof PullResponseSchema>;

/** True when the page belongs to another life of the database than the cursor sent: start over. */
export function isEpochChange(sentCursor: string | undefined, page: Pick<PullResponse, 'epoch'>): boolean {
  return sentCursor !== undefined && decodeCursor(sentCursor).epoch !== page.epoch;
}

/** The longest prefix of the outbox that fits in one push (always at least one entry). */
export function takePushBatch<M extends Pick<PushMutation, 'args'>>(outbox: readonly M[]): M[] {
  const batch: M[] = [];
  let bytes = 0;
  for (const entry of outbox) {
    const size = argsBytes(entry.args);
    if (batch.length > 0 && (batch.length >= MAX_PUSH_MUTATIONS || bytes + size > MAX_PUSH_ARGS_BYTES)) break;
    batch.push(entry);
    bytes += size;
  }
  return batch;
}
