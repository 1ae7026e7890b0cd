import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronChecksumsUrl, offlineMessage, unreachableReason } from '../../scripts/lib/dist-preflight';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/v45.4.1/SHASUMS256.txt') response.end('abc  electron-v45.4.1-linux-x64.zip\n');
    else if (request.url === '/silent') return; // Accepts the request and never answers: a black-holed network.
    else response.writeHead(404, 'Not Found').end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('electronChecksumsUrl', () => {
  it("asks GitHub's release downloads by default and the mirror ELECTRON_MIRROR names otherwise", () => {
    expect(electronChecksumsUrl('45.4.1', {})).toBe('https://github.com/electron/electron/releases/download/v45.4.1/SHASUMS256.txt');
    expect(electronChecksumsUrl('45.4.1', { ELECTRON_MIRROR: 'https://npmmirror.com/mirrors/electron' })).toBe('https://npmmirror.com/mirrors/electron/v45.4.1/SHASUMS256.txt');
  });
});

describe('unreachableReason', () => {
  it('passes when the checksum file is there', async () => {
    expect(await unreachableReason(electronChecksumsUrl('45.4.1', { ELECTRON_MIRROR: base }))).toBeNull();
  });

  it('names the status when the server has no such release', async () => {
    expect(await unreachableReason(`${base}/v0.0.0/SHASUMS256.txt`)).toBe(`${base}/v0.0.0/SHASUMS256.txt answered 404 Not Found`);
  });

  it('gives up after its time limit on a server that never answers, instead of hanging', async () => {
    const started = Date.now();
    expect(await unreachableReason(`${base}/silent`, 300)).toBe(`${base}/silent did not answer within 300 ms`);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('says so when nothing listens at the address', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await unreachableReason(`http://127.0.0.1:${port}/x`)).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/x could not be reached: .*ECONNREFUSED`));
  });
});

describe('offlineMessage', () => {
  it('names the version, the reason and the way out', () => {
    const message = offlineMessage('45.4.1', 'https://x did not answer within 20 s');
    expect(message).toContain('Electron 45.4.1');
    expect(message).toContain('https://x did not answer within 20 s');
    expect(message).toContain('ELECTRON_MIRROR');
  });
});
