/**
 * The real entry point on an empty embedded database: it prints the one-line setup code, and that code
 * creates the office's admin over HTTP.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DATABASE_SETUP_TIMEOUT_MS } from '../../helpers/databases';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const FIRST_START = /First start: create the office's admin at (http:\/\/127\.0\.0\.1:\d+\/) with setup code ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\n/;
let base: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'civic-first-start-'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

it(
  'prints a setup code on first start that creates the first admin',
  async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server', 'src', 'server.ts')], {
      cwd: ROOT,
      env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'server', 'tsconfig.json'), PORT: '0', DATA_DIR: join(base, 'pglite'), DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
    try {
      let output = '';
      const match = await new Promise<RegExpExecArray>((resolveMatch, reject) => {
        const onData = (chunk: Buffer): void => {
          output += chunk.toString();
          const found = FIRST_START.exec(output);
          if (found !== null) resolveMatch(found);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        void exited.then(() => reject(new Error(`exited: ${output}`)));
      });
      const [, url = '', code] = match;
      const response = await fetch(new URL('/api/setup', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, officeName: 'Town Hall', email: 'ana@town.example', displayName: 'Ana', password: 'a long enough passphrase' }),
      });
      expect(response.status).toBe(201);
      expect(response.headers.get('set-cookie')).toMatch(/^cn_session=[\w-]{43}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Strict$/);
      expect(await (await fetch(new URL('/api/setup', url))).json()).toEqual({ needsSetup: false });
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
  },
  DATABASE_SETUP_TIMEOUT_MS,
);
