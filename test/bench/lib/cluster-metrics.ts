/**
 * Agreement of a clustering with human labels: NMI with the arithmetic-mean normalization (2 I(C;L) /
 * (H(C) + H(L)), as scikit-learn's default) and purity (each cluster counted by its most common label).
 */

function counts<T>(values: readonly T[]): Map<T, number> {
  const map = new Map<T, number>();
  for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
  return map;
}

function entropy(sizes: Iterable<number>, n: number): number {
  let h = 0;
  for (const size of sizes) if (size > 0) h -= (size / n) * Math.log(size / n);
  return h;
}

/** Normalized mutual information (arithmetic mean), 0..1; 1 when both partitions are a single block. */
export function nmi(clusters: readonly (string | number)[], labels: readonly string[]): number {
  const n = clusters.length;
  const joint = counts(clusters.map((c, i) => `${c}\u0000${labels[i]}`));
  const byCluster = counts(clusters);
  const byLabel = counts(labels);
  let mi = 0;
  for (const [key, size] of joint) {
    const [c, l] = key.split('\u0000');
    const pc = (byCluster.get(c as never) ?? byCluster.get(Number(c) as never) ?? 0) / n;
    const pl = (byLabel.get(l ?? '') ?? 0) / n;
    mi += (size / n) * Math.log(size / n / (pc * pl));
  }
  const h = (entropy(byCluster.values(), n) + entropy(byLabel.values(), n)) / 2;
  return h === 0 ? 1 : mi / h;
}

/** Share of items whose label is their cluster's most common label. */
export function purity(clusters: readonly (string | number)[], labels: readonly string[]): number {
  const byCluster = new Map<string | number, Map<string, number>>();
  clusters.forEach((c, i) => {
    let m = byCluster.get(c);
    if (!m) byCluster.set(c, (m = new Map()));
    const l = labels[i] ?? '';
    m.set(l, (m.get(l) ?? 0) + 1);
  });
  let sum = 0;
  for (const m of byCluster.values()) sum += Math.max(...m.values());
  return sum / clusters.length;
}
