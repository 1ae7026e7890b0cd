import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RendererApi } from '@shared/ipc/contract';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

function fakeApi(): RendererApi {
  return {
    getAppInfo: vi.fn(async () => ({ name: 'Civic Notebook', version: '0.1.0', os: 'linux' as const })),
    openExternal: vi.fn(async () => undefined),
    showNotification: vi.fn(async () => undefined),
    onCommand: vi.fn(() => () => undefined),
  };
}

describe('getPlatform', () => {
  it('uses the preload API when Electron exposed one', async () => {
    const api = fakeApi();
    vi.stubGlobal('window', { api });
    const { getPlatform } = await import('../../../renderer/src/platform/index');
    const platform = getPlatform();
    expect(platform.kind).toBe('desktop');
    await platform.openExternal('https://example.org');
    expect(api.openExternal).toHaveBeenCalledWith('https://example.org');
    await expect(platform.requestPersistentStorage()).resolves.toBe(true);
    const listener = vi.fn();
    platform.onCommand(listener);
    expect(api.onCommand).toHaveBeenCalledWith(listener);
  });

  it('uses the browser platform without it, and keeps the one it chose', async () => {
    vi.stubGlobal('window', {});
    const { getPlatform } = await import('../../../renderer/src/platform/index');
    expect(getPlatform().kind).toBe('browser');
    expect(getPlatform()).toBe(getPlatform());
  });
});
