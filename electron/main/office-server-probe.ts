/**
 * Checks that a Civic Notebook office server answers at an address before the desktop is pointed at it, so a
 * typo is caught while staff are still looking at the address they typed, not after the app has reloaded and
 * sync quietly fails. The check is GET <address>/api/setup, which every Civic Notebook server answers without
 * signing in: 200 with { "needsSetup": true|false }.
 */
import { SetupStatusSchema } from '@shared/api/auth';
import type { SetOfficeAddressResult } from '@shared/ipc/contract';

/** How long the check waits for the server's whole answer. */
export const PROBE_TIMEOUT_MS = 10_000;

/** The fetch the check uses: Electron's net.fetch in the app, Node's fetch in tests (same Fetch API). */
export type ProbeFetch = (url: string, init: RequestInit) => Promise<Response>;

/** The sentence for an address where nothing answered (name not found, refused, timed out, TLS failure). */
export function unreachableMessage(address: string): string {
  return `No server answered at ${address}. Check the address and the network.`;
}

/** The sentence for an address where something answered that is not a Civic Notebook server. */
export function notOfficeServerMessage(address: string): string {
  return `The server at ${address} is not a Civic Notebook office server.`;
}

/** Whether a Civic Notebook server answers at the canonical address; never rejects. */
export async function probeOfficeServer(address: string, fetch: ProbeFetch, timeoutMs = PROBE_TIMEOUT_MS): Promise<SetOfficeAddressResult> {
  // One signal for the headers and the body: a server that starts answering and then stalls is no better.
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(`${address}/api/setup`, { headers: { Accept: 'application/json' }, signal });
  } catch {
    return { ok: false, message: unreachableMessage(address) };
  }
  if (response.status !== 200) {
    // Nothing to read; cancelling frees the connection instead of leaving the body to the garbage collector.
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, message: notOfficeServerMessage(address) };
  }
  try {
    const isOurs = SetupStatusSchema.safeParse(await response.json()).success;
    return isOurs ? { ok: true } : { ok: false, message: notOfficeServerMessage(address) };
  } catch {
    // A body that is not JSON (a router's login page, a web server's welcome page) is someone else's server.
    return { ok: false, message: signal.aborted ? unreachableMessage(address) : notOfficeServerMessage(address) };
  }
}
