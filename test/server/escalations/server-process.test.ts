/**
 * The priority lane in the real server process (server/src/server.ts), over HTTP as the apps use it: the
 * server starts its delivery worker after migrating and listening, an admin saves the office settings, a desk
 * logs a top-priority concern, and the email reaches the mail server with a link under PUBLIC_URL; a SIGTERM
 * then stops the worker and the server cleanly.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fields, testId } from '../../helpers/concerns';
import { getJson, postJson, setUpOffice } from '../../helpers/http-office';
import { setupCodeOf, startServerProcess, type ServerProcess } from '../../helpers/server-process';
import { startSmtpSink, type SmtpSink } from '../../helpers/smtp-sink-process';

let base: string;
let server: ServerProcess | undefined;
let sink: SmtpSink | undefined;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'civic-escalation-server-'));
});
afterEach(async () => {
  await server?.kill('SIGKILL');
  await sink?.kill();
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function put(url: string, path: string, token: string, body: unknown): Promise<number> {
  const response = await fetch(new URL(path, url), {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return response.status;
}

describe('the server process', () => {
  it('emails a concern logged as top priority, linking to it under PUBLIC_URL, and stops cleanly', async () => {
    sink = await startSmtpSink();
    server = startServerProcess({ DATA_DIR: join(base, 'data'), PUBLIC_URL: 'https://notebook.town.example/' });
    const url = await server.started;
    const admin = await setUpOffice(url, await setupCodeOf(server));
    const settings = {
      priorityAddresses: ['urgent@town.example'],
      smtp: { host: '127.0.0.1', port: sink.port, tls: 'none' },
      includeContactDetails: false,
    };
    expect(await put(url, '/api/admin/office-settings', admin.token, settings)).toBe(200);

    const at = Date.UTC(2026, 0, 5, 9);
    const id = testId(at);
    const mutation = { id: 1, name: 'logConcern', args: { id, fields: fields({ summary: 'Gas smell on Elm St', priority: 'top' }) }, at: new Date(at).toISOString() };
    const pushed = await postJson(url, '/api/sync/push', admin.token, { clientId: randomUUID(), mutations: [mutation] });
    expect(pushed.status).toBe(200);

    const [message] = await sink.waitForMessages(1);
    expect(message?.to).toEqual(['urgent@town.example']);
    expect(message?.raw).toMatch(/^Subject: Top priority: Gas smell on Elm St\r?$/m);
    expect(message?.raw.replace(/=\r?\n/g, '')).toContain(`https://notebook.town.example/#/concern/${id}`);

    expect((await getJson(url, '/health')).status).toBe(200);
    expect(await server.kill('SIGTERM')).toBe(0);
  }, 90_000);
});
