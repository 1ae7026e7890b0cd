import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const alias = { '@shared': resolve(import.meta.dirname, 'shared') };

export default defineConfig({
  main: {
    resolve: { alias },
    // Not resources/ (electron-vite's default public folder): files there imported with ?asset would be left
    // behind as ../../resources paths that the installers (files: out/**) do not pack. With a public folder
    // elsewhere, the tray icons are copied into out/main/chunks. The folder need not exist.
    publicDir: resolve(import.meta.dirname, 'electron/public'),
    build: {
      outDir: 'out/main',
      // Bundle zod and shared/ into main, so installers need no node_modules (only electron stays external).
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') },
        external: ['electron'],
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() anything but electron: bundle zod and shared/ into one CJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    resolve: { alias },
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
