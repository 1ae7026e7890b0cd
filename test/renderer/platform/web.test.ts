import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebPlatform, detectOs } from '../../../renderer/src/platform/web';

afterEach(() => {
  vi.unstubAllGlobals();
});

function stubWindow(): { open: ReturnType<typeof vi.fn>; assign: ReturnType<typeof vi.fn> } {
  const open = vi.fn();
  const assign = vi.fn();
  vi.stubGlobal('window', { open, location: { assign } });
  return { open, assign };
}

describe('the browser platform', () => {
  it('says it is the browser build', async () => {
    vi.stubGlobal('navigator', { platform: 'Win32', userAgent: '' });
    const platform = createWebPlatform();
    expect(platform.kind).toBe('browser');
    await expect(platform.appInfo()).resolves.toEqual({ name: 'Civic Notebook', version: 'web', os: 'windows' });
  });

  it('opens a web link in a new tab without giving it a handle on the notebook', async () => {
    const { open } = stubWindow();
    await createWebPlatform().openExternal('https://example.org/help');
    expect(open).toHaveBeenCalledWith('https://example.org/help', '_blank', 'noopener');
  });

  it('hands a mail link to the mail program', async () => {
    const { open, assign } = stubWindow();
    await createWebPlatform().openExternal('mailto:office@example.org');
    expect(assign).toHaveBeenCalledWith('mailto:office@example.org');
    expect(open).not.toHaveBeenCalled();
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,hi'])('refuses %s', async (url) => {
    const { open, assign } = stubWindow();
    await expect(createWebPlatform().openExternal(url)).rejects.toThrow(/Only http, https and mailto/);
    expect(open).not.toHaveBeenCalled();
    expect(assign).not.toHaveBeenCalled();
  });

  it('notifies only when the user has allowed notifications', async () => {
    const shown = vi.fn();
    class FakeNotification {
      static permission: NotificationPermission = 'granted';
      constructor(title: string, options: { body: string }) {
        shown(title, options.body);
      }
    }
    vi.stubGlobal('Notification', FakeNotification);
    await createWebPlatform().notify({ title: 'Top priority', body: 'A new concern' });
    expect(shown).toHaveBeenCalledWith('Top priority', 'A new concern');

    FakeNotification.permission = 'default';
    await createWebPlatform().notify({ title: 'Again', body: '' });
    expect(shown).toHaveBeenCalledOnce();
  });

  it('resolves quietly where there are no notifications', async () => {
    vi.stubGlobal('Notification', undefined);
    await expect(createWebPlatform().notify({ title: 'x', body: '' })).resolves.toBeUndefined();
  });

  it('asks the browser to keep the data', async () => {
    vi.stubGlobal('navigator', { storage: { persist: async () => true } });
    await expect(createWebPlatform().requestPersistentStorage()).resolves.toBe(true);
  });

  it('reports false when storage cannot be made persistent', async () => {
    vi.stubGlobal('navigator', {});
    await expect(createWebPlatform().requestPersistentStorage()).resolves.toBe(false);
    vi.stubGlobal('navigator', { storage: { persist: () => Promise.reject(new Error('denied')) } });
    await expect(createWebPlatform().requestPersistentStorage()).resolves.toBe(false);
  });

  it('has no commands to subscribe to, and unsubscribing is safe', () => {
    const unsubscribe = createWebPlatform().onCommand(vi.fn());
    expect(() => unsubscribe()).not.toThrow();
  });
});

describe('detectOs', () => {
  it.each([
    ['Win32', 'windows'],
    ['Windows', 'windows'],
    ['MacIntel', 'macos'],
    ['macOS', 'macos'],
    ['Linux x86_64', 'linux'],
    ['Android', 'other'],
    ['', 'other'],
  ] as const)('reads %j as %s', (platform, os) => {
    expect(detectOs(platform)).toBe(os);
  });
});
