/**
 * Globals the platform layer relies on. Only platform/ reads them; the rest of the app asks getPlatform().
 */
import type { RendererApi } from '@shared/ipc/contract';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    readonly api?: RendererApi;
  }

  interface ImportMetaEnv {
    /** The app's version, passed to the web build by scripts/serve-web.mjs; absent in other builds. */
    readonly VITE_APP_VERSION?: string;
  }
}
