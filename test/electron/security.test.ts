import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mock } from 'vitest';

const electron = vi.hoisted(() => ({ openExternal: vi.fn(async (_url: string) => undefined) }));

vi.mock('electron', () => ({ shell: { openExternal: electron.openExternal } }));

const {
  applySessionSecurity,
  contentSecurityPolicyFor,
  guardNavigation,
  handleWindowOpen,
  hardenWebContents,
  SECURE_WEB_PREFERENCES,
  withContentSecurityPolicy,
} = await import('../../electron/main/security');
const { isTrustedRendererUrl } = await import('../../electron/main/origin');

const isTrusted = (url: string): boolean => isTrustedRendererUrl(url, undefined);

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

beforeEach(() => {
  electron.openExternal.mockClear();
});

describe('webPreferences', () => {
  it('isolates the renderer from Node and Electron', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('cannot be changed at runtime', () => {
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });
});

const CONTENT_SECURITY_POLICY = contentSecurityPolicyFor(undefined);

describe('Content-Security-Policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it("defaults to 'self'", () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('allows scripts only from the bundle: no eval, no inline code', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('blocks plugins, framing and base-URL tricks', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
  });

  it("connects only to 'self' while no office server is saved", () => {
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it("connects to 'self' and the saved server's origin, without its path, and nothing else changes", () => {
    const withServer = directives(contentSecurityPolicyFor('http://192.168.1.20:8080/notebook'));
    expect(withServer.get('connect-src')).toEqual(["'self'", 'http://192.168.1.20:8080']);
    for (const [name, values] of policy) if (name !== 'connect-src') expect(withServer.get(name), name).toEqual(values);
  });

  it('names the server by its canonical origin', () => {
    expect(directives(contentSecurityPolicyFor('https://notebook.town.example')).get('connect-src')).toEqual([
      "'self'",
      'https://notebook.town.example',
    ]);
  });

  it.each(["https://evil.example; script-src 'unsafe-inline'", 'https://a.example https://b.example', 'javascript:alert(1)'])(
    'ignores %j, which is no server address, rather than writing it into the header',
    (address) => {
      expect(contentSecurityPolicyFor(address)).toBe(CONTENT_SECURITY_POLICY);
    },
  );

  it('replaces a CSP the response already had, whatever its case', () => {
    const headers = withContentSecurityPolicy({ 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] }, CONTENT_SECURITY_POLICY);
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('window.open', () => {
  it.each(['https://example.org/page', 'http://intranet.local/form', 'mailto:office@example.org'])(
    'denies a new window and opens %s in the system program',
    (url) => {
      expect(handleWindowOpen({ url })).toEqual({ action: 'deny' });
      expect(electron.openExternal).toHaveBeenCalledWith(url);
    },
  );

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'app://civic-notebook/index.html', 'data:text/html,<script>1</script>', 'not a url'])(
    'denies %s and opens nothing',
    (url) => {
      expect(handleWindowOpen({ url })).toEqual({ action: 'deny' });
      expect(electron.openExternal).not.toHaveBeenCalled();
    },
  );
});

describe('navigation', () => {
  function navigation(url: string): { url: string; preventDefault: Mock<() => void> } {
    return { url, preventDefault: vi.fn<() => void>() };
  }

  it('lets the app move within its own origin', () => {
    const event = navigation('app://civic-notebook/index.html#review');
    guardNavigation(event, isTrusted);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('blocks leaving for a website and shows it in the system browser instead', () => {
    const event = navigation('https://example.org/');
    guardNavigation(event, isTrusted);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(electron.openExternal).toHaveBeenCalledWith('https://example.org/');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'app://other-host/index.html'])('blocks %s without opening it', (url) => {
    const event = navigation(url);
    guardNavigation(event, isTrusted);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(electron.openExternal).not.toHaveBeenCalled();
  });

  it('wires the rules into a web contents, and refuses webviews', () => {
    const listeners = new Map<string, (event: { url?: string; preventDefault(): void }) => void>();
    let openHandler: ((details: { url: string }) => unknown) | undefined;
    const contents = {
      setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => {
        openHandler = handler;
      },
      on: (name: string, listener: (event: { url?: string; preventDefault(): void }) => void) => {
        listeners.set(name, listener);
      },
    };
    hardenWebContents(contents as unknown as WebContents, isTrusted);

    expect(openHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    for (const name of ['will-navigate', 'will-redirect']) {
      const event = { url: 'https://evil.example/', preventDefault: vi.fn() };
      listeners.get(name)?.(event);
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
    const attach = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')?.(attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });
});

describe('session', () => {
  type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void;
  type CheckHandler = (contents: unknown, permission: string, origin: string) => boolean;
  type HeadersListener = (
    details: { url: string; responseHeaders?: Record<string, string[]> },
    callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
  ) => void;

  let saved: string | undefined;

  function fakeSession(): { session: Session; request: RequestHandler; check: CheckHandler; headers: HeadersListener } {
    const captured: { request?: RequestHandler; check?: CheckHandler; headers?: HeadersListener } = {};
    const session = {
      setPermissionRequestHandler: (handler: RequestHandler) => (captured.request = handler),
      setPermissionCheckHandler: (handler: CheckHandler) => (captured.check = handler),
      webRequest: { onHeadersReceived: (listener: HeadersListener) => (captured.headers = listener) },
    };
    applySessionSecurity(session as unknown as Session, isTrusted, () => Promise.resolve(saved));
    if (captured.request === undefined || captured.check === undefined || captured.headers === undefined) {
      throw new Error('applySessionSecurity did not install every handler');
    }
    return { session: session as unknown as Session, request: captured.request, check: captured.check, headers: captured.headers };
  }

  function requestPermission(handler: RequestHandler, permission: string, requestingUrl: string): boolean {
    let granted: boolean | undefined;
    handler({}, permission, (value) => (granted = value), { requestingUrl });
    if (granted === undefined) throw new Error('The permission request was never answered');
    return granted;
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown'])('denies %s to our own page', (permission) => {
    const { request, check } = fakeSession();
    expect(requestPermission(request, permission, 'app://civic-notebook/index.html')).toBe(false);
    expect(check({}, permission, 'app://civic-notebook')).toBe(false);
  });

  it('lets only our own page write to the clipboard', () => {
    const { request, check } = fakeSession();
    expect(requestPermission(request, 'clipboard-sanitized-write', 'app://civic-notebook/index.html')).toBe(true);
    expect(check({}, 'clipboard-sanitized-write', 'app://civic-notebook')).toBe(true);
    expect(requestPermission(request, 'clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(check({}, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
  });

  function headersFor(listener: HeadersListener, url: string): Promise<{ responseHeaders?: Record<string, string[]> }> {
    return new Promise((resolve) => listener({ url, responseHeaders: {} }, resolve));
  }

  it('puts the CSP on app:// responses and leaves other responses alone', async () => {
    saved = undefined;
    const { headers } = fakeSession();
    expect((await headersFor(headers, 'app://civic-notebook/index.html')).responseHeaders?.['Content-Security-Policy']).toEqual([
      CONTENT_SECURITY_POLICY,
    ]);
    expect(await headersFor(headers, 'http://localhost:5173/')).toEqual({});
  });

  it('puts the CSP for the office server saved at the time of each response', async () => {
    const { headers } = fakeSession();
    saved = 'https://notebook.town.example';
    expect((await headersFor(headers, 'app://civic-notebook/index.html')).responseHeaders?.['Content-Security-Policy']).toEqual([
      contentSecurityPolicyFor('https://notebook.town.example'),
    ]);
    saved = undefined;
  });
});
