/**
 * civicnotebook:// links: a link in an email, a chat or the office's intranet that opens one concern.
 *
 *   civicnotebook://concern/0195f1a0-0000-7000-8000-0000000000aa
 *
 * That one form is accepted and nothing else: the scheme and the word "concern" in any case (URL schemes and
 * hosts are case-insensitive, and some systems hand links over upper-cased), one concern id (a UUIDv7, as
 * shared/domain gives every concern; read in lower case, as ids are stored), and at most a trailing slash,
 * which some browsers add. No query, fragment, user, port, percent-encoding or further path: a link is read
 * with a pattern rather than the URL class, so no parser leniency turns "concern/<id>?x" or "concern%2F<id>"
 * into something we act on. Anything else is ignored with a warning that says why.
 *
 * The links reach main three ways: in the first launch's command line (Windows, Linux), in a second launch's
 * command line handed to the running instance (Windows, Linux: see single-instance.ts), and as macOS's
 * 'open-url' event. concernIdFromArgv reads a command line; parseDeepLink reads one link.
 */
import { UUIDV7_PATTERN } from '@shared/lib/uuidv7';

/** The scheme the app registers with the system. */
export const DEEP_LINK_SCHEME = 'civicnotebook';

/** Longest link read at all: the accepted form is 57 characters (58 with the slash). */
const MAX_LINK_LENGTH = 200;

const LINK_PATTERN = /^civicnotebook:\/\/concern\/([^/]*)\/?$/i;

/** What reading a link came to: the concern to open, or why the link is not one we act on. */
export type DeepLinkResult = { readonly ok: true; readonly concernId: string } | { readonly ok: false; readonly reason: string };

/** Reads a civicnotebook://concern/<id> link. */
export function parseDeepLink(link: string): DeepLinkResult {
  if (link.length > MAX_LINK_LENGTH) return { ok: false, reason: `the link is longer than ${MAX_LINK_LENGTH} characters` };
  if (!link.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}://`)) return { ok: false, reason: `it is not a ${DEEP_LINK_SCHEME}:// link` };
  if (/[?#]/.test(link)) return { ok: false, reason: 'a concern link has no query or fragment' };
  const match = LINK_PATTERN.exec(link);
  if (match === null) return { ok: false, reason: `only ${DEEP_LINK_SCHEME}://concern/<id> links are understood` };
  const concernId = (match[1] ?? '').toLowerCase();
  if (!UUIDV7_PATTERN.test(concernId)) return { ok: false, reason: 'the part after concern/ is not a concern id' };
  return { ok: true, concernId };
}

/** True when a command-line argument is meant as one of our links (whether or not it is a valid one). */
export function isDeepLinkArgument(argument: string): boolean {
  return argument.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`);
}

/**
 * The concern a command line asks to open: its first argument in our scheme, read with parseDeepLink. Every
 * argument is looked at, because where the link sits varies: after the executable in a packaged app, after the
 * app's path in development, and Chromium adds switches of its own (such as --allow-file-access-from-files) to
 * a second instance's command line. Arguments in other forms (the executable, switches, paths) are skipped
 * silently; a link in our scheme that is not valid is reported through `warn`.
 */
export function concernIdFromArgv(argv: readonly string[], warn: (message: string) => void = console.warn): string | undefined {
  const link = argv.find(isDeepLinkArgument);
  return link === undefined ? undefined : concernIdFromLink(link, warn);
}

/** The concern a link asks to open (macOS's open-url gives the link alone); warns and answers undefined if none. */
export function concernIdFromLink(link: string, warn: (message: string) => void = console.warn): string | undefined {
  const result = parseDeepLink(link);
  if (result.ok) return result.concernId;
  // JSON.stringify escapes control characters, so a crafted link cannot forge lines in the log; long ones are cut.
  warn(`Ignored the link ${JSON.stringify(link.slice(0, 80))}${link.length > 80 ? '…' : ''}: ${result.reason}.`);
  return undefined;
}

/**
 * The arguments for app.setAsDefaultProtocolClient. A packaged app registers its own executable (no
 * arguments). In development the executable is Electron itself, which must also be told which app to run,
 * so the system is given process.execPath and the app's path (argv[1], made absolute), as Electron documents.
 */
export function protocolClientArguments(process: {
  readonly defaultApp: boolean;
  readonly execPath: string;
  readonly argv: readonly string[];
  readonly resolvePath: (path: string) => string;
}): readonly [string] | readonly [string, string, string[]] | undefined {
  if (!process.defaultApp) return [DEEP_LINK_SCHEME];
  const appPath = process.argv[1];
  // Started as bare `electron` with no app: there is no command line that would reach this app again.
  if (appPath === undefined) return undefined;
  return [DEEP_LINK_SCHEME, process.execPath, [process.resolvePath(appPath)]];
}

/** How the opener reaches windows; index.ts passes the real ones, tests plain objects. */
export interface ConcernOpenerWindows<W> {
  /** The window to open concerns in (the focused one of ours, else the first open), if any. */
  readonly target: () => W | undefined;
  /** Brings a window to the front (restoring it when minimised). */
  readonly focus: (window: W) => void;
  /** Sends { concernId } on OPEN_CONCERN_CHANNEL to the window. */
  readonly send: (window: W, concernId: string) => void;
  /** Opens a window when none is open (once the app is ready; before that, start-up opens the first one). */
  readonly openWindow: () => void;
}

/** Delivers concerns to open to a window whose page can receive them. */
export interface ConcernOpener<W> {
  /** Brings the notebook up and opens the concern, now or as soon as a window has loaded the app. */
  open(concernId: string): void;
  /** Call on each 'did-finish-load' of a window: the page now listens, and a waiting concern is sent to it. */
  loaded(window: W): void;
  /** Call when a window's page went away (its renderer crashed): until it loads again, concerns wait. */
  unloaded(window: W): void;
}

/**
 * The preload keeps a concern until the app listens, but a message sent before the page has loaded at all
 * has no preload to receive it and is lost. So a concern waits here (the latest one: each link is a person's
 * request of the moment, and the newest is what they are looking at) until a window has loaded, a window
 * created later included.
 */
export function createConcernOpener<W extends object>(windows: ConcernOpenerWindows<W>): ConcernOpener<W> {
  const loadedWindows = new WeakSet<W>();
  let waiting: string | undefined;
  return {
    open(concernId) {
      const window = windows.target();
      if (window === undefined) {
        waiting = concernId;
        windows.openWindow();
        return;
      }
      windows.focus(window);
      if (loadedWindows.has(window)) windows.send(window, concernId);
      else waiting = concernId;
    },
    loaded(window) {
      loadedWindows.add(window);
      if (waiting === undefined) return;
      const concernId = waiting;
      waiting = undefined;
      windows.send(window, concernId);
    },
    unloaded(window) {
      loadedWindows.delete(window);
    },
  };
}
