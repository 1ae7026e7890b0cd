/**
 * Quality of the pattern engine's themes against human labels, next to a plain baseline (issue 6's proof).
 *
 *   npm run bench:quality [-- <data folder>]   (default /work/shared/data, skipped with a message when absent)
 *
 * On hwu64 (short utterances, 64 intents; no dates, so every row in one month) and cfpb-payday (long complaint
 * narratives, their Issue; the real months, the whole Jan-Aug 2023 window), it runs the engine's theme finding
 * (findThemes: the code analyze() runs) and a TF-IDF + k-means baseline (test/bench/lib/baseline-kmeans.ts) given
 * as many clusters as we found, and prints NMI (arithmetic-mean normalization) and purity for both. Our unthemed
 * concerns count as one more cluster, so leaving hard items out does not flatter us. Never tuned on these files
 * alone: the engine's settings are checked on both and on generated civic concerns.
 */
import { existsSync } from 'node:fs';
import { findThemes } from '@shared/patterns/analyze';
import { baselineKMeans } from './lib/baseline-kmeans';
import { nmi, purity } from './lib/cluster-metrics';
import { loadCfpb, loadHwu64, type LabeledSet } from './lib/datasets';

const SOURCES = [
  'hwu64: Liu, Eshghi, Swietojanski, Rieser, "Benchmarking Natural Language Understanding Services for building Conversational Agents", IWSDS 2019; github.com/xliuhw/NLU-Evaluation-Data @ f6071b4 (CC BY 4.0)',
  'cfpb-payday: U.S. CFPB Consumer Complaint Database (public data), as exported in github.com/SeunnnA/Predatory_Lending @ 8342283',
];

interface Row {
  method: string;
  clusters: number;
  nmi: number;
  purity: number;
  seconds: number;
}

function evaluate(set: LabeledSet): Row[] {
  const order = set.concerns.map((c, i) => ({ id: c.id, i })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sorted = order.map((o) => set.concerns[o.i]!);
  const labels = order.map((o) => set.labels[o.i]!);
  let start = performance.now();
  const { drafts } = findThemes(sorted);
  const ours = new Array<number>(sorted.length).fill(-1);
  drafts.forEach((d, k) => d.members.forEach((row) => (ours[row] = k)));
  const oursSeconds = (performance.now() - start) / 1000;
  const unthemed = ours.filter((k) => k < 0).length;
  start = performance.now();
  const base = Array.from(baselineKMeans(sorted.map((c) => c.text), drafts.length));
  const baseSeconds = (performance.now() - start) / 1000;
  return [
    { method: `ours (${drafts.length} themes + ${unthemed} unthemed as one cluster)`, clusters: drafts.length + (unthemed > 0 ? 1 : 0), nmi: nmi(ours, labels), purity: purity(ours, labels), seconds: oursSeconds },
    { method: 'TF-IDF + k-means (best of 5)', clusters: drafts.length, nmi: nmi(base, labels), purity: purity(base, labels), seconds: baseSeconds },
  ];
}

function print(set: LabeledSet, rows: Row[]): boolean {
  const labelCount = new Set(set.labels).size;
  console.log(`\n${set.name}: ${set.concerns.length} texts, ${labelCount} human labels`);
  console.log(`${'method'.padEnd(58)} ${'clusters'.padStart(8)} ${'NMI'.padStart(6)} ${'purity'.padStart(7)} ${'time'.padStart(7)}`);
  for (const r of rows) {
    console.log(`${r.method.padEnd(58)} ${String(r.clusters).padStart(8)} ${r.nmi.toFixed(3).padStart(6)} ${r.purity.toFixed(3).padStart(7)} ${`${r.seconds.toFixed(1)} s`.padStart(7)}`);
  }
  const [ours, base] = rows as [Row, Row];
  const wins = ours.nmi > base.nmi && ours.purity > base.purity;
  console.log(wins ? 'ours beats the baseline on both measures' : 'ours does NOT beat the baseline on both measures');
  return wins;
}

const folder = process.argv[2] ?? '/work/shared/data';
if (!existsSync(`${folder}/hwu64/hwu64.csv`) || !existsSync(`${folder}/cfpb-payday/cfpb_payday_2023.csv`)) {
  console.log(`No labeled data at ${folder} (hwu64/hwu64.csv and cfpb-payday/cfpb_payday_2023.csv): quality benchmark skipped.`);
  process.exit(0);
}
console.log('Theme quality against human labels (NMI: arithmetic-mean normalization; purity: share in their cluster\'s majority label).');
console.log('Our unthemed concerns count as one extra cluster.');
let allWin = true;
for (const set of [loadHwu64(folder), loadCfpb(folder)]) allWin = print(set, evaluate(set)) && allWin;
console.log('\nSources:');
for (const s of SOURCES) console.log(`- ${s}`);
process.exitCode = allWin ? 0 : 1;
