import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { offlineCache } from './scripts/offline-cache-plugin';

/** The renderer built for browsers: the same app the desktop shell loads, served by the office's server. */
export default defineConfig({
  root: 'renderer',
  base: './',
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  plugins: [react(), offlineCache()],
  build: { outDir: resolve(import.meta.dirname, 'dist/web'), emptyOutDir: true, sourcemap: true },
  worker: { format: 'es' },
});
