/** civicnotebook://concern/<id> links: what is accepted, where it is found, and how it reaches a window. */
import { describe, expect, it, vi } from 'vitest';
import {
  concernIdFromArgv,
  concernIdFromLink,
  createConcernOpener,
  parseDeepLink,
  protocolClientArguments,
} from '../../electron/main/deep-link';

const id = '0195f1a0-0000-7000-8000-0000000000aa';
const link = `civicnotebook://concern/${id}`;

describe('parseDeepLink', () => {
  it.each([
    ['the plain form', link],
    ['a trailing slash', `${link}/`],
    ['an upper-case scheme and host', `CIVICNOTEBOOK://CONCERN/${id}`],
    ['a mixed-case scheme', `CivicNotebook://concern/${id}`],
    ['an upper-case id, read in lower case', `civicnotebook://concern/${id.toUpperCase()}`],
  ])('accepts %s', (_name, candidate) => {
    expect(parseDeepLink(candidate)).toEqual({ ok: true, concernId: id });
  });

  it.each([
    ['another scheme', `https://concern/${id}`, 'not a civicnotebook:// link'],
    ['a scheme that only starts the same', `civicnotebookx://concern/${id}`, 'not a civicnotebook:// link'],
    ['no slashes after the scheme', `civicnotebook:concern/${id}`, 'not a civicnotebook:// link'],
    ['another host', `civicnotebook://project/${id}`, 'only civicnotebook://concern/<id>'],
    ['a port', `civicnotebook://concern:80/${id}`, 'only civicnotebook://concern/<id>'],
    ['user information', `civicnotebook://me@concern/${id}`, 'only civicnotebook://concern/<id>'],
    ['a further path', `civicnotebook://concern/${id}/edit`, 'only civicnotebook://concern/<id>'],
    ['two trailing slashes', `${link}//`, 'only civicnotebook://concern/<id>'],
    ['a dot segment', `civicnotebook://concern/../${id}`, 'only civicnotebook://concern/<id>'],
    ['a query', `${link}?delete=1`, 'no query or fragment'],
    ['a query hiding the id', `civicnotebook://concern/?id=${id}`, 'no query or fragment'],
    ['a fragment', `${link}#x`, 'no query or fragment'],
    ['an encoded slash', `civicnotebook://concern%2F${id}`, 'only civicnotebook://concern/<id>'],
    ['a percent-encoded id', `civicnotebook://concern/%30${id.slice(1)}`, 'not a concern id'],
    ['no id', 'civicnotebook://concern/', 'not a concern id'],
    ['a UUID of another version', 'civicnotebook://concern/0195f1a0-0000-4000-8000-0000000000aa', 'not a concern id'],
    ['an id with a space', `civicnotebook://concern/ ${id}`, 'not a concern id'],
    ['a newline after the id', `${link}\n`, 'not a concern id'],
    ['a very long link', `${link}/${'a'.repeat(300)}`, 'longer than 200 characters'],
  ])('rejects %s', (_name, candidate, reason) => {
    const result = parseDeepLink(candidate);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe('concernIdFromArgv', () => {
  it.each([
    ['a packaged app on Windows', ['C:\\Program Files\\Civic Notebook\\Civic Notebook.exe', link]],
    [
      'a second instance on Windows, with the switch Chromium adds',
      ['C:\\Users\\Ann\\AppData\\Local\\Programs\\Civic Notebook\\Civic Notebook.exe', '--allow-file-access-from-files', link],
    ],
    ['development (electron, the app path, the link)', ['/usr/lib/electron/electron', '/home/ann/civic-notebook', `${link}/`]],
    ['a packaged app on Linux', ['/opt/Civic Notebook/civic-notebook', '--no-sandbox', link]],
  ])('finds the concern in the command line of %s', (_name, argv) => {
    const warn = vi.fn();
    expect(concernIdFromArgv(argv, warn)).toBe(id);
    expect(warn).not.toHaveBeenCalled();
  });

  it('finds nothing, silently, in a launch without a link', () => {
    const warn = vi.fn();
    expect(concernIdFromArgv(['C:\\Civic Notebook.exe', '--allow-file-access-from-files', 'C:\\Users\\Ann\\notes.txt'], warn)).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns about a link in our scheme that is not valid, and opens nothing', () => {
    const warn = vi.fn();
    expect(concernIdFromArgv(['Civic Notebook.exe', 'civicnotebook://concern/not-an-id'], warn)).toBeUndefined();
    expect(warn).toHaveBeenCalledExactlyOnceWith(expect.stringContaining('not a concern id'));
  });

  it('does not take a link hidden inside a switch', () => {
    expect(concernIdFromArgv(['app', `--user-data-dir=${link}`], vi.fn())).toBeUndefined();
  });
});

describe('concernIdFromLink (macOS open-url)', () => {
  it('reads the link macOS hands over', () => {
    expect(concernIdFromLink(link, vi.fn())).toBe(id);
  });

  it('logs a rejected link on one line, escaped and cut short', () => {
    const warn = vi.fn();
    expect(concernIdFromLink(`civicnotebook://concern/${id}\nFAKE LOG LINE${'x'.repeat(150)}`, warn)).toBeUndefined();
    const message = String(warn.mock.calls[0]?.[0]);
    expect(message).not.toContain('\n');
    expect(message).toContain('\\nFAKE LOG LINE');
    expect(message).toContain('…');
  });
});

describe('protocolClientArguments', () => {
  it('registers the packaged executable itself', () => {
    expect(protocolClientArguments({ defaultApp: false, execPath: '/opt/cn/civic-notebook', argv: ['/opt/cn/civic-notebook'], resolvePath: (p) => p })).toEqual([
      'civicnotebook',
    ]);
  });

  it('registers Electron with the absolute app path in development', () => {
    const resolvePath = (p: string): string => `/home/ann/project/${p}`;
    expect(protocolClientArguments({ defaultApp: true, execPath: '/usr/bin/electron', argv: ['/usr/bin/electron', 'out/main'], resolvePath })).toEqual([
      'civicnotebook',
      '/usr/bin/electron',
      ['/home/ann/project/out/main'],
    ]);
  });

  it('registers nothing for bare Electron started with no app', () => {
    expect(protocolClientArguments({ defaultApp: true, execPath: '/usr/bin/electron', argv: ['/usr/bin/electron'], resolvePath: (p) => p })).toBeUndefined();
  });
});

interface FakeWindow {
  readonly name: string;
}

function opener(initial: FakeWindow | undefined) {
  let target = initial;
  const focus = vi.fn();
  const send = vi.fn();
  const openWindow = vi.fn();
  const instance = createConcernOpener<FakeWindow>({ target: () => target, focus, send, openWindow });
  return { instance, focus, send, openWindow, setTarget: (window: FakeWindow) => (target = window) };
}

describe('createConcernOpener', () => {
  it('sends straight away to a window whose page has loaded, and brings it up', () => {
    const window = { name: 'main' };
    const { instance, focus, send } = opener(window);
    instance.loaded(window);
    instance.open(id);
    expect(focus).toHaveBeenCalledWith(window);
    expect(send).toHaveBeenCalledExactlyOnceWith(window, id);
  });

  it('keeps the concern until the page has loaded, since a message before that is lost', () => {
    const window = { name: 'main' };
    const { instance, focus, send } = opener(window);
    instance.open(id);
    expect(focus).toHaveBeenCalledWith(window);
    expect(send).not.toHaveBeenCalled();
    instance.loaded(window);
    expect(send).toHaveBeenCalledExactlyOnceWith(window, id);
    instance.loaded(window);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('asks for a window when none is open, and gives the concern to the one created later', () => {
    const { instance, send, openWindow, setTarget } = opener(undefined);
    instance.open(id);
    expect(openWindow).toHaveBeenCalledTimes(1);
    const later = { name: 'later' };
    setTarget(later);
    instance.loaded(later);
    expect(send).toHaveBeenCalledExactlyOnceWith(later, id);
  });

  it('keeps only the newest of several links that arrive before the page has loaded', () => {
    const window = { name: 'main' };
    const { instance, send } = opener(window);
    const newer = '0195f1a0-0000-7000-8000-0000000000bb';
    instance.open(id);
    instance.open(newer);
    instance.loaded(window);
    expect(send).toHaveBeenCalledExactlyOnceWith(window, newer);
  });

  it('waits again while a crashed page reloads', () => {
    const window = { name: 'main' };
    const { instance, send } = opener(window);
    instance.loaded(window);
    instance.unloaded(window);
    instance.open(id);
    expect(send).not.toHaveBeenCalled();
    instance.loaded(window);
    expect(send).toHaveBeenCalledExactlyOnceWith(window, id);
  });
});
