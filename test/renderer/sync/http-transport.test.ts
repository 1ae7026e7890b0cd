import { describe, expect, it } from 'vitest';
import { encodeCursor } from '@shared/sync/cursor';
import { createHttpTransport } from '../../../renderer/src/sync/http-transport';
import { eventStreamParser } from '../../../renderer/src/sync/sse';
import { backoffDelay } from '../../../renderer/src/sync/backoff';

const clientId = '0195f1a0-0000-7000-8000-0000000000aa';
const push = { clientId, mutations: [{ id: 1, name: 'deleteConcern', args: { id: clientId }, at: '2026-11-23T09:00:00.000Z' }] };

/** A fetch that answers every request with `status` and `body`, recording what it was asked. */
function answering(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init });
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

describe('HTTP transport', () => {
  it('posts to the sync endpoints with the bearer token and reads a valid answer', async () => {
    const { fetch, calls } = answering(200, { results: [{ id: 1, status: 'applied' }], lastMutationId: 1 });
    const transport = createHttpTransport({ baseUrl: 'https://office.example/notebook/', token: 'secret', fetch });
    expect(await transport.push(push)).toEqual({ kind: 'ok', value: { results: [{ id: 1, status: 'applied' }], lastMutationId: 1 } });
    expect(calls[0]?.url).toBe('https://office.example/notebook/api/sync/push');
    expect(calls[0]?.init).toMatchObject({ method: 'POST', credentials: 'omit', headers: { authorization: 'Bearer secret' } });
  });

  it('sends the session cookie instead when it has no token (the browser build)', async () => {
    const { fetch, calls } = answering(200, { results: [], lastMutationId: 0 });
    await createHttpTransport({ baseUrl: 'https://office.example', fetch }).push(push);
    expect(calls[0]?.init).toMatchObject({ credentials: 'include' });
    expect((calls[0]?.init?.headers as Record<string, string>)['authorization']).toBeUndefined();
  });

  it('turns a network failure into "offline" instead of throwing', async () => {
    const fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    const answer = await createHttpTransport({ baseUrl: 'https://office.example', fetch }).pull({ clientId });
    expect(answer).toMatchObject({ kind: 'offline', message: expect.stringContaining('cannot be reached') });
  });

  it('reads 401, 409 gap, 409 epoch, 5xx and answers it does not understand', async () => {
    const call = (status: number, body: unknown) => createHttpTransport({ baseUrl: 'https://o.example', fetch: answering(status, body).fetch });
    expect(await call(401, { message: 'Your session has expired.' }).pull({ clientId })).toEqual({ kind: 'unauthorized', message: 'Your session has expired.' });
    expect(await call(409, { error: 'gap', expected: 4, message: 'send from 4' }).push(push)).toEqual({ kind: 'gap', expected: 4 });
    expect(await call(409, { error: 'epoch', epoch: 'e9' }).pull({ clientId, cursor: encodeCursor({ epoch: 'e1', xid: 1, seq: 1 }) })).toEqual({ kind: 'epoch', epoch: 'e9' });
    expect(await call(503, {}).push(push)).toMatchObject({ kind: 'server-error', status: 503, message: expect.stringContaining('HTTP 503') });
    expect(await call(413, { message: 'This push is too large' }).push(push)).toMatchObject({ kind: 'server-error', message: 'This push is too large' });
    expect(await call(200, { epoch: 'e1', cursor: 'nonsense' }).pull({ clientId })).toMatchObject({ kind: 'server-error', message: expect.stringContaining('does not understand') });
  });

  it('hears pokes in an event stream however it is cut into chunks', () => {
    const events: string[] = [];
    const feed = eventStreamParser((name) => events.push(name));
    feed(': keep-alive\n\nevent: po');
    feed('ke\ndata: {}\n\n');
    feed('data: plain\r\n\r\n');
    expect(events).toEqual(['poke', 'message']);
  });
});

describe('backoff', () => {
  it('doubles up to its cap, with jitter between half and all of the wait', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffDelay(3, () => 0.999_999)).toBe(4000);
    expect(backoffDelay(40, () => 1)).toBe(120_000);
  });
});
