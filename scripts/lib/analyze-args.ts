/**
 * The command line of `npm run analyze`: one CSV file and a few options, each refused with a message that says
 * what to type instead.
 *
 *   npm run analyze -- history.csv --out result.json --period 2026-03 --time-zone Europe/Berlin
 */
import { isMonth } from '../../shared/patterns/months';

/** What the command was asked to do. */
export type AnalyzeCommand =
  | { kind: 'help' }
  | { kind: 'run'; file: string; out: string | null; period: string | null; timeZone: string; history: number };

/** The usage text --help prints. */
export const USAGE = `Usage: npm run analyze -- <file.csv> [--out result.json] [--period YYYY-MM] [--time-zone Area/City] [--history N]

Finds the recurring themes in an office's history of concerns and writes them as JSON.

  <file.csv>         a CSV with a header row and the columns id, created_at (ISO 8601) and text,
                     and optionally category, channel and location
  --out <path>       write the JSON to this file instead of printing it
  --period YYYY-MM   the month to analyse (default: the latest month in the file)
  --time-zone <zone> the office's IANA time zone, which decides the month of each concern (default: UTC)
  --history <N>      how many months before the period to compare it with (default: 11)
  --help             show this help
`;

/** A mistake on the command line: the message says what is wrong and what to do. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const VALUE_OPTIONS = ['--out', '--period', '--time-zone', '--history'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The command the arguments (after `--`) ask for; throws a UsageError for anything it cannot take. */
export function parseAnalyzeArgs(argv: readonly string[]): AnalyzeCommand {
  const options = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  // Help wins over any mistake beside it: someone asking for it is finding out how to write the rest.
  if (options.includes('--help') || options.includes('-h')) return { kind: 'help' };
  const values = new Map<ValueOption, string>();
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('-') && arg !== '-') {
      const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
      const option = VALUE_OPTIONS.find((o) => o === name);
      if (option === undefined) throw new UsageError(`Unknown option ${name}: the options are --out, --period, --time-zone, --history and --help`);
      const value = inline ?? argv[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`${option} needs a value, like ${example(option)}`);
      if (inline === undefined) i += 1;
      if (values.has(option)) throw new UsageError(`${option} is given twice: give it once`);
      values.set(option, value);
      continue;
    }
    files.push(arg);
  }
  if (files.length === 0) throw new UsageError('Give the CSV file to analyse, like: npm run analyze -- history.csv');
  if (files.length > 1) throw new UsageError(`Give one CSV file, not ${files.length} (${files.join(', ')})`);
  const period = values.get('--period') ?? null;
  if (period !== null && !isMonth(period)) throw new UsageError(`--period "${period}" is not a month: write it as YYYY-MM, like 2026-03`);
  const timeZone = values.get('--time-zone') ?? 'UTC';
  if (!isTimeZone(timeZone)) throw new UsageError(`--time-zone "${timeZone}" is not a time zone this computer knows: use an IANA name like Europe/Berlin`);
  const historyText = values.get('--history') ?? '11';
  const history = Number(historyText);
  if (!/^\d+$/.test(historyText) || history > 120) throw new UsageError(`--history "${historyText}" must be a whole number of months from 0 to 120`);
  const out = values.get('--out') ?? null;
  if (out === '') throw new UsageError('--out needs a file name, like --out result.json');
  return { kind: 'run', file: files[0] ?? '', out, period, timeZone, history };
}

function example(option: ValueOption): string {
  switch (option) {
    case '--out':
      return '--out result.json';
    case '--period':
      return '--period 2026-03';
    case '--time-zone':
      return '--time-zone Europe/Berlin';
    case '--history':
      return '--history 11';
  }
}
