/**
 * The plain baseline the engine is measured against: unigram TF-IDF (lower-case word tokens, no stop words or
 * stemming, smoothed idf ln((1 + n) / (1 + df)) + 1, rows L2-normalized, as scikit-learn's TfidfVectorizer does
 * by default) and Euclidean k-means with k-means++ seeding, the best of 5 seeded runs by inertia. Dense centroids
 * over the vocabulary, sparse rows: exact, no sampling.
 */
import { seededRandom } from '@shared/patterns/random';

interface Row {
  cols: Int32Array;
  vals: Float64Array;
}

function vectorize(texts: readonly string[]): { rows: Row[]; dim: number } {
  const vocab = new Map<string, number>();
  const tokenized = texts.map((t) => (t.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? []).map((w) => {
    let id = vocab.get(w);
    if (id === undefined) vocab.set(w, (id = vocab.size));
    return id;
  }));
  const df = new Float64Array(vocab.size);
  for (const doc of tokenized) for (const id of new Set(doc)) df[id] = (df[id] ?? 0) + 1;
  const n = texts.length;
  const rows = tokenized.map((doc) => {
    const tf = new Map<number, number>();
    for (const id of doc) tf.set(id, (tf.get(id) ?? 0) + 1);
    const cols = Int32Array.from(tf.keys());
    const vals = Float64Array.from(cols, (c) => (tf.get(c) ?? 0) * (Math.log((1 + n) / (1 + (df[c] ?? 0))) + 1));
    const norm = Math.hypot(...vals) || 1;
    return { cols, vals: vals.map((v) => v / norm) };
  });
  return { rows, dim: vocab.size };
}

/** Squared distance from a sparse unit row to a dense centroid with known squared norm. */
function distance(row: Row, centroid: Float64Array, norm2: number): number {
  let dot = 0;
  let self = 0;
  row.cols.forEach((c, k) => {
    dot += (row.vals[k] ?? 0) * (centroid[c] ?? 0);
    self += (row.vals[k] ?? 0) ** 2;
  });
  return Math.max(0, self - 2 * dot + norm2);
}

function run(rows: Row[], dim: number, k: number, random: () => number): { assignment: Int32Array; inertia: number } {
  const n = rows.length;
  const centroids: Float64Array[] = [];
  const nearest = new Float64Array(n).fill(Infinity);
  const add = (i: number): void => {
    const c = new Float64Array(dim);
    const row = rows[i] as Row;
    row.cols.forEach((col, j) => (c[col] = row.vals[j] ?? 0));
    centroids.push(c);
    const norm2 = c.reduce((a, v) => a + v * v, 0);
    rows.forEach((r, idx) => (nearest[idx] = Math.min(nearest[idx] ?? Infinity, distance(r, c, norm2))));
  };
  add(Math.floor(random() * n));
  while (centroids.length < k) {
    const total = nearest.reduce((a, v) => a + v, 0);
    let target = random() * total;
    let pick = n - 1;
    for (let i = 0; i < n; i += 1) if ((target -= nearest[i] ?? 0) <= 0) { pick = i; break; }
    add(pick);
  }
  const assignment = new Int32Array(n).fill(-1);
  let inertia = 0;
  for (let it = 0; it < 100; it += 1) {
    const norms = centroids.map((c) => c.reduce((a, v) => a + v * v, 0));
    let moved = 0;
    inertia = 0;
    rows.forEach((r, i) => {
      let best = 0;
      let bestD = Infinity;
      centroids.forEach((c, j) => {
        const dd = distance(r, c, norms[j] ?? 0);
        if (dd < bestD) [best, bestD] = [j, dd];
      });
      if (assignment[i] !== best) moved += 1;
      assignment[i] = best;
      inertia += bestD;
    });
    if (moved === 0) break;
    const sizes = new Float64Array(k);
    const sums = centroids.map(() => new Float64Array(dim));
    rows.forEach((r, i) => {
      const a = assignment[i] ?? 0;
      sizes[a] = (sizes[a] ?? 0) + 1;
      const s = sums[a] as Float64Array;
      r.cols.forEach((col, j) => (s[col] = (s[col] ?? 0) + (r.vals[j] ?? 0)));
    });
    sums.forEach((s, j) => {
      if ((sizes[j] ?? 0) > 0) centroids[j] = s.map((v) => v / (sizes[j] ?? 1));
    });
  }
  return { assignment, inertia };
}

/** Cluster numbers for the texts: TF-IDF + k-means, best of `runs` seeded runs. */
export function baselineKMeans(texts: readonly string[], k: number, runs = 5): Int32Array {
  const { rows, dim } = vectorize(texts);
  let best: { assignment: Int32Array; inertia: number } | null = null;
  for (let r = 0; r < runs; r += 1) {
    const result = run(rows, dim, Math.max(1, Math.min(k, rows.length)), seededRandom(1000 + r));
    if (!best || result.inertia < best.inertia) best = result;
  }
  return best?.assignment ?? new Int32Array(texts.length);
}
