/**
 * Before `npm run dist` starts electron-builder: can Electron be downloaded? electron-builder fetches the
 * Electron release it packs (about 100 MB) and, even when that archive is cached, its SHASUMS256.txt on every
 * build; offline it retries for minutes before failing with a stack trace. This asks for that small file
 * first, with a time limit, and explains what to do when it cannot be had.
 */

/** Where @electron/get downloads releases from unless ELECTRON_MIRROR names another host. */
export const DEFAULT_ELECTRON_MIRROR = 'https://github.com/electron/electron/releases/download/';

/** How long the check waits for an answer. */
export const PREFLIGHT_TIMEOUT_MS = 20_000;

/** The checksum file of an Electron release, on the mirror the environment names or on GitHub. */
export function electronChecksumsUrl(version: string, env: Readonly<Record<string, string | undefined>>): string {
  const mirror = env['ELECTRON_MIRROR'] ?? DEFAULT_ELECTRON_MIRROR;
  const base = mirror.endsWith('/') ? mirror : `${mirror}/`;
  return `${base}v${version}/SHASUMS256.txt`;
}

/** Null when the URL answers 2xx within the time limit; otherwise the sentence to print. */
export async function unreachableReason(url: string, timeoutMs = PREFLIGHT_TIMEOUT_MS): Promise<string | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    await response.body?.cancel();
    return response.ok ? null : `${url} answered ${response.status} ${response.statusText}`.trim();
  } catch (error) {
    const isTimeout = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    if (isTimeout) return `${url} did not answer within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}`;
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${url} could not be reached${cause}`;
  }
}

/** What `npm run dist` prints when Electron cannot be downloaded. */
export function offlineMessage(version: string, reason: string): string {
  return [
    `npm run dist needs Electron ${version} for this platform, which electron-builder downloads (about 100 MB), and ${reason}.`,
    'Installers can only be built on a machine that reaches GitHub (or a mirror named in ELECTRON_MIRROR, such as',
    'https://npmmirror.com/mirrors/electron/). The app is built (out/); run npm run dist again once online.',
  ].join('\n');
}
