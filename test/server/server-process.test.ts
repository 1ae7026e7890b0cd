/**
 * The real entry point (server/src/server.ts) as separate processes, the way `npm run server` runs it: one
 * owner per embedded database, several processes side by side on PostgreSQL, and a clean shutdown.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_SETUP_TIMEOUT_MS } from '../helpers/databases';
import { startPostgres } from '../helpers/postgres';
import type { PostgresCluster } from '../helpers/postgres';
import { startServerProcess } from '../helpers/server-process';
import type { ServerProcess } from '../helpers/server-process';

let base: string;
let webRoot: string;
const running: ServerProcess[] = [];

function startServer(env: Record<string, string>): ServerProcess {
  const server = startServerProcess({ WEB_ROOT: webRoot, ...env });
  running.push(server);
  return server;
}

async function status(url: string, path: string): Promise<number> {
  return (await fetch(new URL(path, url))).status;
}

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'civic-server-'));
  webRoot = join(base, 'web');
  await mkdir(webRoot);
  await writeFile(join(webRoot, 'index.html'), '<!doctype html>');
});

afterEach(async () => {
  for (const server of running.splice(0)) await server.kill('SIGKILL');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('the server on its embedded database', () => {
  it(
    'lets one process own the data directory, refuses a second with one clear line, and releases it on SIGTERM',
    async () => {
      const dataDir = join(base, 'pglite');
      const first = startServer({ DATA_DIR: dataDir });
      const url = await first.started;
      expect(first.output()).toContain(`Database: embedded PGlite in ${dataDir} (applied 001_offices_and_staff, `);
      expect(await status(url, '/health')).toBe(200);
      expect(await status(url, '/ready')).toBe(200);

      const second = startServer({ DATA_DIR: dataDir });
      expect(await second.exited).toBe(1);
      const pid = first.child.pid ?? 0;
      expect(second.output().trim()).toBe(
        `The database folder ${dataDir} is in use by another Civic Notebook server (process ${pid}). ` +
          `Stop that server first, or set DATA_DIR to another folder; if no such process is running, delete ${dataDir}.lock.`,
      );

      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      await expect(readFile(`${dataDir}.lock`, 'utf8')).rejects.toThrow(/ENOENT/);
    },
    DATABASE_SETUP_TIMEOUT_MS,
  );
});

describe('the server on PostgreSQL', () => {
  let cluster: PostgresCluster | undefined;
  beforeAll(async () => {
    cluster = await startPostgres();
  }, DATABASE_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await cluster?.stop();
  });

  it(
    'runs as several processes on one database, which start together and migrate it once',
    async () => {
      const url = cluster?.url ?? '';
      const servers = [startServer({ DATABASE_URL: url }), startServer({ DATABASE_URL: url })];
      const urls = await Promise.all(servers.map((server) => server.started));
      for (const address of urls) expect(await status(address, '/ready')).toBe(200);
      const applied = servers.filter((server) => server.output().includes('(applied 001_offices_and_staff, '));
      expect(applied).toHaveLength(1);
      expect(servers[0]?.output()).toMatch(/Database: PostgreSQL at postgres@127\.0\.0\.1:\d+\/test_1/);
    },
    DATABASE_SETUP_TIMEOUT_MS,
  );
});
