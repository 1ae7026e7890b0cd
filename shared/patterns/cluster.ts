/**
 * Spherical k-means on unit vectors (cosine similarity), with k-means++ seeding and seeded restarts, and the
 * choice of how many clusters the data holds: over-cluster, then merge clusters whose centroids are nearly the
 * same direction (greedy, most similar pair first), then let the merged centroids settle with a few more rounds.
 * Points are rows of a row-major Float32Array (n x d). Ties go to the lower cluster index, so results depend only
 * on the points' order and the seed.
 */

/** Clusters found: `centroids` (k x d, unit length) and each point's cluster. */
export interface Clustering {
  k: number;
  centroids: Float32Array;
  assignment: Int32Array;
}

/** How clustering runs. */
export interface ClusterOptions {
  /** Clusters to start from before merging. */
  initialK: number;
  /** Two clusters whose centroids' cosine is at least this become one. */
  mergeSimilarity: number;
  restarts: number;
  maxIterations: number;
}

// Hot loops index typed arrays with `!`: every index is in range by construction (n x d, k x d), and the
// `?? 0` fallbacks cost a third of the clustering time on 8,000 points.
function dot(a: Float32Array, ai: number, b: Float32Array, bi: number, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j += 1) s += a[ai + j]! * b[bi + j]!;
  return s;
}

function normalizeRows(m: Float32Array, k: number, d: number): void {
  for (let c = 0; c < k; c += 1) {
    let norm = 0;
    for (let j = 0; j < d; j += 1) norm += (m[c * d + j] ?? 0) ** 2;
    const scale = norm > 1e-20 ? 1 / Math.sqrt(norm) : 0;
    for (let j = 0; j < d; j += 1) m[c * d + j] = (m[c * d + j] ?? 0) * scale;
  }
}

/** Each point's nearest centroid and its cosine. */
export function assignNearest(points: Float32Array, n: number, d: number, centroids: Float32Array, k: number): { assignment: Int32Array; similarity: Float32Array } {
  const assignment = new Int32Array(n);
  const similarity = new Float32Array(n);
  for (let i = 0; i < n; i += 1) {
    let best = 0;
    let bestSim = -Infinity;
    for (let c = 0; c < k; c += 1) {
      const s = dot(points, i * d, centroids, c * d, d);
      if (s > bestSim) [best, bestSim] = [c, s];
    }
    assignment[i] = best;
    similarity[i] = bestSim;
  }
  return { assignment, similarity };
}

function seedPlusPlus(points: Float32Array, n: number, d: number, k: number, random: () => number): Float32Array {
  const centroids = new Float32Array(k * d);
  const distance = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(random() * n);
  for (let c = 0; c < k; c += 1) {
    centroids.set(points.subarray(pick * d, pick * d + d), c * d);
    let total = 0;
    for (let i = 0; i < n; i += 1) {
      const dist = Math.max(0, 1 - dot(points, i * d, centroids, c * d, d));
      if (dist < (distance[i] ?? Infinity)) distance[i] = dist;
      total += (distance[i] ?? 0) ** 2;
    }
    if (total <= 0) break;
    let target = random() * total;
    pick = n - 1;
    for (let i = 0; i < n; i += 1) {
      target -= (distance[i] ?? 0) ** 2;
      if (target <= 0) {
        pick = i;
        break;
      }
    }
  }
  return centroids;
}

function recompute(points: Float32Array, n: number, d: number, assignment: Int32Array, k: number, previous: Float32Array): Float32Array {
  const centroids = new Float32Array(k * d);
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i += 1) {
    const c = assignment[i] ?? 0;
    sizes[c] = (sizes[c] ?? 0) + 1;
    const base = c * d;
    const pBase = i * d;
    for (let j = 0; j < d; j += 1) centroids[base + j]! += points[pBase + j]!;
  }
  // An emptied cluster keeps its old centroid rather than becoming a zero vector nothing can join.
  for (let c = 0; c < k; c += 1) if (sizes[c] === 0) centroids.set(previous.subarray(c * d, c * d + d), c * d);
  normalizeRows(centroids, k, d);
  return centroids;
}

