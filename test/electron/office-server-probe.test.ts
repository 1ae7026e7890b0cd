import { afterEach, describe, expect, it } from 'vitest';
import { notOfficeServerMessage, probeOfficeServer, unreachableMessage } from '../../electron/main/office-server-probe';
import { closedAddress, json, startLocalHttpServer } from './helpers/local-http-server';
import type { LocalHttpServer } from './helpers/local-http-server';

// Node's fetch: the app passes Electron's net.fetch, which has the same Fetch API over Chromium's network stack.
const nodeFetch = (url: string, init: RequestInit): Promise<Response> => fetch(url, init);

let server: LocalHttpServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('probeOfficeServer', () => {
  it('accepts a server whose /api/setup answers like a Civic Notebook server', async () => {
    server = await startLocalHttpServer(json(200, { needsSetup: false }));
    await expect(probeOfficeServer(server.address, nodeFetch)).resolves.toEqual({ ok: true });
    expect(server.requests).toEqual(['/api/setup']);
  });

  it('accepts a server that still waits for its first admin', async () => {
    server = await startLocalHttpServer(json(200, { needsSetup: true }));
    await expect(probeOfficeServer(server.address, nodeFetch)).resolves.toEqual({ ok: true });
  });

  it('asks under the path of an address with one', async () => {
    server = await startLocalHttpServer(json(200, { needsSetup: false }));
    await probeOfficeServer(`${server.address}/notebook`, nodeFetch);
    expect(server.requests).toEqual(['/notebook/api/setup']);
  });

  it('says a web page answering 200 is not an office server', async () => {
    server = await startLocalHttpServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end('<!doctype html><title>Router login</title>');
    });
    await expect(probeOfficeServer(server.address, nodeFetch)).resolves.toEqual({ ok: false, message: notOfficeServerMessage(server.address) });
  });

  it('says a 404 is not an office server', async () => {
    server = await startLocalHttpServer(json(404, { error: 'not found' }));
    const answer = await probeOfficeServer(server.address, nodeFetch);
    expect(answer).toEqual({ ok: false, message: `The server at ${server.address} is not a Civic Notebook office server.` });
  });

  it('says JSON of another shape is not an office server', async () => {
    server = await startLocalHttpServer(json(200, { status: 'ok' }));
    await expect(probeOfficeServer(server.address, nodeFetch)).resolves.toEqual({ ok: false, message: notOfficeServerMessage(server.address) });
  });

  it('says no server answered at a closed port', async () => {
    const address = await closedAddress();
    const answer = await probeOfficeServer(address, nodeFetch);
    expect(answer).toEqual({ ok: false, message: `No server answered at ${address}. Check the address and the network.` });
  });

  it('gives up on a server that never answers, and says none answered', async () => {
    server = await startLocalHttpServer(() => undefined);
    await expect(probeOfficeServer(server.address, nodeFetch, 100)).resolves.toEqual({ ok: false, message: unreachableMessage(server.address) });
  });

  it('gives up on a server that sends headers and then stalls', async () => {
    server = await startLocalHttpServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"needsSetup":');
    });
    await expect(probeOfficeServer(server.address, nodeFetch, 200)).resolves.toEqual({ ok: false, message: unreachableMessage(server.address) });
  });
});
