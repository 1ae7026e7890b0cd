/**
 * Electronegativity itself: its own install under tools/electronegativity (it pins TypeScript 4.2 and ESLint 7,
 * which must not meet the app's), the copy of the files it scans, and the call.
 *
 * Network: the scan needs none. Two parts of the tool reach out on their own:
 * - AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK downloads Electron's release list from GitHub on every run, with no
 *   timeout. It is excluded: offline it could hang CI, and its verdict follows the day's Electron releases rather
 *   than our code (for Electron in devDependencies, as here, it only ever reports INFORMATIONAL). Keeping
 *   Electron current is the dependency updates' job. ELECTRON_VERSION_JSON_CHECK, which only feeds it and says
 *   which version package.json names, goes with it.
 * - At start it asks an S3 bucket for newer translations of its messages (1 s timeout, two retries) and falls
 *   back to its bundled English, saying "Could not retrieve updated translations". Only message text depends on
 *   it, never which checks run or what they find, so it is left alone: offline it costs about three seconds.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

/** Where the tool's own install lives (package.json and package-lock.json are committed). */
export const TOOL_DIR = join(ROOT, 'tools', 'electronegativity');

const TOOL_PACKAGE = '@doyensec/electronegativity';

/**
 * What is scanned, relative to the root: the main process and the preload (every Electron API call we make),
 * the renderer's HTML page (CSP meta, webview and popup attributes) and package.json (its scripts' Electron
 * flags such as --no-sandbox or --inspect). Not renderer/src: it runs sandboxed and context-isolated with no
 * Electron or Node API, its only way out is window.api (whose main side is scanned), and its eval and remote
 * loads are refused by the CSP; the tool's checks there only match our own bridge's method names.
 */
export const SCAN_SET = ['electron', 'renderer/index.html', 'package.json'] as const;

/** Checks left out, with the reason in this module's header. */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck', 'ElectronVersionJSONCheck'] as const;

function pinnedVersion(): string {
  const manifest = JSON.parse(readFileSync(join(TOOL_DIR, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const version = manifest.dependencies?.[TOOL_PACKAGE];
  if (version === undefined) throw new Error(`tools/electronegativity/package.json does not name ${TOOL_PACKAGE}`);
  return version;
}

function installedVersion(): string | null {
  const file = join(TOOL_DIR, 'node_modules', ...TOOL_PACKAGE.split('/'), 'package.json');
  if (!existsSync(file)) return null;
  return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? null;
}

/**
 * Installs the pinned version from the committed lock file when it is missing or another version sits there.
 * `--ignore-scripts`: nothing in its tree needs an install script, so none of them runs on the CI machine.
 */
export function ensureInstalled(log: (text: string) => void): void {
  const wanted = pinnedVersion();
  if (installedVersion() === wanted) return;
  log(`Installing ${TOOL_PACKAGE}@${wanted} into tools/electronegativity (its own install, once)...\n`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--prefix', TOOL_DIR, '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    shell: process.platform === 'win32',
    timeout: 10 * 60_000,
  });
  if (result.status !== 0 || installedVersion() !== wanted) {
    throw new Error(`could not install ${TOOL_PACKAGE}@${wanted} with npm ci in tools/electronegativity (npm registry unreachable?)`);
  }
}

/**
 * Copies the scan set into a fresh temporary folder with the same layout, so the reported paths are the
 * repository's own; throws naming a path that is missing (a renamed folder must not leave nothing scanned).
 */
export function copyScanSet(root: string): string {
  const target = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  for (const path of SCAN_SET) {
    const source = join(root, path);
    if (!existsSync(source)) {
      rmSync(target, { recursive: true, force: true });
      throw new Error(`${path} is in the scan set (scripts/lib/electronegativity-tool.ts) but does not exist`);
    }
    mkdirSync(dirname(join(target, path)), { recursive: true });
    cpSync(source, join(target, path), { recursive: statSync(source).isDirectory() });
  }
  return target;
}

type RunOptions = {
  input: string;
  isRelative: boolean;
  /** Named so in the tool's runner; its README's `electronVersion` is not read. */
  electronVersionOverride: string;
  excludeFromScan: string[];
};

/** Runs the installed tool on a folder and resolves with its raw (unparsed) result. */
export async function runTool(input: string, version: string): Promise<unknown> {
  const requireFromTool = createRequire(join(TOOL_DIR, 'package.json'));
  const run = requireFromTool(TOOL_PACKAGE) as (options: RunOptions) => Promise<unknown>;
  return run({ input, isRelative: true, electronVersionOverride: version, excludeFromScan: [...EXCLUDED_CHECKS] });
}
