import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeWindow } from '../helpers/fake-browser-window';
import { closedAddress, json, startLocalHttpServer } from './helpers/local-http-server';
import type { LocalHttpServer } from './helpers/local-http-server';

const electron = vi.hoisted(() => ({
  userData: '',
  handlers: new Map<string, (event: unknown, payload?: unknown) => Promise<unknown>>(),
  fromWebContents: (_contents: unknown): unknown => null,
}));

vi.mock('electron', () => ({
  app: { getPath: (name: string) => (name === 'userData' ? electron.userData : '') },
  BrowserWindow: { fromWebContents: (contents: unknown) => electron.fromWebContents(contents) },
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, payload?: unknown) => Promise<unknown>) => {
      electron.handlers.set(channel, listener);
    },
  },
  // Node's fetch stands in for Chromium's net.fetch: the same Fetch API, here against a real local server.
  net: { fetch: (url: string, init: RequestInit) => fetch(url, init) },
  safeStorage: {
    getSelectedStorageBackend: () => 'gnome_libsecret',
    isAsyncEncryptionAvailable: async () => true,
    encryptStringAsync: async (text: string) => Buffer.from(text).reverse(),
    decryptStringAsync: async (encrypted: Buffer) => ({ result: Buffer.from(encrypted).reverse().toString(), shouldReEncrypt: false }),
  },
  shell: {},
  Notification: class {},
}));

const { registerIpcHandlers } = await import('../../electron/main/ipc');
const { isTrustedRendererUrl } = await import('../../electron/main/origin');
const { trackWindow } = await import('../../electron/main/windows');
const { OFFICE_ACCESS_FILE } = await import('../../electron/main/office-access');

const ours = fakeWindow();
trackWindow(ours.window);
const sender = { id: 1 };
const fromApp = { sender, senderFrame: { url: 'app://civic-notebook/index.html' } } as unknown as IpcMainInvokeEvent;
const TOKEN = 'c2Vzc2lvbi10b2tlbi1mb3ItdGhlLWRlc2s';

let server: LocalHttpServer;

function invoke(channel: string, payload?: unknown, event: IpcMainInvokeEvent = fromApp): Promise<unknown> {
  const listener = electron.handlers.get(channel);
  if (listener === undefined) throw new Error(`No handler registered for ${channel}`);
  return listener(event, payload);
}

beforeAll(async () => {
  electron.userData = await mkdtemp(join(tmpdir(), 'civic-office-ipc-'));
  electron.fromWebContents = (contents) => (contents === sender ? ours.window : null);
  server = await startLocalHttpServer(json(200, { needsSetup: false }));
  registerIpcHandlers((url) => isTrustedRendererUrl(url, undefined));
});

afterAll(async () => {
  await server.close();
  await rm(electron.userData, { recursive: true, force: true });
});

beforeEach(async () => {
  await invoke('office:setAddress', { address: null });
});

describe('office:* channels', () => {
  it('saves an address as typed, in canonical form, where a Civic Notebook server answers', async () => {
    const typed = `${server.address.replace('http://', 'HTTP://')}/`;
    await expect(invoke('office:setAddress', { address: typed })).resolves.toEqual({ ok: true });
    await expect(invoke('office:load')).resolves.toEqual({ address: server.address, token: null, tokenStorage: 'encrypted' });
    const saved = JSON.parse(await readFile(join(electron.userData, OFFICE_ACCESS_FILE), 'utf8')) as unknown;
    expect(saved).toEqual({ address: server.address, encryptedToken: null });
  });

  it('answers a plain sentence, not an error, when nothing answers at the address', async () => {
    const address = await closedAddress();
    await expect(invoke('office:setAddress', { address })).resolves.toEqual({
      ok: false,
      message: `No server answered at ${address}. Check the address and the network.`,
    });
  });

  it('keeps the token and answers where it is kept', async () => {
    await invoke('office:setAddress', { address: server.address });
    await expect(invoke('office:saveToken', { token: TOKEN })).resolves.toEqual({ tokenStorage: 'encrypted' });
    await expect(invoke('office:load')).resolves.toEqual({ address: server.address, token: TOKEN, tokenStorage: 'encrypted' });
    await expect(invoke('office:saveToken', { token: null })).resolves.toEqual({ tokenStorage: 'encrypted' });
    await expect(invoke('office:load')).resolves.toMatchObject({ token: null });
  });

  it.each([
    ['a scheme other than http(s)', { address: 'ftp://notebook.town.example' }],
    ['credentials in the address', { address: 'https://ana:secret@notebook.town.example' }],
    ['a query', { address: 'https://notebook.town.example/?next=evil' }],
    ['something that is no address', { address: 'notebook town hall' }],
    ['a number', { address: 42 }],
    ['no address at all', {}],
    ['a bare string', 'https://notebook.town.example'],
  ])('rejects %s with the channel schema, and keeps the saved address', async (_name, payload) => {
    await invoke('office:setAddress', { address: server.address });
    await expect(invoke('office:setAddress', payload)).rejects.toThrow(/Invalid request for office:setAddress/);
    await expect(invoke('office:load')).resolves.toMatchObject({ address: server.address });
  });

  it.each([
    ['too short', { token: 'abc' }],
    ['with spaces', { token: 'not a token but a sentence' }],
    ['missing', {}],
  ])('rejects a token %s', async (_name, payload) => {
    await expect(invoke('office:saveToken', payload)).rejects.toThrow(/Invalid request for office:saveToken/);
  });

  it('refuses every office channel to a page that is not ours', async () => {
    const foreign = { sender, senderFrame: { url: 'https://evil.example/' } } as unknown as IpcMainInvokeEvent;
    await expect(invoke('office:load', undefined, foreign)).rejects.toThrow(/not part of Civic Notebook/);
    await expect(invoke('office:saveToken', { token: TOKEN }, foreign)).rejects.toThrow(/not part of Civic Notebook/);
    await expect(invoke('office:setAddress', { address: server.address }, foreign)).rejects.toThrow(/not part of Civic Notebook/);
  });
});
