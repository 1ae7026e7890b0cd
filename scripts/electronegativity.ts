/**
 * `npm run electronegativity [-- --input <folder>]`: Electronegativity on the desktop app's code (the scan set
 * in scripts/lib/electronegativity-tool.ts), or on one folder as it is. Prints every finding and exits 1 on any
 * of MEDIUM severity or above, or on a file it could not parse; 2 when it could not run at all; 0 otherwise.
 * A finding that is right about the code's shape but wrong about its safety is answered beside that code with
 * `/* eng-disable CHECK_ID *\/` and a one-line reason (see electron/README.md).
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatReport, readToolResult } from './lib/electronegativity-report';
import { electronVersion } from './lib/electron-version';
import { copyScanSet, ensureInstalled, ROOT, runTool } from './lib/electronegativity-tool';

const USAGE = 'Usage: npm run electronegativity [-- --input <folder>]\n';

function inputFolder(argv: readonly string[]): string | null {
  if (argv.length === 0) return null;
  const [option, folder, ...rest] = argv;
  if (option !== '--input' || folder === undefined || rest.length > 0) throw new Error(`unexpected arguments: ${argv.join(' ')}\n${USAGE}`);
  return resolve(folder);
}

async function main(): Promise<number> {
  const input = inputFolder(process.argv.slice(2));
  ensureInstalled((text) => process.stderr.write(text));
  const version = electronVersion(ROOT);
  const folder = input ?? copyScanSet(ROOT);
  try {
    process.stderr.write(`electronegativity: scanning ${input ?? 'electron/, renderer/index.html, package.json'} for Electron ${version}\n`);
    const report = readToolResult(await runTool(folder, version), folder);
    process.stdout.write(formatReport(report));
    return report.blocking.length > 0 || report.unparsed.length > 0 ? 1 : 0;
  } finally {
    if (input === null) rmSync(folder, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`electronegativity could not run: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
