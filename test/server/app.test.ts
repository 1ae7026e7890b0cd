import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import type { AppOptions } from '../../server/src/app';
import type { Db } from '../../server/src/db/db';
import { openPglite } from '../../server/src/db/pglite';
import { DATABASE_SETUP_TIMEOUT_MS } from '../helpers/databases';

const INDEX = '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head></html>';
const SECRET = 'not for the web';
let base: string;
let webRoot: string;
let app: FastifyInstance | undefined;
// These tests are about serving files, not data: one in-memory database for all of them.
let db: Db;

beforeAll(async () => {
  db = await openPglite();
  base = await mkdtemp(join(tmpdir(), 'civic-web-'));
  webRoot = join(base, 'web');
  await mkdir(join(webRoot, 'assets'), { recursive: true });
  await writeFile(join(webRoot, 'index.html'), INDEX);
  await writeFile(join(webRoot, 'assets', 'index-abc123.js'), 'console.log(1)');
  await writeFile(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(base, 'secret.txt'), SECRET);
}, DATABASE_SETUP_TIMEOUT_MS);

afterEach(async () => {
  await app?.close();
  app = undefined;
});

afterAll(async () => {
  await db.close();
  await rm(base, { recursive: true, force: true });
});

function build(options: Omit<AppOptions, 'db'> = {}): FastifyInstance {
  app = buildApp({ db, ...options });
  return app;
}

function withWebApp(): FastifyInstance {
  return build({ webRoot });
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('GET /health', () => {
  it('answers ok without a web build', async () => {
    app = build();
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('answers ok next to the web app', async () => {
    const response = await withWebApp().inject({ method: 'GET', url: '/health' });
    expect(response.json()).toEqual({ status: 'ok' });
  });
});

describe('the web app', () => {
  it('serves index.html at / and never lets it be cached', async () => {
    const response = await withWebApp().inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toBe(INDEX);
  });

  it('caches hashed assets for a year', async () => {
    const response = await withWebApp().inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('does not mark unhashed files immutable', async () => {
    const response = await withWebApp().inject({ method: 'GET', url: '/favicon.svg' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it.each(['/review', '/notebook/2026-11-23', '/settings?tab=sync'])('answers the client route %s with index.html', async (url) => {
    const response = await withWebApp().inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toBe(INDEX);
  });

  it.each(['/assets/missing-123.js', '/missing.css', '/favicon.ico'])('answers the missing file %s with 404, not the app', async (url) => {
    const response = await withWebApp().inject({ method: 'GET', url });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toBe(INDEX);
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const response = await withWebApp().inject({ method: 'GET', url: '/api/nothing' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: 'Not found' });
  });

  it('does not answer other methods with the app', async () => {
    const response = await withWebApp().inject({ method: 'POST', url: '/review', payload: {} });
    expect(response.statusCode).toBe(404);
  });

  it.each(['/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt'])('never serves %s from outside the web root', async (url) => {
    const response = await withWebApp().inject({ method: 'GET', url });
    expect(response.body).not.toContain(SECRET);
  });

  it('refuses to start without a build', () => {
    expect(() => build({ webRoot: join(base, 'nowhere') })).toThrow(/npm run build:web/);
  });
});

describe('security headers', () => {
  it.each(['/', '/health', '/assets/index-abc123.js', '/assets/missing.js'])('are on %s', async (url) => {
    const response = await withWebApp().inject({ method: 'GET', url });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('allow scripts only from the server: no inline code, no eval', async () => {
    const response = await withWebApp().inject({ method: 'GET', url: '/' });
    const policy = directives(String(response.headers['content-security-policy']));
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(String(response.headers['content-security-policy'])).not.toContain('unsafe-eval');
  });
});

describe('errors', () => {
  it('hides the details of a server error', async () => {
    app = build();
    app.get('/boom', () => {
      throw new Error('connection to postgres://admin:hunter2@db failed');
    });
    const response = await app.inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('hunter2');
  });
});
