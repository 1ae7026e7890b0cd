/**
 * The way to the office server as main keeps it: the server's address and this desk's session token, saved in
 * office-access.json in the app's userData folder:
 *
 *   { "address": "https://notebook.town.example", "encryptedToken": "djExzR0…" }
 *
 * The token reaches the disk only encrypted by the system's store (Electron safeStorage; base64 in the file).
 * Where the system has no encrypted store (Linux without a keyring), the token is kept in memory for this run
 * only and tokenStorage says 'memory-only', so the renderer can tell staff they sign in again after a restart.
 * Each change rewrites the whole file atomically (temporary file, then rename). A file that cannot be read or
 * parsed counts as nothing saved: all it costs is typing the address and signing in again, which is better
 * than a desk that cannot start.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, net, safeStorage } from 'electron';
import { z } from 'zod';
import { ServerAddressSchema } from '@shared/api/server-address';
import { SessionTokenSchema } from '@shared/ipc/contract';
import type { OfficeAccess, SetOfficeAddressResult, TokenStorage } from '@shared/ipc/contract';
import { probeOfficeServer } from './office-server-probe';
import { writeJsonFileAtomically } from './json-file';

/** Name of the file in the userData folder. */
export const OFFICE_ACCESS_FILE = 'office-access.json';

/** The sentence when the address could not be written to disk. */
export const ADDRESS_NOT_SAVED_MESSAGE = 'Civic Notebook could not save the address on this computer. Try again.';

/** The system's encrypted store, as far as the token needs it; electronTokenCipher() is the real one. */
export interface TokenCipher {
  /** True when tokens can be encrypted with a key the system protects. */
  isAvailable(): Promise<boolean>;
  encrypt(token: string): Promise<Buffer>;
  /** The token, and whether the system asks for it to be encrypted again (its key was rotated). */
  decrypt(encrypted: Buffer): Promise<{ token: string; shouldReEncrypt: boolean }>;
}

/** Where a store keeps its file, how it encrypts the token and how it checks an address. */
export interface OfficeAccessOptions {
  readonly file: string;
  readonly cipher: TokenCipher;
  /** Whether a Civic Notebook server answers at a canonical address (see office-server-probe.ts). */
  readonly probe: (address: string) => Promise<SetOfficeAddressResult>;
}

/** Main's side of the office:* channels. */
export interface OfficeAccessStore {
  /** The saved address and the token, decrypted; what office:load answers. */
  load(): Promise<OfficeAccess>;
  /** The saved address, for the Content-Security-Policy of each app:// response. */
  savedAddress(): Promise<string | undefined>;
  /** Checks a server answers at the canonical address, then saves it; null forgets the address and token. */
  setAddress(address: string | null): Promise<SetOfficeAddressResult>;
  /** Keeps (or with null forgets) the token; answers where it is kept. */
  saveToken(token: string | null): Promise<{ tokenStorage: TokenStorage }>;
}

const SavedFileSchema = z.object({
  address: ServerAddressSchema.nullable(),
  encryptedToken: z.base64().nullable(),
});

interface State {
  readonly address: string | undefined;
  /** The token in plain text, in memory only; undefined when there is none or it could not be decrypted. */
  readonly token: string | undefined;
  /** What the file holds for the token. Kept while unreadable (a locked keyring) until a change replaces it. */
  readonly encryptedToken: string | undefined;
}

const NOTHING_SAVED: State = { address: undefined, token: undefined, encryptedToken: undefined };

/** A store over one file; everything it changes goes through one queue, so writes never interleave. */
export function createOfficeAccessStore(options: OfficeAccessOptions): OfficeAccessStore {
  const { file, cipher } = options;
  let state: Promise<State> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const current = (): Promise<State> => (state ??= readState(file, cipher));

  function serially<T>(task: (saved: State) => Promise<T>): Promise<T> {
    const run = queue.then(async () => task(await current()));
    queue = run.catch(() => undefined);
    return run;
  }

  async function save(next: State): Promise<boolean> {
    try {
      await writeState(file, next);
      return true;
    } catch (error) {
      console.warn('Could not save the office server settings:', error);
      return false;
    }
  }

  const newTokenStorage = async (): Promise<TokenStorage> => ((await isCipherAvailable(cipher)) ? 'encrypted' : 'memory-only');

  return {
    async load() {
      const saved = await current();
      const tokenStorage = saved.token === undefined ? await newTokenStorage() : saved.encryptedToken === undefined ? 'memory-only' : 'encrypted';
      return { address: saved.address ?? null, token: saved.token ?? null, tokenStorage };
    },
    savedAddress: async () => (await current()).address,
    async setAddress(address) {
      // Checked before joining the queue: a server that takes its 10 s to not answer must not hold up the CSP.
      if (address !== null) {
        const answer = await options.probe(address);
        if (!answer.ok) return answer;
      }
      return serially(async (saved) => {
        // A token belongs to the server that issued it; another server would reject it, or worse, receive it.
        const next = address !== null && address === saved.address ? saved : { ...NOTHING_SAVED, address: address ?? undefined };
        if (!(await save(next))) return { ok: false, message: ADDRESS_NOT_SAVED_MESSAGE };
        state = Promise.resolve(next);
        return { ok: true };
      });
    },
    saveToken: (token) =>
      serially(async (saved) => {
        if (token === null) {
          // Forgotten in memory even if the file cannot be rewritten: this run must stop sending it.
          const next = { ...saved, token: undefined, encryptedToken: undefined };
          await save(next);
          state = Promise.resolve(next);
          return { tokenStorage: await newTokenStorage() };
        }
        const encryptedToken = (await isCipherAvailable(cipher)) ? await encryptOrUndefined(cipher, token) : undefined;
        const next = { ...saved, token, encryptedToken };
        const isWritten = await save(next);
        // Unwritten, the token lives in memory only, and the next change must not write it as if it were saved.
        state = Promise.resolve(isWritten ? next : { ...next, encryptedToken: undefined });
        return { tokenStorage: isWritten && encryptedToken !== undefined ? 'encrypted' : 'memory-only' };
      }),
  };
}

