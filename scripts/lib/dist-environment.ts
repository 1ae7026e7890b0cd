/** The environment `npm run dist` gives electron-builder. */

/**
 * The default feed written into the app's app-update.yml when CIVIC_NOTEBOOK_UPDATE_URL is not set. `.invalid`
 * never resolves (RFC 2606): the app takes its update server from Settings > Desktop at run time, and a build
 * nobody configured must not fetch updates from anywhere.
 */
export const UNCONFIGURED_UPDATE_URL = 'https://updates.invalid/civic-notebook/';

/**
 * The given environment with CIVIC_NOTEBOOK_UPDATE_URL (electron-builder.yml's publish url) filled in when
 * unset or empty: electron-builder refuses to expand an undefined variable.
 */
export function distEnvironment(env: Readonly<NodeJS.ProcessEnv>): NodeJS.ProcessEnv {
  const url = env['CIVIC_NOTEBOOK_UPDATE_URL'];
  return { ...env, CIVIC_NOTEBOOK_UPDATE_URL: url === undefined || url.trim() === '' ? UNCONFIGURED_UPDATE_URL : url };
}
