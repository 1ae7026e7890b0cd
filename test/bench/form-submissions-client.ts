/**
 * HTTP for the form benchmark's driver (form-submissions-driver.ts): node:http with one keep-alive agent per
 * client address. Every address of 127.0.0.0/8 is this machine's loopback on Linux, so a request sent from
 * 127.0.x.y (the socket's local address) reaches a server listening on 127.0.0.1 and is seen there as coming
 * from 127.0.x.y: many citizens, as the per-address rate limits count them, with no setting or code path that
 * exists for the benchmark. Each agent keeps its connections open between requests, as a browser does.
 */
import { Agent, request } from 'node:http';

/** One answer: status, headers that matter here, and the body as text. */
export interface Answer {
  readonly status: number;
  readonly retryAfter: string | undefined;
  readonly body: string;
}

/** Longer than any answer should take on a loaded machine: a slow answer is a figure, not an error. */
const TIMEOUT_MS = 60_000;

/** A client address (127.0.x.y) and its keep-alive agent. */
export interface Citizen {
  readonly address: string;
  readonly agent: Agent;
}

/** `count` client addresses, the `first`-th on from 127.0.1.1 (skipping .0 and .255), each with its own agent. */
export function citizens(count: number, first = 0): Citizen[] {
  return Array.from({ length: count }, (_, n) => {
    const i = first + n;
    const address = `127.${Math.floor(i / 254 / 254)}.${1 + (Math.floor(i / 254) % 254)}.${1 + (i % 254)}`;
    return { address, agent: new Agent({ keepAlive: true, maxSockets: 4, localAddress: address }) };
  });
}

/** Closes every agent's idle connections. */
export function closeCitizens(list: readonly Citizen[]): void {
  for (const citizen of list) citizen.agent.destroy();
}

/** Sends one request from the citizen's address; rejects only when no answer came. */
export function send(base: URL, citizen: Citizen, method: 'GET' | 'POST', path: string, form?: URLSearchParams): Promise<Answer> {
  const body = form === undefined ? undefined : Buffer.from(form.toString());
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: base.hostname,
        port: base.port,
        method,
        path,
        agent: citizen.agent,
        timeout: TIMEOUT_MS,
        headers: body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded', 'content-length': body.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const retryAfter = res.headers['retry-after'];
          resolve({ status: res.statusCode ?? 0, retryAfter: typeof retryAfter === 'string' ? retryAfter : undefined, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`No answer within ${TIMEOUT_MS} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** The value of the hidden input named `name` in a served form, or undefined. */
export function hiddenValue(html: string, name: string): string | undefined {
  const input = new RegExp(`<input[^>]*\\bname="${name}"[^>]*>`).exec(html)?.[0];
  const value = input === undefined ? undefined : /\bvalue="([^"]*)"/.exec(input)?.[1];
  return value?.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
