/**
 * Entry point: validates the environment, listens, prints the address and closes cleanly on SIGINT/SIGTERM:
 * in-flight requests finish, and after ten seconds the process exits regardless. Repeated signals are ignored
 * while closing, because Ctrl+C reaches both this process and the script that started it, which forwards it.
 */
import type { AddressInfo } from 'node:net';
import { buildApp } from './app';
import { displayUrl, parseEnv } from './env';

const SHUTDOWN_TIMEOUT_MS = 10_000;

async function main(): Promise<void> {
  const env = parseEnv(process.env);
  const app = buildApp({ webRoot: env.webRoot, logger: env.logger });

  let isClosing = false;
  const shutdown = (): void => {
    if (isClosing) return;
    isClosing = true;
    setTimeout(() => process.exit(1), SHUTDOWN_TIMEOUT_MS).unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  await app.listen({ port: env.port, host: env.host });
  const { port } = app.server.address() as AddressInfo;
  console.log(`Civic Notebook is running at ${displayUrl(env.host, port)}`);
}

main().catch((error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  console.error(code === 'EADDRINUSE' ? `That port is already in use: ${String(error)}` : error instanceof Error ? error.message : error);
  process.exit(1);
});
