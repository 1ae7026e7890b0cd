/**
 * The pattern engine in Node (issue 6): 100,000 synthetic concerns over 12 months (test/helpers/
 * synthetic-concerns.ts), analysed for the last month, in a fresh Node process per run so each run's time and
 * peak memory are its own. Prints the median time of the runs and the highest peak memory against the targets
 * (5 s, 1 GB), the time per stage (from the engine's progress calls) and a check that the result holds together.
 * Like the other benches it never fails on time, only on a wrong result.
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

function runChild(input: string): Promise<PatternsRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, input, LAST_MONTH], { stdio: ['ignore', 'pipe', 'inherit'] });
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
    for (let i = 0; i < RUNS; i += 1) {
      const run = await runChild(input);
      runs.push(run);
      const stages = Object.entries(run.stageMs).map(([stage, ms]) => `${stage} ${s(ms)}`).join(', ');
      console.log(`  run ${i + 1}: ${s(run.elapsedMs)} (${stages}); peak RSS ${mb(run.maxRssBytes)} (${mb(run.rssBeforeBytes)} before the analysis), peak heap seen ${mb(run.peakHeapBytes)}`);
      if (!run.check.ok) throw new Error(`the result does not hold together: ${run.check.problems.join('; ')}`);
    }
    const time = median(runs.map((r) => r.elapsedMs));
    const rss = Math.max(...runs.map((r) => r.maxRssBytes));
    const first = runs[0];
    console.log(`  result: ${first?.themes} themes, ${first?.themed} concerns of ${first?.inPeriod} in a theme, ${first?.unthemed} in none; same themes in every run: ${runs.every((r) => r.digest === first?.digest)}`);
    console.log(`analyse ${COUNT.toLocaleString('en-US')} concerns: median ${s(time)} (target <= ${s(TARGET_MS)}: ${verdict(time <= TARGET_MS)})`);
    console.log(`peak memory: ${mb(rss)} resident (target <= ${mb(TARGET_BYTES)}: ${verdict(rss <= TARGET_BYTES)})`);
    if (!runs.every((r) => r.digest === first?.digest)) throw new Error('the same concerns gave different themes in different runs');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