/** Lloyd rounds from the given centroids until no point moves (or `maxIterations`); returns the total cosine too. */
export function refine(points: Float32Array, n: number, d: number, start: Float32Array, k: number, maxIterations: number): Clustering & { score: number } {
  let centroids = start;
  let assignment: Int32Array = new Int32Array(n).fill(-1);
  let score = 0;
  for (let it = 0; it < maxIterations; it += 1) {
    const next = assignNearest(points, n, d, centroids, k);
    let moved = 0;
    score = 0;
    for (let i = 0; i < n; i += 1) {
      if (next.assignment[i] !== assignment[i]) moved += 1;
      score += next.similarity[i] ?? 0;
    }
    assignment = next.assignment;
    centroids = recompute(points, n, d, assignment, k, centroids);
    // A thousandth of the points still moving changes no theme a person would see.
    if (moved <= n / 1000) break;
  }
  return { k, centroids, assignment, score };
}

/** Merges clusters whose centroids' cosine reaches `threshold`, most similar first; returns the merged centroids. */
export function mergeSimilar(clustering: Clustering, d: number, threshold: number): { k: number; centroids: Float32Array } {
  const sums: Float64Array[] = [];
  for (let c = 0; c < clustering.k; c += 1) sums.push(new Float64Array(d));
  const sizes = new Array<number>(clustering.k).fill(0);
  clustering.assignment.forEach((c) => (sizes[c] = (sizes[c] ?? 0) + 1));
  for (let c = 0; c < clustering.k; c += 1) {
    const s = sums[c] ?? new Float64Array(d);
    for (let j = 0; j < d; j += 1) s[j] = (clustering.centroids[c * d + j] ?? 0) * (sizes[c] ?? 0);
  }
  const alive = sums.map((_, c) => (sizes[c] ?? 0) > 0);
  const unit = (s: Float64Array): Float64Array => {
    const norm = Math.sqrt(s.reduce((a, v) => a + v * v, 0)) || 1;
    return s.map((v) => v / norm);
  };
  for (;;) {
    let best: [number, number] | null = null;
    let bestSim = threshold;
    const units = sums.map(unit);
    for (let a = 0; a < sums.length; a += 1) {
      if (!alive[a]) continue;
      for (let b = a + 1; b < sums.length; b += 1) {
        if (!alive[b]) continue;
        let s = 0;
        const ua = units[a] ?? new Float64Array(d);
        const ub = units[b] ?? new Float64Array(d);
        for (let j = 0; j < d; j += 1) s += (ua[j] ?? 0) * (ub[j] ?? 0);
        if (s >= bestSim) [best, bestSim] = [[a, b], s];
      }
    }
    if (!best) break;
    const [a, b] = best;
    const sa = sums[a] ?? new Float64Array(d);
    const sb = sums[b] ?? new Float64Array(d);
    for (let j = 0; j < d; j += 1) sa[j] = (sa[j] ?? 0) + (sb[j] ?? 0);
    alive[b] = false;
  }
  const kept = sums.filter((_, c) => alive[c]).map(unit);
  const centroids = new Float32Array(kept.length * d);
  kept.forEach((s, c) => centroids.set(s, c * d));
  return { k: kept.length, centroids };
}

/** Spherical k-means with k-means++ seeding, the best of `restarts` runs, then similar clusters merged. */
export function clusterPoints(points: Float32Array, n: number, d: number, options: ClusterOptions, random: () => number): Clustering {
  const k = Math.max(1, Math.min(options.initialK, n));
  let best: (Clustering & { score: number }) | null = null;
  for (let r = 0; r < Math.max(1, options.restarts); r += 1) {
    const run = refine(points, n, d, seedPlusPlus(points, n, d, k, random), k, options.maxIterations);
    if (!best || run.score > best.score) best = run;
  }
  if (!best) throw new Error('clusterPoints needs at least one restart');
  const merged = mergeSimilar(best, d, options.mergeSimilarity);
  if (merged.k === best.k) return best;
  return refine(points, n, d, merged.centroids, merged.k, Math.min(5, options.maxIterations));
}
