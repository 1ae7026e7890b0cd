/**
 * The desk's connection to its office server: which server, who is signed in, and the sync engine that runs
 * while someone is. One object for the app's lifetime (office-context.tsx provides it); the UI reads its two
 * observables and calls its actions.
 *
 * Without a server the desk works exactly as before: a local-only engine counts unsent changes, and
 * everything logged is uploaded when someone signs in. A desk belongs to one office: signing in to another
 * office's account is refused (its notebook would otherwise be uploaded there). Someone else of the same office
 * signing in gives the desk a new client id (the server binds one to each person), unsent changes included.
 *
 * Start-up: the desktop reads the saved address and token; the browser build uses its own server and cookie,
 * and a fresh browser desk also adopts a session the browser already has (signed in from another tab).
 */
import type { ChangePasswordRequest, SessionResponse, SetupRequest, SetupStatus, SignedInStaff } from '@shared/api/auth';
import { clearSyncProblem, markSignedOut, readOfficeRecord, takeNewClientId, writeOfficeRecord, type NotebookDb, type OfficeRecord } from '../db';
import type { Platform, TokenKeeping } from '../platform/platform';
import { createSyncEngine, type SyncEngine, type SyncEngineOptions } from '../sync/engine';
import { createHttpTransport } from '../sync/http-transport';
import type { SyncRejection } from '../sync/rejections';
import { observable, type Observable, type SyncStatus } from '../sync/status';
import { createOfficeApi, OfficeApiError, type OfficeApi } from './office-api';

/** Where the desk stands with its office server. */
export interface ConnectionState {
  /**
   * loading: reading what was saved; no-server: the desktop has no server address yet; signed-out: a server is
   * known but no one is signed in here; signed-in: the engine syncs (see the sync status for how it goes).
   */
  readonly phase: 'loading' | 'no-server' | 'signed-out' | 'signed-in';
  /** The server's address (the browser build's own origin). */
  readonly address: string | undefined;
  /** 'fixed' in the browser build (its own server); 'chosen' on the desktop. */
  readonly addressMode: 'fixed' | 'chosen';
  /** The office and account this desk belongs to (the last one signed in, when signed out). */
  readonly account: OfficeRecord | undefined;
  /** Where the session token is kept. */
  readonly tokenKeeping: TokenKeeping;
  /** Set when the session was lost without signing out (a memory-only token after a restart). */
  readonly notice: string | undefined;
}

/** What signing in or setting up needs besides the form. */
export type SignInInput = { email: string; password: string; officeId?: string };

/** The desk's connection. */
export interface OfficeConnection {
  readonly state: Observable<ConnectionState>;
  /** The running engine's status (a local-only engine while no one is signed in). */
  readonly sync: Observable<SyncStatus>;
  /** Reads what was saved and starts syncing if someone is signed in. */
  start(): Promise<void>;
  /** Stops the engine (the app is closing; tests). */
  stop(): Promise<void>;
  /** The account API of the server, authenticated as the signed-in person when there is one. */
  api(): OfficeApi | undefined;
  /** Whether the server still waits for its first admin. */
  setupStatus(): Promise<SetupStatus>;
  signIn(input: SignInInput): Promise<SignedInStaff>;
  /** Creates the first office and admin with the server's one-time code, signed in here. */
  setUp(input: Omit<SetupRequest, 'deviceLabel'>): Promise<SignedInStaff>;
  /** Signs out; resolves with whether the server heard it (the session ends here either way). */
  signOut(): Promise<{ serverReached: boolean }>;
  /** Desktop: points the desk at another server (checked first) and reloads the app. */
  setAddress(address: string): Promise<void>;
  changePassword(input: ChangePasswordRequest): Promise<void>;
  syncNow(): Promise<void>;
  onRejected(listener: (rejection: SyncRejection) => void): () => void;
}

/** What the connection is made of. */
export interface ConnectionOptions {
  readonly db: NotebookDb;
  readonly platform: Platform;
  /** Passed to every engine (tests shorten the timers). */
  readonly engine?: Omit<SyncEngineOptions, 'db' | 'transport'>;
  readonly fetch?: typeof fetch;
}

