import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RendererApi } from '@shared/ipc/contract';
import type { Platform } from '../../../renderer/src/platform/platform';

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
    onOpenConcern: vi.fn(() => () => undefined),
    loadOfficeAccess: vi.fn(async () => ({ address: null, token: null, tokenStorage: 'memory-only' as const })),
    setOfficeAddress: vi.fn(async () => ({ ok: true as const })),
    saveSessionToken: vi.fn(async () => ({ tokenStorage: 'encrypted' as const })),
    saveExportFile: vi.fn(async () => ({ outcome: 'cancelled' as const })),
    printToPdf: vi.fn(async () => ({ outcome: 'cancelled' as const })),
    loadDesktopSettings: vi.fn(async () => ({
      shortcut: { accelerator: 'CommandOrControl+Alt+N', isActive: true, problem: null },
      updateServer: null,
      update: { state: 'off' as const },
      tray: { isAvailable: true, keepRunning: true },
    })),
    setQuickCaptureShortcut: vi.fn(async () => ({ ok: true as const, shortcut: { accelerator: null, isActive: false, problem: null } })),
    setKeepInTray: vi.fn(async (keepRunning: boolean) => ({ isAvailable: true, keepRunning })),
    reportDesktopStatus: vi.fn(async () => undefined),
    setUpdateServer: vi.fn(async () => ({ outcome: 'declined' as const })),
    checkForUpdates: vi.fn(async () => ({ state: 'off' as const })),
    onUpdateStatus: vi.fn(() => () => undefined),
  };
}

async function desktopPlatform(api: RendererApi): Promise<Platform> {
  vi.stubGlobal('window', { api });
  const { getPlatform } = await import('../../../renderer/src/platform/index');
  return getPlatform();
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

describe('the desktop office store', () => {
  it('lets staff choose the address', async () => {
    expect((await desktopPlatform(fakeApi())).office.addressMode).toBe('chosen');
  });

  it('reads what main saved, with null as undefined', async () => {
    const api = fakeApi();
    const office = (await desktopPlatform(api)).office;
    await expect(office.load()).resolves.toEqual({ address: undefined, token: undefined, tokenKeeping: 'memory-only' });
    vi.mocked(api.loadOfficeAccess).mockResolvedValue({ address: 'https://notebook.town.example', token: 'abc', tokenStorage: 'encrypted' });
    await expect(office.load()).resolves.toEqual({ address: 'https://notebook.town.example', token: 'abc', tokenKeeping: 'encrypted' });
  });

  it('passes undefined to main as null', async () => {
    const api = fakeApi();
    const office = (await desktopPlatform(api)).office;
    await office.setAddress(undefined);
    await expect(office.saveToken(undefined)).resolves.toBe('encrypted');
    expect(api.setOfficeAddress).toHaveBeenCalledWith(null);
    expect(api.saveSessionToken).toHaveBeenCalledWith(null);
    await office.setAddress('https://notebook.town.example');
    expect(api.setOfficeAddress).toHaveBeenLastCalledWith('https://notebook.town.example');
  });

  it("rejects with main's own sentence when no office server answers", async () => {
    const api = fakeApi();
    const message = 'No server answered at https://notebook.town.example. Check the address and the network.';
    vi.mocked(api.setOfficeAddress).mockResolvedValue({ ok: false, message });
    const office = (await desktopPlatform(api)).office;
    await expect(office.setAddress('https://notebook.town.example')).rejects.toThrow(new Error(message));
  });
});
