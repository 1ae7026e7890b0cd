import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    restoreMocks: true,
    // Property tests and database suites share two cores with PostgreSQL and PGlite in CI: 5 s (the default) has
    // been seen to run out on a fast-check property that takes milliseconds alone.
    testTimeout: 15_000,
    setupFiles: ['test/helpers/setup.ts'],
  },
});
