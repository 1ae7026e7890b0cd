/**
 * Where the built pieces sit relative to the bundled main script (out/main/index.js): electron-vite writes the
 * preload to out/preload and the renderer to out/renderer, and electron-builder packs out/** as is.
 */
import { join } from 'node:path';

/** The sandboxed preload bundle (one CommonJS file; see electron.vite.config.ts). */
export function preloadPath(): string {
  return join(import.meta.dirname, '../preload/index.cjs');
}

/** The folder app:// serves: the built renderer. */
export function rendererRoot(): string {
  return join(import.meta.dirname, '../renderer');
}