const LOCAL_ONLY: SyncStatus = { state: 'local-only', pending: 0, lastSyncAt: undefined, lastError: undefined, firstSyncProgress: undefined };

/** Creates the connection (not started). */
export function createOfficeConnection(options: ConnectionOptions): OfficeConnection {
  const { db, platform } = options;
  const state = observable<ConnectionState>({
    phase: 'loading',
    address: undefined,
    addressMode: platform.office.addressMode,
    account: undefined,
    tokenKeeping: platform.office.addressMode === 'fixed' ? 'cookie' : 'encrypted',
    notice: undefined,
  });
  const sync = observable<SyncStatus>(LOCAL_ONLY);
  const rejectionListeners = new Set<(rejection: SyncRejection) => void>();
  let token: string | undefined;
  let engine: SyncEngine | undefined;
  let unhook: (() => void)[] = [];
  /** Serializes engine swaps and sign-ins, so two clicks never run two engines. */
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const useCookie = platform.office.addressMode === 'fixed';
  const apiFor = (address: string, withToken: string | undefined) =>
    createOfficeApi({ baseUrl: address, token: withToken, useCookie, fetch: options.fetch });

  async function runEngine(address: string | undefined): Promise<void> {
    for (const off of unhook.splice(0)) off();
    await engine?.stop();
    const transport = address === undefined ? undefined : createHttpTransport({ baseUrl: address, token, fetch: options.fetch });
    const next = createSyncEngine({ ...options.engine, db, transport });
    engine = next;
    const copy = () => {
      const status = next.status.get();
      sync.set(status);
      // The server no longer takes this session (expired, signed out from the admin screen, account disabled):
      // the desk is signed out, with the server's reason, and the dialog offers to sign in again.
      // (Only an answer of this engine's: a problem stored from before shows while state is still 'syncing'.)
      if (status.state === 'error' && status.lastError?.code === 'unauthorized' && engine === next && state.get().phase === 'signed-in') {
        void serially(() => sessionLost(status.lastError?.message ?? ''));
      }
    };
    unhook = [next.status.subscribe(copy), next.onRejected((r) => rejectionListeners.forEach((listener) => listener(r)))];
    copy();
    await next.start();
    copy();
  }

  async function sessionLost(message: string): Promise<void> {
    if (state.get().phase !== 'signed-in') return;
    token = undefined;
    await platform.office.saveToken(undefined);
    await markSignedOut(db);
    const { account } = state.get();
    state.set({ phase: 'signed-out', account: account === undefined ? undefined : { ...account, isSignedIn: false }, notice: message });
    await runEngine(undefined);
  }

  /** Takes a fresh session as this desk's: checks the office, switches client id if needed, starts syncing. */
  async function adopt(address: string, session: Pick<SessionResponse, 'staff'> & { token?: string }): Promise<SignedInStaff> {
    const { staff } = session;
    const before = await readOfficeRecord(db);
    if (before !== undefined && before.officeId !== staff.officeId) {
      // Leave no session behind that this desk will not use.
      await apiFor(address, session.token)
        .signOut()
        .catch(() => undefined);
      throw new OfficeApiError(
        `This desk keeps the notebook of ${before.officeName}, and ${staff.email} belongs to ${staff.officeName}. ` +
          `Sign in with an account of ${before.officeName}; use another computer or browser profile for ${staff.officeName}.`,
        409,
        'other-office',
      );
    }
    if (before !== undefined && before.staffId !== staff.id) await takeNewClientId(db);
    token = session.token;
    const tokenKeeping = await platform.office.saveToken(platform.office.addressMode === 'fixed' ? undefined : token);
    const account: OfficeRecord = {
      address,
      officeId: staff.officeId,
      officeName: staff.officeName,
      staffId: staff.id,
      displayName: staff.displayName,
      email: staff.email,
      role: staff.role,
      isSignedIn: true,
      signedInAt: new Date().toISOString(),
    };
    await writeOfficeRecord(db, account);
    await clearSyncProblem(db);
    state.set({ phase: 'signed-in', address, account, tokenKeeping, notice: undefined });
    await runEngine(address);
    return staff;
  }

  const currentAddress = (): string => {
    const { address } = state.get();
    if (address === undefined) throw new OfficeApiError('Choose the office server first.', 0, 'no-server');
    return address;
  };

  async function deviceLabel(): Promise<string> {
    const info = await platform.appInfo().catch(() => undefined);
    const os = { windows: 'Windows', macos: 'macOS', linux: 'Linux', other: '' }[info?.os ?? 'other'];
    const shell = platform.kind === 'desktop' ? 'Desktop app' : 'Browser';
    return os === '' ? shell : `${shell} on ${os}`;
  }

  /** A fresh browser desk takes the session the browser already has (another tab signed in). */
  async function adoptBrowserSession(address: string): Promise<void> {
    try {
      const me = await apiFor(address, undefined).me();
      await adopt(address, { staff: me.staff });
    } catch (error) {
      // Not signed in, offline or another office: stay signed out; the settings say what to do.
      if (!(error instanceof OfficeApiError)) console.error(error);
    }
  }

  return {
    state,
    sync,
    start: () =>
      serially(async () => {
        const access = await platform.office.load();
        const account = await readOfficeRecord(db);
        token = access.token;
        const address = access.address;
        const base = { address, account, tokenKeeping: access.tokenKeeping };
        if (address === undefined) {
          state.set({ ...base, phase: 'no-server' });
          await runEngine(undefined);
          return;
        }
        const isBrowser = platform.office.addressMode === 'fixed';
        if (account?.isSignedIn === true && (isBrowser || token !== undefined)) {
          state.set({ ...base, phase: 'signed-in' });
          await runEngine(address);
          return;
        }
        if (account?.isSignedIn === true) {
          // The desktop lost its token (kept in memory only, or the system store was reset).
          await markSignedOut(db);
          state.set({
            ...base,
            account: { ...account, isSignedIn: false },
            phase: 'signed-out',
            notice: 'Sign in again to sync: this computer could not keep your sign-in since the app last ran.',
          });
        } else {
          state.set({ ...base, phase: 'signed-out' });
        }
        await runEngine(undefined);
        if (isBrowser && account === undefined) await adoptBrowserSession(address);
      }),
    stop: () =>
      serially(async () => {
        for (const off of unhook.splice(0)) off();
        await engine?.stop();
      }),
    api() {
      const { address, phase } = state.get();
      if (address === undefined) return undefined;
      return apiFor(address, phase === 'signed-in' ? token : undefined);
    },
    setupStatus: () => apiFor(currentAddress(), undefined).setupStatus(),
    signIn: (input) =>
      serially(async () => {
        const address = currentAddress();
        const session = await apiFor(address, undefined).signIn({ ...input, deviceLabel: await deviceLabel() });
        return adopt(address, session);
      }),
    setUp: (input) =>
      serially(async () => {
        const address = currentAddress();
        const session = await apiFor(address, undefined).setUp({ ...input, deviceLabel: await deviceLabel() });
        return adopt(address, session);
      }),
    signOut: () =>
      serially(async () => {
        const address = currentAddress();
        let serverReached = true;
        try {
          await apiFor(address, token).signOut();
        } catch (error) {
          if (!(error instanceof OfficeApiError)) throw error;
          serverReached = false;
        }
        token = undefined;
        await platform.office.saveToken(undefined);
        await markSignedOut(db);
        const { account } = state.get();
        state.set({ phase: 'signed-out', account: account === undefined ? undefined : { ...account, isSignedIn: false }, notice: undefined });
        await runEngine(undefined);
        return { serverReached };
      }),
    async setAddress(address) {
      await platform.office.setAddress(address);
      platform.reload();
    },
    async changePassword(input) {
      const address = currentAddress();
      await apiFor(address, token).changePassword(input);
    },
    syncNow: () => engine?.syncNow() ?? Promise.resolve(),
    onRejected(listener) {
      rejectionListeners.add(listener);
      return () => rejectionListeners.delete(listener);
    },
  };
}
