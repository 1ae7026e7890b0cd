/** The Electron version the app ships, as the tooling (electronegativity, npm run dist) needs it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The exact x.y.z of `electron` in the package.json under `root`; throws when there is none to read. */
export function electronVersion(root: string): string {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    devDependencies?: Record<string, string>;
    dependencies?: Record<string, string>;
  };
  const declared = manifest.devDependencies?.['electron'] ?? manifest.dependencies?.['electron'];
  const version = declared?.match(/\d+\.\d+\.\d+/)?.[0];
  if (version === undefined) throw new Error('package.json names no exact Electron version (x.y.z)');
  return version;
}