let appStore: OfficeAccessStore | undefined;

/** The app's store, in its userData folder; made on first use, which must come after 'ready' (safeStorage, net). */
export function officeAccess(): OfficeAccessStore {
  appStore ??= createOfficeAccessStore({
    file: join(app.getPath('userData'), OFFICE_ACCESS_FILE),
    cipher: electronTokenCipher(),
    // Electron's net.fetch rather than Node's: it goes through Chromium's network stack like the renderer's own
    // requests, so the system's proxy settings and trusted certificates (an office's own CA) apply to the check.
    probe: (address) => probeOfficeServer(address, (url, init) => net.fetch(url, init)),
  });
  return appStore;
}

/**
 * safeStorage's asynchronous API: Electron 45 deprecates the synchronous encryptString/decryptString (removed in
 * 46), and what either one encrypts, the other decrypts.
 */
export function electronTokenCipher(): TokenCipher {
  return {
    async isAvailable() {
      // 'basic_text' is Linux without a keyring: Chromium then encrypts with a key written in its own source code,
      // which protects nothing. The function exists on Linux only.
      if (safeStorage.getSelectedStorageBackend?.() === 'basic_text') return false;
      return safeStorage.isAsyncEncryptionAvailable();
    },
    encrypt: (token) => safeStorage.encryptStringAsync(token),
    async decrypt(encrypted) {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(encrypted);
      return { token: result, shouldReEncrypt };
    },
  };
}

async function isCipherAvailable(cipher: TokenCipher): Promise<boolean> {
  try {
    return await cipher.isAvailable();
  } catch (error) {
    console.warn("The system's encrypted store is not available; the session token stays in memory:", error);
    return false;
  }
}

async function encryptOrUndefined(cipher: TokenCipher, token: string): Promise<string | undefined> {
  try {
    return (await cipher.encrypt(token)).toString('base64');
  } catch (error) {
    console.warn('Could not encrypt the session token; it stays in memory:', error);
    return undefined;
  }
}

async function readState(file: string, cipher: TokenCipher): Promise<State> {
  const saved = await readSavedFile(file);
  if (saved.encryptedToken === undefined || !(await isCipherAvailable(cipher))) return saved;
  try {
    const { token, shouldReEncrypt } = await cipher.decrypt(Buffer.from(saved.encryptedToken, 'base64'));
    if (!SessionTokenSchema.safeParse(token).success) throw new Error('The decrypted text is not a session token');
    if (!shouldReEncrypt) return { ...saved, token };
    const encryptedToken = (await encryptOrUndefined(cipher, token)) ?? saved.encryptedToken;
    const next = { ...saved, token, encryptedToken };
    await writeState(file, next).catch((error: unknown) => console.warn('Could not save the re-encrypted session token:', error));
    return next;
  } catch (error) {
    console.warn('Could not decrypt the saved session token; staff will sign in again:', error);
    return saved;
  }
}

async function readSavedFile(file: string): Promise<State> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.warn('Could not read the saved office server settings:', error);
    return NOTHING_SAVED;
  }
  try {
    const saved = SavedFileSchema.parse(JSON.parse(text));
    return { address: saved.address ?? undefined, token: undefined, encryptedToken: saved.encryptedToken ?? undefined };
  } catch (error) {
    console.warn(`${file} is damaged; starting with no office server saved:`, error);
    return NOTHING_SAVED;
  }
}

// Owner-only, though the token in it is encrypted anyway.
function writeState(file: string, state: State): Promise<void> {
  return writeJsonFileAtomically(file, { address: state.address ?? null, encryptedToken: state.encryptedToken ?? null });
}
