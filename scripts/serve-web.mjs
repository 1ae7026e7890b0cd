// Builds the web app and serves it with the office server.
//   node scripts/serve-web.mjs [--port 4173] [--host 127.0.0.1] [--no-build] [--web-root dist/bench]
// --no-build serves the existing dist/web as is (Playwright runs it after `npm run build:web`);
// --web-root serves another built folder (the benchmarks' build, which adds a seeder page).
import { parseArgs } from 'node:util';
import { serveWeb } from './lib/processes.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    'web-root': { type: 'string' },
  },
});

if (values.port !== undefined && !/^\d{1,5}$/.test(values.port)) {
  console.error(`--port must be a number, got "${values.port}"`);
  process.exit(2);
}

process.exitCode = await serveWeb({ port: values.port, host: values.host, build: !values['no-build'], webRoot: values['web-root'] });
