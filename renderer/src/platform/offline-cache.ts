/**
 * Registers the browser build's service worker (written by scripts/offline-cache-plugin.ts), so the app opens
 * again with the network down. Only for the production browser build served over http(s): the desktop app
 * loads its files from disk, and the dev server must not be cached.
 */

/** Registers the service worker when this is the production browser build; resolves true when registered. */
export async function registerOfflineCache(): Promise<boolean> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return false;
  if (location.protocol !== 'https:' && location.protocol !== 'http:') return false;
  try {
    await navigator.serviceWorker.register('./service-worker.js');
    return true;
  } catch (error) {
    // The app works without it; it just will not open while the server is unreachable.
    console.warn('Offline copy of the app not installed:', error);
    return false;
  }
}
