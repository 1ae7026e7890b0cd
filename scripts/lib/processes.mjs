// Child processes for the start/web scripts: run a package's CLI with this same Node, pass signals on, and
// build-and-serve the web app. Plain ESM so it runs before anything is compiled.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

/** The web build's output folder (see vite.web.config.ts). */
export const WEB_ROOT = resolve(ROOT, 'dist', 'web');

/** Absolute path of a package's CLI script, read from its package.json `bin`. */
export function binPath(packageName, binName = packageName) {
  const dir = resolve(ROOT, 'node_modules', packageName);
  const { bin } = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8'));
  const relative = typeof bin === 'string' ? bin : bin?.[binName];
  if (typeof relative !== 'string') throw new Error(`${packageName} has no "${binName}" command`);
  return resolve(dir, relative);
}

/**
 * Runs `node <args>` in the repository root with inherited output and resolves with its exit code. SIGINT and
 * SIGTERM sent to this script are passed on, so a process manager stopping it stops the child too; the child
 * stays in our process group, so anything that kills the group (Playwright does) reaches it as well.
 * Runs with this same Node binary, not `.bin/` shims, which need `node` on PATH and differ on Windows.
 */
export function runNode(args, env = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    const done = (code) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolvePromise(code);
    };
    child.on('error', (error) => {
      console.error(error.message);
      done(1);
    });
    child.on('exit', (code, signal) => done(code ?? (signal === null ? 1 : 128 + signalNumber(signal))));
  });
}

function signalNumber(signal) {
  return signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 9;
}

/** Reads this package's version, for the build to report in the app's About box. */
export function packageVersion() {
  return JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).version;
}

/**
 * Builds the web app (unless build is false) and runs the server on it until it exits; resolves with the exit
 * code. The server prints its own address once it listens. logLevel is Vite's: 'warn' for developers,
 * 'error' where only the address should show.
 */
export async function serveWeb({ port, host, build = true, logLevel = 'warn', webRoot = WEB_ROOT } = {}) {
  if (build) {
    const code = await runNode([binPath('vite'), 'build', '--config', 'vite.web.config.ts', '--logLevel', logLevel], {
      VITE_APP_VERSION: packageVersion(),
    });
    if (code !== 0) return code;
  }
  const env = { WEB_ROOT: resolve(ROOT, webRoot), TSX_TSCONFIG_PATH: resolve(ROOT, 'server', 'tsconfig.json') };
  if (port !== undefined) env.PORT = String(port);
  if (host !== undefined) env.HOST = host;
  return runNode(['--import', 'tsx', resolve(ROOT, 'server', 'src', 'server.ts')], env);
}
