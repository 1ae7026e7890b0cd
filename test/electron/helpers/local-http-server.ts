/**
 * A real HTTP server on 127.0.0.1 with a port the system picks, for tests of code that checks what answers at
 * an address. closedAddress() gives an address where nothing listens.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running server: its canonical address (http://127.0.0.1:<port>) and how to stop it. */
export interface LocalHttpServer {
  readonly address: string;
  /** Paths requested so far, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** Starts a server answering every request with the handler. */
export async function startLocalHttpServer(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<LocalHttpServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers with a JSON body. */
export function json(status: number, body: unknown): (request: IncomingMessage, response: ServerResponse) => void {
  return (_request, response) => {
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body));
  };
}

/** An address on this machine where no server listens (a port that was just in use and has been closed). */
export async function closedAddress(): Promise<string> {
  const server = await startLocalHttpServer(() => undefined);
  await server.close();
  return server.address;
}
