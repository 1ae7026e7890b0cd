import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OfficeAccessSchema } from '@shared/ipc/contract';
import { closedAddress, json, startLocalHttpServer } from './helpers/local-http-server';
import type { LocalHttpServer } from './helpers/local-http-server';

// A stand-in for the system's encrypted store: reversible, but the token's text never appears in what it returns.
// Each ciphertext names the key generation it was made with, so tests can rotate the key.
const keyring = vi.hoisted(() => ({ backend: 'gnome_libsecret', isAvailable: true, generation: 1 }));

function scramble(bytes: Buffer): Buffer {
  return Buffer.from(bytes.map((byte) => byte ^ 0x5a));
}

vi.mock('electron', () => ({
  app: { getPath: () => '/nonexistent/userData' },
  net: { fetch: (url: string, init: RequestInit) => fetch(url, init) },
  safeStorage: {
    getSelectedStorageBackend: () => keyring.backend,
    isAsyncEncryptionAvailable: async () => keyring.isAvailable,
    encryptStringAsync: async (text: string) => Buffer.concat([Buffer.from(`k${keyring.generation}:`), scramble(Buffer.from(text))]),
    decryptStringAsync: async (encrypted: Buffer) => {
      const match = /^k(\d+):/.exec(encrypted.subarray(0, 8).toString('latin1'));
      if (match?.[1] === undefined) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return { result: scramble(encrypted.subarray(match[0].length)).toString(), shouldReEncrypt: Number(match[1]) !== keyring.generation };
    },
  },
}));

const { ADDRESS_NOT_SAVED_MESSAGE, createOfficeAccessStore, electronTokenCipher, OFFICE_ACCESS_FILE } = await import(
  '../../electron/main/office-access'
);
const { probeOfficeServer } = await import('../../electron/main/office-server-probe');

const TOKEN = 'Zm9yLXRoZS1mcm9udC1kZXNrLW9ubHk';
const OTHER_TOKEN = 'YW5vdGhlci1zZXNzaW9uLXRva2Vu';

let folder: string;
let file: string;
let server: LocalHttpServer;

function store(): ReturnType<typeof createOfficeAccessStore> {
  return createOfficeAccessStore({ file, cipher: electronTokenCipher(), probe: (address) => probeOfficeServer(address, fetch) });
}

async function onDisk(): Promise<string> {
  return readFile(file, 'utf8');
}

beforeEach(async () => {
  Object.assign(keyring, { backend: 'gnome_libsecret', isAvailable: true, generation: 1 });
  folder = await mkdtemp(join(tmpdir(), 'civic-office-access-'));
  file = join(folder, OFFICE_ACCESS_FILE);
  server = await startLocalHttpServer(json(200, { needsSetup: false }));
});

afterEach(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

describe('with the system encrypted store', () => {
  it('writes the token encrypted and reads it back after a restart', async () => {
    const first = store();
    await expect(first.setAddress(server.address)).resolves.toEqual({ ok: true });
    await expect(first.saveToken(TOKEN)).resolves.toEqual({ tokenStorage: 'encrypted' });

    const text = await onDisk();
    expect(text).not.toContain(TOKEN);
    expect(JSON.parse(text)).toEqual({ address: server.address, encryptedToken: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/) });
    await expect(store().load()).resolves.toEqual({ address: server.address, token: TOKEN, tokenStorage: 'encrypted' });
  });

  it('answers office:load in the contract shape when nothing is saved', async () => {
    const access = await store().load();
    expect(OfficeAccessSchema.parse(access)).toEqual({ address: null, token: null, tokenStorage: 'encrypted' });
  });

  it('forgets the token when asked, on disk too', async () => {
    const first = store();
    await first.setAddress(server.address);
    await first.saveToken(TOKEN);
    await expect(first.saveToken(null)).resolves.toEqual({ tokenStorage: 'encrypted' });
    expect(JSON.parse(await onDisk())).toEqual({ address: server.address, encryptedToken: null });
    await expect(store().load()).resolves.toMatchObject({ address: server.address, token: null });
  });

  it('encrypts the token again when the system rotated its key', async () => {
    await store().saveToken(TOKEN);
    const before = JSON.parse(await onDisk()) as { encryptedToken: string };
    keyring.generation = 2;
    await expect(store().load()).resolves.toMatchObject({ token: TOKEN });
    const after = JSON.parse(await onDisk()) as { encryptedToken: string };
    expect(after.encryptedToken).not.toBe(before.encryptedToken);
    expect(Buffer.from(after.encryptedToken, 'base64').toString('latin1')).toMatch(/^k2:/);
  });

  it('reads a token that no longer decrypts as none, and keeps the address', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await writeFile(file, JSON.stringify({ address: server.address, encryptedToken: Buffer.from('made on another computer').toString('base64') }));
    await expect(store().load()).resolves.toEqual({ address: server.address, token: null, tokenStorage: 'encrypted' });
    expect(warn).toHaveBeenCalled();
  });

  it('leaves only its one file behind, readable by its owner alone', async () => {
    await store().saveToken(TOKEN);
    expect(await readdir(folder)).toEqual([OFFICE_ACCESS_FILE]);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
  });
});

