/**
 * `npm run dist [-- <electron-builder options>]`: builds the app with electron-vite and packs installers for
 * this platform with electron-builder (electron-builder.yml), into dist/installers/ with the update metadata
 * (latest*.yml) an office copies to its update server. Checks first that Electron can be downloaded, so an
 * offline machine gets a sentence instead of minutes of retries. Extra options go to electron-builder, e.g.
 * `npm run dist -- --linux deb`.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { distEnvironment } from './lib/dist-environment';
import { electronChecksumsUrl, offlineMessage, unreachableReason } from './lib/dist-preflight';
import { electronVersion } from './lib/electron-version';

const ROOT = resolve(import.meta.dirname, '..');

function binPath(packageName: string, binName = packageName): string {
  const dir = join(ROOT, 'node_modules', packageName);
  const { bin } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { bin?: string | Record<string, string> };
  const relative = typeof bin === 'string' ? bin : bin?.[binName];
  if (relative === undefined) throw new Error(`${packageName} has no "${binName}" command`);
  return join(dir, relative);
}

function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env });
    child.on('error', (error) => {
      console.error(error.message);
      resolvePromise(1);
    });
    child.on('exit', (code) => resolvePromise(code ?? 1));
  });
}

async function main(): Promise<number> {
  const env = distEnvironment(process.env);
  const built = await runNode([binPath('electron-vite'), 'build'], env);
  if (built !== 0) return built;
  const version = electronVersion(ROOT);
  const reason = await unreachableReason(electronChecksumsUrl(version, env));
  if (reason !== null) {
    console.error(offlineMessage(version, reason));
    return 1;
  }
  return runNode([binPath('electron-builder'), '--publish', 'never', ...process.argv.slice(2)], env);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`npm run dist could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
