import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ registerSchemesAsPrivileged: vi.fn() }));

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: electron.registerSchemesAsPrivileged, handle: vi.fn() } }));

const { createAppProtocolHandler, registerAppScheme, resolveAppPath } = await import('../../electron/main/protocol');
const { contentSecurityPolicyFor } = await import('../../electron/main/security');

const SECRET = 'the office database password';
let base: string;
let root: string;

beforeAll(async () => {
  // base/secret.txt sits next to base/renderer, the folder app:// serves.
  base = await mkdtemp(join(tmpdir(), 'civic-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Civic Notebook</title>');
  await writeFile(join(root, 'assets', 'index-abc123.js'), 'console.log("app")');
  await writeFile(join(base, 'secret.txt'), SECRET);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function isInside(file: string | undefined): boolean {
  if (file === undefined) return true;
  const inside = relative(root, file);
  return inside !== '' && !inside.startsWith(`..${sep}`) && inside !== '..';
}

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure scheme', () => {
    registerAppScheme();
    expect(electron.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });
});

describe('resolveAppPath', () => {
  it('maps the root to index.html and other paths to files under the root', () => {
    expect(resolveAppPath(root, 'app://civic-notebook/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://civic-notebook/assets/index-abc123.js')).toBe(join(root, 'assets', 'index-abc123.js'));
  });

  it.each([
    'app://civic-notebook/..%2fsecret.txt',
    'app://civic-notebook/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://civic-notebook/assets/..%2f..%2fsecret.txt',
    'app://civic-notebook/%2e%2e%2fsecret.txt',
    'app://civic-notebook/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://civic-notebook/..%2f',
  ])('refuses %s, which would leave the renderer folder', (url) => {
    expect(resolveAppPath(root, url)).toBeUndefined();
  });

  it('keeps plain dot segments inside the root (the URL parser folds them)', () => {
    const file = resolveAppPath(root, 'app://civic-notebook/../../secret.txt');
    expect(file).toBe(join(root, 'secret.txt'));
  });

  it('never resolves a backslash path outside the root', () => {
    expect(isInside(resolveAppPath(root, 'app://civic-notebook/..%5C..%5Csecret.txt'))).toBe(true);
  });

  it.each(['app://other-host/index.html', 'file:///etc/passwd', 'https://civic-notebook/index.html'])('refuses %s, which is not ours', (url) => {
    expect(resolveAppPath(root, url)).toBeUndefined();
  });

  it('refuses malformed escapes and NUL bytes', () => {
    expect(resolveAppPath(root, 'app://civic-notebook/%E0%A4%A')).toBeUndefined();
    expect(resolveAppPath(root, 'app://civic-notebook/index.html%00.png')).toBeUndefined();
  });
});

describe('the app:// handler', () => {
  let saved: string | undefined;
  const handler = (): ((request: Request) => Promise<Response>) => createAppProtocolHandler(root, () => Promise.resolve(saved));

  it('serves index.html with the CSP', async () => {
    saved = undefined;
    const response = await handler()(new Request('app://civic-notebook/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicyFor(undefined));
    expect(await response.text()).toContain('<title>Civic Notebook</title>');
  });

  it('lets the page connect to the office server saved when each response is made', async () => {
    const serve = handler();
    saved = undefined;
    expect((await serve(new Request('app://civic-notebook/'))).headers.get('content-security-policy')).not.toContain('notebook.town.example');
    saved = 'https://notebook.town.example/civic';
    const csp = (await serve(new Request('app://civic-notebook/review'))).headers.get('content-security-policy');
    expect(csp).toBe(contentSecurityPolicyFor(saved));
    expect(csp).toContain("connect-src 'self' https://notebook.town.example;");
  });

  it('falls back to the bare CSP when the saved address cannot be read', async () => {
    const serve = createAppProtocolHandler(root, () => Promise.reject(new Error('disk gone')));
    expect((await serve(new Request('app://civic-notebook/'))).headers.get('content-security-policy')).toBe(contentSecurityPolicyFor(undefined));
  });

  it('serves scripts as JavaScript', async () => {
    const response = await handler()(new Request('app://civic-notebook/assets/index-abc123.js'));
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers a traversal attempt with 404 and never the file', async () => {
    for (const url of ['app://civic-notebook/..%2fsecret.txt', 'app://civic-notebook/assets/..%2F..%2Fsecret.txt']) {
      const response = await handler()(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain(SECRET);
    }
  });

  it('answers a client-side route with the app', async () => {
    const response = await handler()(new Request('app://civic-notebook/review'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Civic Notebook</title>');
  });

  it('answers a missing asset with 404', async () => {
    expect((await handler()(new Request('app://civic-notebook/assets/missing.js'))).status).toBe(404);
  });

  it('answers only GET and HEAD', async () => {
    expect((await handler()(new Request('app://civic-notebook/', { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handler()(new Request('app://civic-notebook/', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
