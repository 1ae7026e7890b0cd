/** Summary figures for a list of timings in milliseconds. */
export interface Summary {
  readonly n: number;
  readonly median: number;
  readonly p95: number;
  readonly max: number;
}

/** The q-quantile (0..1) of the samples by the nearest-rank method. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1] as number;
}

/** Median, p95 and max of the samples. */
export function summarize(samples: readonly number[]): Summary {
  return { n: samples.length, median: quantile(samples, 0.5), p95: quantile(samples, 0.95), max: Math.max(...samples) };
}

/** One printed line: "label  p95 12.3 ms (median 8.1, max 20.4, n=50; target <= 50 ms)". */
export function formatLine(label: string, s: Summary, target: number, key: 'p95' | 'median' = 'p95'): string {
  const verdict = s[key] <= target ? 'meets' : 'MISSES';
  return `${label.padEnd(34)} ${key} ${s[key].toFixed(1)} ms (median ${s.median.toFixed(1)}, p95 ${s.p95.toFixed(1)}, max ${s.max.toFixed(1)}, n=${s.n}); target <= ${target} ms: ${verdict}`;
}
