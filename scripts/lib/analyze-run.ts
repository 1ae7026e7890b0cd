/**
 * `npm run analyze` from arguments to exit code: read and check the CSV, run the pattern engine for the period
 * and write the themes as JSON. The engine comes in as an argument so tests can run the pipeline in-process.
 *
 * Output (to --out or stdout):
 *   { "period": "2026-03", "themes": [{ "id", "label", "keyPhrases": [...], "concernIds": [...], "count",
 *     "trend": {...} }], "unthemed": [...] }
 * concernIds are the file's ids; a concern is in at most one theme. Exit codes: 0 done, 1 the file has
 * problems (each printed with its row number; nothing written), 2 the command line is wrong.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { monthName, monthOf } from '../../shared/patterns/months';
import type { Analysis, AnalysisOptions, PatternConcern, Trend } from '../../shared/patterns/types';
import { parseAnalyzeArgs, USAGE, UsageError } from './analyze-args';
import { HistoryFileError, historyRowToConcern, parseHistoryCsv, readHistoryText } from './analyze-csv';

/** The pattern engine, as shared/patterns/analyze.ts exports it. */
export type AnalyzeFn = (concerns: readonly PatternConcern[], options: AnalysisOptions) => Analysis;

/** Where the command writes. */
export interface AnalyzeIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The JSON the command writes. */
export interface AnalyzeOutput {
  period: string;
  themes: { id: string; label: string; keyPhrases: string[]; concernIds: string[]; count: number; trend: Trend }[];
  unthemed: string[];
}

/** The command's JSON for an analysis. */
export function toOutput(analysis: Analysis): AnalyzeOutput {
  return {
    period: analysis.period,
    themes: analysis.themes.map((t) => ({
      id: t.id,
      label: t.label,
      keyPhrases: t.keyPhrases,
      concernIds: t.concernIds,
      count: t.count,
      trend: t.trend,
    })),
    unthemed: analysis.unthemed,
  };
}

// Written beside the target and renamed over it, so a failed write never leaves half a file behind.
function writeAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Runs the command; resolves with its exit code. */
export function runAnalyze(argv: readonly string[], io: AnalyzeIo, analyze: AnalyzeFn): number {
  let command;
  try {
    command = parseAnalyzeArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (command.kind === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  let text: string;
  try {
    text = readHistoryText(command.file);
  } catch (error) {
    if (!(error instanceof HistoryFileError)) throw error;
    io.stderr(`${error.message}\n`);
    return 1;
  }
  const read = parseHistoryCsv(text);
  if (!read.ok) {
    const lines = read.problems.map((p) => (p.row > 0 ? `${command.file}: row ${p.row}: ${p.message}` : `${command.file}: ${p.message}`));
    io.stderr(`${lines.join('\n')}\n${command.file} was not analysed: fix ${read.problems.length === 1 ? 'this problem' : 'these problems'} and run again.\n`);
    return 1;
  }
  const concerns = read.rows.map(historyRowToConcern);
  const months = concerns.map((c) => monthOf(c.createdAt, command.timeZone));
  const latest = months.reduce((a, b) => (b > a ? b : a));
  const period = command.period ?? latest;
  const inPeriod = months.filter((m) => m === period).length;
  const analysis = analyze(concerns, { period, history: command.history, timeZone: command.timeZone, responsePolicy: null, corrections: [] });
  const json = `${JSON.stringify(toOutput(analysis), null, 2)}\n`;
  if (command.out === null) io.stdout(json);
  else {
    try {
      writeAtomically(command.out, json);
    } catch (error) {
      io.stderr(`Cannot write ${command.out}: ${(error as Error).message}\n`);
      return 1;
    }
  }
  const where = command.out === null ? '' : `; written to ${command.out}`;
  const none = inPeriod === 0 ? ` (the file has no concerns in ${monthName(period)}: its latest month is ${latest})` : '';
  io.stderr(
    `Analysed ${plural(inPeriod, 'concern')} of ${monthName(period)} against ${plural(command.history, 'earlier month')}${none}: ${plural(analysis.themes.length, 'theme')}, ${plural(analysis.unthemed.length, 'concern')} in no theme${where}\n`,
  );
  return 0;
}
