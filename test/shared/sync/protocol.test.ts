import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeCursor } from '@shared/sync/cursor';
import {
  argsBytes,
  gapError,
  isEpochChange,
  MAX_ARGS_BYTES,
  MAX_PUSH_ARGS_BYTES,
  MAX_PUSH_MUTATIONS,
  PullRequestSchema,
  PullResponseSchema,
  PushGapErrorSchema,
  PushRequestSchema,
  PushResponseSchema,
  takePushBatch,
  utf8Length,
} from '@shared/sync/protocol';
import { concernId, DESK_A, storeWithConcern } from './fixtures';

const at = '2025-03-14T09:30:00.000Z';
const m = (id: number, args: unknown = { id: concernId(0), from: 'new', to: 'resolved' }) => ({ id, name: 'setStatus', args, at });
const firstMessage = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.error?.issues[0];

describe('utf8Length', () => {
  it('counts bytes as UTF-8 does, surrogate pairs and lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
      }),
    );
  });
});

describe('PushRequestSchema', () => {
  it('accepts a batch of consecutive mutations', () => {
    expect(PushRequestSchema.safeParse({ clientId: DESK_A, mutations: [m(4), m(5), m(6)] }).success).toBe(true);
  });

  it('refuses ids that skip or repeat inside a batch, naming the mutation', () => {
    const issue = firstMessage(PushRequestSchema.safeParse({ clientId: DESK_A, mutations: [m(4), m(6)] }));
    expect(issue).toMatchObject({ path: ['mutations', 1, 'id'], message: 'Mutation ids in a push must be consecutive: 4 is followed by 6' });
  });

  it(`refuses more than ${MAX_PUSH_MUTATIONS} mutations, saying to send the rest later`, () => {
    const mutations = Array.from({ length: MAX_PUSH_MUTATIONS + 1 }, (_, i) => m(i + 1));
    expect(firstMessage(PushRequestSchema.safeParse({ clientId: DESK_A, mutations }))?.message).toMatch(/at most 100 mutations/);
  });

  it('refuses an empty push, a bad device id and a mutation id of 0', () => {
    expect(PushRequestSchema.safeParse({ clientId: DESK_A, mutations: [] }).success).toBe(false);
    expect(firstMessage(PushRequestSchema.safeParse({ clientId: 'desk 1', mutations: [m(1)] }))?.message).toBe(
      'Expected the device id (a UUID)',
    );
    expect(firstMessage(PushRequestSchema.safeParse({ clientId: DESK_A, mutations: [m(0)] }))?.path).toEqual(['mutations', 0, 'id']);
  });

  it('refuses args over the size limit, saying how large they are', () => {
    const big = { text: 'x'.repeat(MAX_ARGS_BYTES) };
    const issue = firstMessage(PushRequestSchema.safeParse({ clientId: DESK_A, mutations: [m(1, big)] }));
    expect(issue).toMatchObject({ path: ['mutations', 0, 'args'] });
    expect(issue?.message).toBe(`This change is too large to send (${argsBytes(big)} bytes; the limit is ${MAX_ARGS_BYTES})`);
  });

  it('refuses a push whose args together pass the push limit', () => {
    const chunk = { text: 'x'.repeat(MAX_ARGS_BYTES - 20) };
    const mutations = Array.from({ length: 9 }, (_, i) => m(i + 1, chunk));
    expect(firstMessage(PushRequestSchema.safeParse({ clientId: DESK_A, mutations }))?.message).toMatch(/This push is too large/);
  });

  it('refuses a time before 1970, which no row id can carry', () => {
    const result = PushRequestSchema.safeParse({ clientId: DESK_A, mutations: [{ ...m(1), at: '1969-12-31T23:59:59.999Z' }] });
    expect(firstMessage(result)?.message).toBe('The time must be after 1970');
  });
});

