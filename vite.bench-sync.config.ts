import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The sync benchmarks' in-page code as one script (test/bench/sync-bench-page.ts with the app's own database
 * and sync engine code). The bench injects it into a page of the served web app, so it talks to the office
 * server from the app's origin and writes the IndexedDB database the app itself would.
 */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  // Library builds leave process.env alone; the browser has no process.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/bench-sync'),
    emptyOutDir: true,
    lib: {
      entry: resolve(import.meta.dirname, 'test/bench/sync-bench-page.ts'),
      formats: ['iife'],
      name: 'CivicNotebookSyncBench',
      fileName: () => 'sync-bench-page.js',
    },
  },
});
