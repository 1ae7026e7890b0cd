/**
 * One timed run of the pattern engine for patterns-node.ts, in a process of its own: reads the concerns (JSON),
 * runs analyze() for the period, and prints one JSON line (PatternsRun) with the time (wall and CPU), the time
 * per stage, peak memory and a check of the result's invariants. With "policy" the office's default response
 * targets are set (the app always has some), so response times are part of the run.
 *
 *   node --import tsx test/bench/patterns-node-child.ts concerns.json 2026-03 [policy]
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defaultResponsePolicy } from '../../shared/domain/response-clock';
import { analyze } from '../../shared/patterns/analyze';
import type { Analysis, PatternConcern } from '../../shared/patterns/types';

/** What one run reports. */
export interface PatternsRun {
  elapsedMs: number;
  /** CPU time of the process during the analysis (user + system): on a busy machine wall time grows, this less. */
  cpuMs: number;
  /** Whether response targets were set. */
  withPolicy: boolean;
  stageMs: Record<string, number>;
  /** process.resourceUsage().maxRSS: the process's peak resident memory. */
  maxRssBytes: number;
  rssBeforeBytes: number;
  /** The highest heap in use seen at the engine's progress calls and at the end. */
  peakHeapBytes: number;
  inPeriod: number;
  themes: number;
  themed: number;
  unthemed: number;
  digest: string;
  check: { ok: boolean; problems: string[] };
}

function check(analysis: Analysis, inPeriod: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const theme of analysis.themes) {
    for (const id of theme.concernIds) {
      if (seen.has(id)) problems.push(`${id} is in two themes`);
      if (!inPeriod.has(id)) problems.push(`${id} is not a concern of the period`);
      seen.add(id);
    }
    if (theme.count !== theme.concernIds.length) problems.push(`theme ${theme.id} counts ${theme.count} of ${theme.concernIds.length}`);
  }
  for (const id of analysis.unthemed) if (seen.has(id)) problems.push(`${id} is both themed and unthemed`);
  const hidden = analysis.hiddenThemes.reduce((n, t) => n + t.count, 0);
  if (seen.size + analysis.unthemed.length + hidden < inPeriod.size) problems.push('some concerns of the period are neither themed nor unthemed');
  return problems.slice(0, 5);
}

const [input, period, policy] = process.argv.slice(2);
if (input === undefined || period === undefined) throw new Error('usage: patterns-node-child.ts <concerns.json> <YYYY-MM>');
const concerns = JSON.parse(readFileSync(input, 'utf8')) as PatternConcern[];
const rssBeforeBytes = process.memoryUsage().rss;
let peakHeapBytes = 0;
const stageMs: Record<string, number> = {};
let stage = '';
let stageStart = 0;
const withPolicy = policy === 'policy';
const start = performance.now();
const cpuStart = process.cpuUsage();
const analysis = analyze(concerns, {
  period,
  timeZone: 'UTC',
  responsePolicy: withPolicy ? defaultResponsePolicy('UTC') : null,
  corrections: [],
  onProgress: (p) => {
    peakHeapBytes = Math.max(peakHeapBytes, process.memoryUsage().heapUsed);
    const now = performance.now();
    if (p.stage !== stage) {
      if (stage !== '') stageMs[stage] = (stageMs[stage] ?? 0) + now - stageStart;
      stage = p.stage;
      stageStart = now;
    }
  },
});
const elapsedMs = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
if (stage !== '') stageMs[stage] = (stageMs[stage] ?? 0) + performance.now() - stageStart;
peakHeapBytes = Math.max(peakHeapBytes, process.memoryUsage().heapUsed);
const inPeriod = new Set(analysis.totals.at(-1)?.concernIds ?? []);
const themed = analysis.themes.reduce((n, t) => n + t.count, 0);
const digest = createHash('sha256')
  .update(JSON.stringify(analysis.themes.map((t) => [t.id, t.label, t.concernIds])))
  .digest('hex')
  .slice(0, 16);
const problems = check(analysis, inPeriod);
const run: PatternsRun = {
  elapsedMs,
  cpuMs: (cpu.user + cpu.system) / 1000,
  withPolicy,
  stageMs,
  maxRssBytes: process.resourceUsage().maxRSS * 1024,
  rssBeforeBytes,
  peakHeapBytes,
  inPeriod: inPeriod.size,
  themes: analysis.themes.length,
  themed,
  unthemed: analysis.unthemed.length,
  digest,
  check: { ok: problems.length === 0, problems },
};
console.log(JSON.stringify(run));