describe('without an encrypted store', () => {
  async function expectNoTokenOnDisk(): Promise<void> {
    const text = await onDisk();
    expect(text).not.toContain(TOKEN);
    expect(JSON.parse(text)).toEqual({ address: server.address, encryptedToken: null });
  }

  it('keeps the token in memory for this run only and never writes it', async () => {
    keyring.isAvailable = false;
    const first = store();
    await first.setAddress(server.address);
    await expect(first.saveToken(TOKEN)).resolves.toEqual({ tokenStorage: 'memory-only' });
    await expect(first.load()).resolves.toEqual({ address: server.address, token: TOKEN, tokenStorage: 'memory-only' });
    await expectNoTokenOnDisk();
    await expect(store().load()).resolves.toEqual({ address: server.address, token: null, tokenStorage: 'memory-only' });
  });

  it("treats Linux's basic_text store, whose key is public, as none", async () => {
    keyring.backend = 'basic_text';
    const first = store();
    await first.setAddress(server.address);
    await expect(first.saveToken(TOKEN)).resolves.toEqual({ tokenStorage: 'memory-only' });
    await expectNoTokenOnDisk();
  });

  it('does not write a memory-only token when the address is saved again later', async () => {
    keyring.isAvailable = false;
    const first = store();
    await first.setAddress(server.address);
    await first.saveToken(TOKEN);
    await first.setAddress(server.address);
    await expectNoTokenOnDisk();
    await expect(first.load()).resolves.toMatchObject({ token: TOKEN });
  });
});

describe('a damaged or unreadable file', () => {
  it.each([
    ['not JSON', '{"address": "https://notebook.town'],
    ['JSON of another shape', '[1, 2, 3]'],
    ['an address of the wrong kind', JSON.stringify({ address: 'ftp://notebook.town.example', encryptedToken: null })],
    ['a token that is not base64', JSON.stringify({ address: 'https://notebook.town.example', encryptedToken: 'not base64!' })],
  ])('reads %s as nothing saved, with a warning', async (_name, content) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await writeFile(file, content);
    await expect(store().load()).resolves.toEqual({ address: null, token: null, tokenStorage: 'encrypted' });
    expect(warn).toHaveBeenCalledOnce();
  });

  it('is replaced by the next save', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await writeFile(file, 'garbage');
    await store().setAddress(server.address);
    await expect(store().load()).resolves.toMatchObject({ address: server.address });
  });

  it('reads a missing file as nothing saved, quietly', async () => {
    const warn = vi.spyOn(console, 'warn');
    await expect(store().load()).resolves.toMatchObject({ address: null, token: null });
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads a file it cannot open as nothing saved, and says so when it cannot save either', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await mkdir(file);
    const access = store();
    await expect(access.load()).resolves.toMatchObject({ address: null });
    await expect(access.setAddress(server.address)).resolves.toEqual({ ok: false, message: ADDRESS_NOT_SAVED_MESSAGE });
    await expect(access.savedAddress()).resolves.toBeUndefined();
    await expect(access.saveToken(TOKEN)).resolves.toEqual({ tokenStorage: 'memory-only' });
    expect(warn).toHaveBeenCalled();
  });
});

describe('setAddress', () => {
  it('saves an address where a Civic Notebook server answers', async () => {
    const access = store();
    await expect(access.setAddress(server.address)).resolves.toEqual({ ok: true });
    await expect(access.savedAddress()).resolves.toBe(server.address);
    expect(server.requests).toEqual(['/api/setup']);
  });

  it('keeps the token when the same address is saved again', async () => {
    const access = store();
    await access.setAddress(server.address);
    await access.saveToken(TOKEN);
    await access.setAddress(server.address);
    await expect(store().load()).resolves.toMatchObject({ address: server.address, token: TOKEN });
  });

  it("forgets the token of another address: it belongs to the server that issued it", async () => {
    const other = await startLocalHttpServer(json(200, { needsSetup: true }));
    try {
      const access = store();
      await access.setAddress(server.address);
      await access.saveToken(TOKEN);
      await expect(access.setAddress(other.address)).resolves.toEqual({ ok: true });
      await expect(access.load()).resolves.toMatchObject({ address: other.address, token: null });
      expect(JSON.parse(await onDisk())).toEqual({ address: other.address, encryptedToken: null });
    } finally {
      await other.close();
    }
  });

  it('forgets a token saved before any address once one is set', async () => {
    const access = store();
    await access.saveToken(OTHER_TOKEN);
    await access.setAddress(server.address);
    await expect(access.load()).resolves.toMatchObject({ token: null });
  });

  it('forgets both address and token with null, without asking any server', async () => {
    const access = store();
    await access.setAddress(server.address);
    await access.saveToken(TOKEN);
    await expect(access.setAddress(null)).resolves.toEqual({ ok: true });
    await expect(store().load()).resolves.toMatchObject({ address: null, token: null });
    expect(server.requests).toEqual(['/api/setup']);
  });

  it('refuses an address where a web page answers, and keeps what was saved', async () => {
    const page = await startLocalHttpServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end('<!doctype html><p>It works!</p>');
    });
    try {
      const access = store();
      await access.setAddress(server.address);
      await access.saveToken(TOKEN);
      await expect(access.setAddress(page.address)).resolves.toEqual({
        ok: false,
        message: `The server at ${page.address} is not a Civic Notebook office server.`,
      });
      await expect(store().load()).resolves.toMatchObject({ address: server.address, token: TOKEN });
    } finally {
      await page.close();
    }
  });

  it('refuses an address where a 404 answers', async () => {
    const missing = await startLocalHttpServer(json(404, { error: 'not-found' }));
    try {
      await expect(store().setAddress(missing.address)).resolves.toEqual({
        ok: false,
        message: `The server at ${missing.address} is not a Civic Notebook office server.`,
      });
    } finally {
      await missing.close();
    }
  });

  it('refuses an address where nothing answers', async () => {
    const address = await closedAddress();
    const access = store();
    await expect(access.setAddress(address)).resolves.toEqual({
      ok: false,
      message: `No server answered at ${address}. Check the address and the network.`,
    });
    await expect(access.savedAddress()).resolves.toBeUndefined();
  });
});
