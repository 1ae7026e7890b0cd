/**
 * The pattern engine in Node (issue 6): 100,000 synthetic concerns over 12 months (test/helpers/
 * synthetic-concerns.ts), analysed for the last month, in a fresh Node process per run so each run's time and
 * peak memory are its own. The runs set the office's default response targets, as the app always does; one more
 * run without them shows what response times cost. Prints the median wall time of the runs with its CPU time (on
 * a busy machine wall time grows while CPU time stays: the two together show the load) and the highest peak
 * memory against the targets (5 s, 1 GB), the time per stage (from the engine's progress calls) and a check that
 * the result holds together. Like the other benches it never fails on time, only on a wrong result.
 *
 *   npm run bench:patterns
 *   PATTERNS_BENCH_CONCERNS=20000 PATTERNS_BENCH_RUNS=1 npm run bench:patterns
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { syntheticConcerns } from '../helpers/synthetic-concerns';
import type { PatternsRun } from './patterns-node-child';

const COUNT = Number(process.env.PATTERNS_BENCH_CONCERNS ?? 100_000);
const RUNS = Number(process.env.PATTERNS_BENCH_RUNS ?? 3);
const MONTHS = 12;
const LAST_MONTH = '2026-03';
const TARGET_MS = 5_000;
const TARGET_BYTES = 1024 ** 3;
const CHILD = resolve(import.meta.dirname, 'patterns-node-child.ts');

function runChild(input: string, withPolicy: boolean): Promise<PatternsRun> {
  return new Promise((resolvePromise, reject) => {
    const args = ['--import', 'tsx', CHILD, input, LAST_MONTH, ...(withPolicy ? ['policy'] : [])];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`the analysis process ended with code ${code}`));
      else resolvePromise(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as PatternsRun);
    });
  });
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const mb = (bytes: number): string => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const verdict = (isMet: boolean): string => (isMet ? 'met' : 'MISSED');

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'patterns-bench-'));
  try {
    const generated = syntheticConcerns({ count: COUNT, months: MONTHS, lastMonth: LAST_MONTH, seed: 6 });
    const input = join(dir, 'concerns.json');
    writeFileSync(input, JSON.stringify(generated.concerns));
    const inPeriod = generated.concerns.filter((c) => c.createdAt.startsWith(LAST_MONTH)).length;
    console.log(`pattern engine in Node: ${COUNT.toLocaleString('en-US')} concerns over ${MONTHS} months, ${inPeriod.toLocaleString('en-US')} in ${LAST_MONTH}, ${RUNS} fresh processes`);
    const runs: PatternsRun[] = [];
    const report = (label: string, run: PatternsRun): void => {
      const stages = Object.entries(run.stageMs).map(([stage, ms]) => `${stage} ${s(ms)}`).join(', ');
      console.log(`  ${label}: ${s(run.elapsedMs)} wall, ${s(run.cpuMs)} CPU (${stages}); peak RSS ${mb(run.maxRssBytes)} (${mb(run.rssBeforeBytes)} before the analysis), peak heap seen ${mb(run.peakHeapBytes)}`);
      if (!run.check.ok) throw new Error(`the result does not hold together: ${run.check.problems.join('; ')}`);
    };
    for (let i = 0; i < RUNS; i += 1) {
      const run = await runChild(input, true);
      runs.push(run);
      report(`run ${i + 1} (response targets set)`, run);
    }
    const bare = await runChild(input, false);
    report('without response targets', bare);
    const time = median(runs.map((r) => r.elapsedMs));
    const cpu = median(runs.map((r) => r.cpuMs));
    const rss = Math.max(...runs.map((r) => r.maxRssBytes), bare.maxRssBytes);
    const first = runs[0];
    console.log(`  result: ${first?.themes} themes, ${first?.themed} concerns of ${first?.inPeriod} in a theme, ${first?.unthemed} in none; same themes in every run: ${[...runs, bare].every((r) => r.digest === first?.digest)}`);
    console.log(`analyse ${COUNT.toLocaleString('en-US')} concerns: median ${s(time)} wall, ${s(cpu)} CPU (target <= ${s(TARGET_MS)}: ${verdict(time <= TARGET_MS)}); without response targets ${s(bare.elapsedMs)} wall, ${s(bare.cpuMs)} CPU`);
    console.log(`peak memory: ${mb(rss)} resident (target <= ${mb(TARGET_BYTES)}: ${verdict(rss <= TARGET_BYTES)})`);
    if (![...runs, bare].every((r) => r.digest === first?.digest)) throw new Error('the same concerns gave different themes in different runs');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