describe('push answers', () => {
  it('carry each outcome, a duplicate with what happened the first time', () => {
    const answer = {
      results: [
        { id: 4, status: 'duplicate', outcome: 'rejected', reason: 'Someone else…', code: 'status-moved' },
        { id: 5, status: 'applied' },
        { id: 6, status: 'rejected', reason: 'Someone else already marked this concern resolved, so it was not changed.', code: 'status-moved' },
      ],
      lastMutationId: 6,
    };
    expect(PushResponseSchema.parse(answer)).toEqual(answer);
    expect(PushResponseSchema.safeParse({ results: [{ id: 6, status: 'rejected' }], lastMutationId: 6 }).success).toBe(false);
  });

  it('say where to resend from after a gap', () => {
    expect(PushGapErrorSchema.parse(gapError(5, 9))).toEqual({
      error: 'gap',
      expected: 5,
      message: 'The server expected change 5 from this device next but got 9; send from 5.',
    });
  });
});

describe('pull', () => {
  it('asks for the default page size when none is given', () => {
    expect(PullRequestSchema.parse({ clientId: DESK_A })).toEqual({ clientId: DESK_A, limit: 1000 });
  });

  it('refuses a malformed cursor with a message saying so', () => {
    const issue = firstMessage(PullRequestSchema.safeParse({ clientId: DESK_A, cursor: 'c1.e.abc.1' }));
    expect(issue).toMatchObject({ path: ['cursor'] });
    expect(issue?.message).toMatch(/^Malformed sync cursor: The cursor's xid must be a whole number/);
  });

  it('checks every row of a page against its table schema, and deletions carry no row', async () => {
    const store = await storeWithConcern({ tags: ['noise'] });
    const { changes } = store.changesSince(0);
    const page = { epoch: 'e1', cursor: encodeCursor({ epoch: 'e1', xid: 10, seq: 3 }), hasMore: false, lastMutationId: 0 };
    expect(PullResponseSchema.parse({ ...page, changes })).toEqual({ ...page, changes });
    const deletion = { table: 'concern_tags', id: `${concernId(0)}:noise` };
    expect(PullResponseSchema.safeParse({ ...page, changes: [deletion] }).success).toBe(true);
    const [first] = changes;
    const broken = { ...first, row: { ...first?.row, summary: '' } };
    expect(PullResponseSchema.safeParse({ ...page, changes: [broken] }).success).toBe(false);
    const mismatched = { ...first, id: concernId(9) };
    expect(PullResponseSchema.safeParse({ ...page, changes: [mismatched] }).success).toBe(false);
    expect(PullResponseSchema.safeParse({ ...page, changes: [{ table: 'passwords', id: 'x' }] }).success).toBe(false);
  });

  it("refuses a page whose cursor is of another epoch than the page's", () => {
    const page = { epoch: 'e2', cursor: 'c1.e1.1.1', hasMore: false, lastMutationId: 0, changes: [] };
    expect(PullResponseSchema.safeParse(page).success).toBe(false);
  });

  it('tells a device to start over when the epoch changed', () => {
    expect(isEpochChange('c1.old.5.1', { epoch: 'new' })).toBe(true);
    expect(isEpochChange('c1.new.5.1', { epoch: 'new' })).toBe(false);
    expect(isEpochChange(undefined, { epoch: 'new' })).toBe(false);
  });
});

describe('takePushBatch', () => {
  it('takes as many outbox entries as fit in one push, and always at least one', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: MAX_ARGS_BYTES - 20 }), { maxLength: 300 }), (sizes) => {
        const outbox = sizes.map((size, i) => ({ id: i + 1, args: { t: 'x'.repeat(size) } }));
        const batch = takePushBatch(outbox);
        expect(batch).toEqual(outbox.slice(0, batch.length));
        if (outbox.length > 0) expect(batch.length).toBeGreaterThan(0);
        expect(batch.length).toBeLessThanOrEqual(MAX_PUSH_MUTATIONS);
        const total = batch.reduce((sum, e) => sum + argsBytes(e.args), 0);
        if (batch.length > 1) expect(total).toBeLessThanOrEqual(MAX_PUSH_ARGS_BYTES);
        const next = outbox[batch.length];
        if (next !== undefined && batch.length < MAX_PUSH_MUTATIONS) {
          expect(total + argsBytes(next.args)).toBeGreaterThan(MAX_PUSH_ARGS_BYTES);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('malformed input never throws', () => {
  it('reports a malformed mutation time instead of throwing', () => {
    const result = PushRequestSchema.safeParse({
      clientId: '0190f5a0-0000-7000-8000-000000000000',
      mutations: [{ id: 1, name: 'logConcern', args: {}, at: 'yesterday' }],
    });
    expect(result.success).toBe(false);
  });
});
