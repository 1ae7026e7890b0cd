/**
 * `npm run analyze -- <file.csv> [--out result.json] [--period YYYY-MM]`: the pattern engine on an office's
 * history file, from the command line (see scripts/lib/analyze-run.ts for the output and exit codes).
 */
import { analyze } from '../shared/patterns/analyze';
import { runAnalyze } from './lib/analyze-run';

process.exitCode = runAnalyze(
  process.argv.slice(2),
  { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) },
  analyze,
);
