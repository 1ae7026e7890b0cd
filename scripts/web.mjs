// `npm run web`: builds the app for browsers and serves it; the server prints the address to open.
// PORT and HOST in the environment choose where it listens (default http://127.0.0.1:4173/).
import { serveWeb } from './lib/processes.mjs';

process.exitCode = await serveWeb({ logLevel: 'error' });
