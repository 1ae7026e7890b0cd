/**
 * An office made and used over real HTTP, as the apps do, for tests and benchmarks that run the server as a
 * process (server-process.ts) and cannot reach into its database:
 *
 *   const admin = await setUpOffice(url, await setupCodeOf(server));        // POST /api/setup
 *   const ben = await addStaffMember(url, admin.token, { role: 'counter' }); // POST /api/admin/staff
 *   const token = await signIn(url, ben, 'Front desk');                      // POST /api/sessions
 *   const answer = await postJson(url, '/api/sync/push', token, { clientId, mutations });
 *
 * Every request has a time limit, so a server that hangs fails the test instead of stalling it.
 */
import type { Role } from '../../server/src/auth/staff-session';
import { SessionResponseSchema } from '@shared/api/auth';
import { PullResponseSchema, type PullResponse, type PushMutation } from '@shared/sync/protocol';
import type { Concern } from '@shared/domain/concern';
import { fields, testId } from './concerns';

/** How long any request may take before it counts as hung. */
export const REQUEST_TIMEOUT_MS = 15_000;

/** A staff member who can sign in. */
export interface Credentials {
  readonly email: string;
  readonly password: string;
}

/** An HTTP answer: its status and its JSON body (undefined when it had none). */
export interface JsonAnswer {
  readonly status: number;
  readonly body: unknown;
}

const PASSWORD = 'a long enough passphrase';
let serial = 0;

async function request(url: string, path: string, init: RequestInit): Promise<JsonAnswer> {
  const response = await fetch(new URL(path, url), { ...init, signal: init.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

/** POSTs `body` as JSON with the session token (if any); rejects only when no answer came. */
export function postJson(url: string, path: string, token: string | undefined, body: unknown, signal?: AbortSignal): Promise<JsonAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== undefined) headers['authorization'] = `Bearer ${token}`;
  return request(url, path, { method: 'POST', headers, body: JSON.stringify(body), ...(signal === undefined ? {} : { signal }) });
}

/** GETs a path; rejects only when no answer came. */
export function getJson(url: string, path: string): Promise<JsonAnswer> {
  return request(url, path, { method: 'GET' });
}

function expectStatus(answer: JsonAnswer, status: number, what: string): void {
  if (answer.status !== status) throw new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
}

/** Creates the first office and its admin with the setup code; returns the admin, signed in. */
export async function setUpOffice(url: string, code: string): Promise<Credentials & { readonly token: string }> {
  const admin = { email: 'admin@town.example', password: PASSWORD };
  const answer = await postJson(url, '/api/setup', undefined, { code, officeName: 'Town Hall', displayName: 'Ada Admin', ...admin });
  expectStatus(answer, 201, 'Setup');
  return { ...admin, token: SessionResponseSchema.parse(answer.body).token };
}

/** Adds a staff member to the admin's office. */
export async function addStaffMember(url: string, adminToken: string, options: { readonly role?: Role } = {}): Promise<Credentials> {
  serial += 1;
  const member = { email: `desk-${serial}@town.example`, password: PASSWORD };
  const body = { ...member, displayName: `Desk ${serial}`, role: options.role ?? 'counter' };
  expectStatus(await postJson(url, '/api/admin/staff', adminToken, body), 201, 'Adding staff');
  return member;
}

/** Signs a staff member in on a device; returns the session token. */
export async function signIn(url: string, who: Credentials, deviceLabel: string): Promise<string> {
  const answer = await postJson(url, '/api/sessions', undefined, { ...who, deviceLabel });
  expectStatus(answer, 201, 'Sign-in');
  return SessionResponseSchema.parse(answer.body).token;
}

/** A logConcern mutation with id `id`, logging a new concern. */
export function logConcernMutation(id: number, summary: string): PushMutation {
  const at = Date.UTC(2026, 0, 5, 9) + id * 1000;
  return { id, name: 'logConcern', args: { id: testId(at), fields: fields({ summary }) }, at: new Date(at).toISOString() };
}

/** The concern a logConcern mutation logs. */
export function concernOf(mutation: PushMutation): string {
  return (mutation.args as { id: string }).id;
}

/** Everything the office holds, as a device pulling from the start sees it: rows by table, then id. */
export interface PulledOffice {
  readonly concerns: Map<string, Concern>;
  /** History entries of kind 'created', by concern: exactly one per concern when nothing ran twice. */
  readonly createdEntries: Map<string, number>;
  /** The device's mutations the last page covers. */
  readonly lastMutationId: number;
}

/** Pulls every page for `clientId` from the beginning. */
export async function pullEverything(url: string, token: string, clientId: string): Promise<PulledOffice> {
  const rows = new Map<string, Map<string, unknown>>();
  let page: PullResponse | undefined;
  do {
    const answer = await postJson(url, '/api/sync/pull', token, { clientId, limit: 1000, ...(page === undefined ? {} : { cursor: page.cursor }) });
    expectStatus(answer, 200, 'Pull');
    page = PullResponseSchema.parse(answer.body);
    for (const change of page.changes) {
      const table = rows.get(change.table) ?? new Map<string, unknown>();
      rows.set(change.table, table);
      if (change.row === undefined) table.delete(change.id);
      else table.set(change.id, change.row);
    }
  } while (page.hasMore);
  const createdEntries = new Map<string, number>();
  for (const entry of (rows.get('concern_history')?.values() ?? []) as Iterable<{ concernId: string; kind: string }>) {
    if (entry.kind === 'created') createdEntries.set(entry.concernId, (createdEntries.get(entry.concernId) ?? 0) + 1);
  }
  return { concerns: (rows.get('concerns') ?? new Map()) as Map<string, Concern>, createdEntries, lastMutationId: page.lastMutationId };
}
