import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The benchmarks' seeder as one script (test/bench/seed.ts with the app's own database code). The bench
 * injects it into a page of the served web app, so it fills the very IndexedDB database the app then opens,
 * and the app measured is the unchanged production build in dist/web.
 */
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  // Library builds leave process.env alone; the browser has no process.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/bench-seed'),
    emptyOutDir: true,
    lib: {
      entry: resolve(import.meta.dirname, 'test/bench/seed.ts'),
      formats: ['iife'],
      name: 'CivicNotebookBenchSeed',
      fileName: () => 'seed.js',
    },
  },
});
