/**
 * The public endpoints over a real socket, for what app.inject() cannot send: raw bytes that are not UTF-8 in the
 * request line and headers, a Content-Length far past the body limit with no body behind it, chunked bodies past
 * the limit, and a body cut off midway. Each gets a clear 4xx (or the connection closed for a body that never
 * came) within HANG_MS, never a 5xx; the server keeps answering afterwards and nothing is stored. On both databases.
 */
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { buildApp } from '../../../server/src/app';
import type { Db } from '../../../server/src/db/db';
import { describeEachDatabase } from '../../helpers/databases';
import { useFastPasswords } from '../../helpers/staff';
import { saveForm } from '../intake/form-support';
import { openEndpoint, type Open311Office } from '../open311/support';
import { HANG_MS, snapshotTables } from './support';

useFastPasswords();

/** What came back on the socket: the status (0 when the server closed it without one) and the whole text. */
interface WireAnswer {
  readonly status: number;
  readonly text: string;
}

/**
 * Writes `parts` to a new connection and reads the answer's head, keeping the connection open meanwhile as a
 * browser does (Node's server drops a request whose client half-closes before its answer is ready). `hangUp`
 * closes it right after writing instead, as a client that goes away does; then no answer is owed.
 */
function onTheWire(port: number, parts: readonly (string | Buffer)[], options: { hangUp?: boolean } = {}): Promise<WireAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`No answer within ${HANG_MS} ms to ${String(parts[0]).slice(0, 80)}`));
    }, HANG_MS);
    const finish = () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    };
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      // Done once the answer's head has arrived: the server need not close the connection.
      if (/\r\n\r\n/.test(Buffer.concat(chunks).toString('latin1'))) socket.end();
    });
    socket.on('error', () => undefined); // a reset after the answer is the server refusing the rest of a body
    socket.on('close', finish);
    socket.on('connect', () => {
      for (const part of parts) socket.write(part);
      if (options.hangUp === true) socket.end();
    });
  });
}

describeEachDatabase('the public endpoints over a real socket', (getDb) => {
  let db: Db;
  let app: FastifyInstance;
  let office: Open311Office;
  let port: number;

  beforeEach(async () => {
    db = getDb();
    vi.stubEnv('SUGGESTION_FORM_RATE', '1000000,1000000');
    app = buildApp({ db });
    office = await openEndpoint(app, db);
    await saveForm(app, office);
    await app.inject({ method: 'GET', url: '/public/town-hall/suggest' });
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as AddressInfo).port;
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await app.close();
  });

  const head = (method: string, path: string, headers: readonly string[]) => `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n`;

  it('refuses bytes that are not UTF-8 in the address and headers with a 4xx, and keeps answering', async () => {
    const before = await snapshotTables(db);
    const requests: (string | Buffer)[][] = [
      [Buffer.concat([Buffer.from('GET /public/town-hall/'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(' HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')])],
      [Buffer.concat([Buffer.from('GET /public/town-hall/status?ref='), Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80]), Buffer.from(' HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')])],
      [Buffer.concat([Buffer.from('POST /public/town-hall/suggest HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded; charset='), Buffer.from([0xff]), Buffer.from('\r\nContent-Length: 9\r\n\r\nsummary=x')])],
      [Buffer.concat([Buffer.from(head('POST', `${office.base}requests.json`, ['Content-Type: application/x-www-form-urlencoded', 'Content-Length: 12'])), Buffer.from([0x61, 0x70, 0x69, 0x5f, 0x6b, 0x65, 0x79, 0x3d, 0xff, 0xfe, 0x80, 0x80])])],
      [head('GET', '/public/town-hall/suggest/%C0%AF', [])],
      [head('GET', '/open311/town-hall/v2/requests/%ED%A0%80.json', [])],
    ];
    for (const parts of requests) {
      const res = await onTheWire(port, parts);
      expect(res.status, res.text.slice(0, 300)).toBeGreaterThanOrEqual(400);
      expect(res.status, res.text.slice(0, 300)).toBeLessThan(500);
    }
    expect((await app.inject({ method: 'GET', url: '/public/town-hall/suggest' })).statusCode).toBe(200);
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('answers a Content-Length past the limit with 413 at once, without waiting for a body that never comes', async () => {
    const before = await snapshotTables(db);
    for (const path of ['/public/town-hall/suggest', `${office.base}requests.json`, `/newsletter/unsubscribe/${'A'.repeat(43)}`]) {
      const res = await onTheWire(port, [head('POST', path, ['Content-Type: application/x-www-form-urlencoded', 'Content-Length: 100000000'])]);
      expect(res.status, `${path}: ${res.text.slice(0, 300)}`).toBe(413);
    }
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('refuses a chunked body past the limit with 413, and survives a body cut off midway, storing nothing', async () => {
    const before = await snapshotTables(db);
    const chunk = `8000\r\n${'summary=x&'.repeat(3276)}aaaaaaaa\r\n`.replace(/^8000/, (32_768).toString(16));
    for (const path of ['/public/town-hall/suggest', `${office.base}requests.json`]) {
      const res = await onTheWire(port, [head('POST', path, ['Content-Type: application/x-www-form-urlencoded', 'Transfer-Encoding: chunked']), chunk, chunk, chunk, '0\r\n\r\n']);
      expect(res.status, `${path}: ${res.text.slice(0, 300)}`).toBe(413);
      // Half a body, then the client goes away: no answer is owed, and nothing may be stored.
      await onTheWire(port, [head('POST', path, ['Content-Type: application/x-www-form-urlencoded', 'Content-Length: 5000']), 'summary=Half+a+suggest'], { hangUp: true });
    }
    expect((await app.inject({ method: 'GET', url: '/public/town-hall/suggest' })).statusCode).toBe(200);
    expect(await snapshotTables(db)).toEqual(before);
  });
});
