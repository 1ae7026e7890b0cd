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

/**
 * Each point's nearest centroid and its cosine. Four centroids are scored at a time, so each coordinate of the
 * point is read once for four dot products (each still summed in the same order as dot(), so results are the
 * same bit for bit); ties go to the lower centroid.
 */
export function assignNearest(points: Float32Array, n: number, d: number, centroids: Float32Array, k: number): { assignment: Int32Array; similarity: Float32Array } {
  const assignment = new Int32Array(n);
  const similarity = new Float32Array(n);
  const sims = new Float64Array(k);
  for (let i = 0; i < n; i += 1) {
    dotsWithAll(points, i * d, centroids, k, d, sims);
    let best = 0;
    let bestSim = -Infinity;
    for (let c = 0; c < k; c += 1) {
      if (sims[c]! > bestSim) {
        best = c;
        bestSim = sims[c]!;
      }
    }
    assignment[i] = best;
    similarity[i] = bestSim;
  }
  return { assignment, similarity };
}

/** out[c] = dot(point at `pi`, centroid c) for every centroid. */
function dotsWithAll(points: Float32Array, pi: number, centroids: Float32Array, k: number, d: number, out: Float64Array): void {
  let c = 0;
  for (; c + 4 <= k; c += 4) {
    const b0 = c * d;
    const b1 = b0 + d;
    const b2 = b1 + d;
    const b3 = b2 + d;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let j = 0; j < d; j += 1) {
      const x = points[pi + j]!;
      s0 += x * centroids[b0 + j]!;
      s1 += x * centroids[b1 + j]!;
      s2 += x * centroids[b2 + j]!;
      s3 += x * centroids[b3 + j]!;
    }
    out[c] = s0;
    out[c + 1] = s1;
    out[c + 2] = s2;
    out[c + 3] = s3;
  }
  for (; c < k; c += 1) out[c] = dot(points, pi, centroids, c * d, d);
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

// Bounds are skipped only with this much room: a distance from a cosine near 1 carries rounding of about
// sqrt(2 x 1e-7), so a point is rescored whenever its bounds are too close to call.
const BOUND_MARGIN = 1e-3;

const distanceOf = (pointNorm2: number, centroidNorm2: number, cosine: number): number => Math.sqrt(Math.max(0, pointNorm2 + centroidNorm2 - 2 * cosine));

function squaredNorms(m: Float32Array, rows: number, d: number): Float64Array {
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r += 1) out[r] = dot(m, r * d, m, r * d, d);
  return out;
}

/**
 * Lloyd rounds from the given centroids until no more than a thousandth of the points move (or `maxIterations`);
 * returns the total cosine of the last assignment too. Hamerly's bounds (2010) skip the points that provably keep
 * their centroid: an upper bound on the distance to their own centroid and a lower bound on the distance to any
 * other, moved by how far the centroids moved. The assignments are those of plain Lloyd rounds: a point is
 * skipped only when its own centroid is closer than every other by BOUND_MARGIN, and rescored in full otherwise.
 */
export function refine(points: Float32Array, n: number, d: number, start: Float32Array, k: number, maxIterations: number): Clustering & { score: number } {
  let centroids = start;
  let scored = start;
  const assignment = new Int32Array(n).fill(-1);
  const upper = new Float64Array(n);
  const lower = new Float64Array(n);
  const pointNorm2 = squaredNorms(points, n, d);
  const sims = new Float64Array(k);
  const half = new Float64Array(k);
  const shift = new Float64Array(k);
  for (let it = 0; it < maxIterations; it += 1) {
    const centroidNorm2 = squaredNorms(centroids, k, d);
    if (it > 0) halfNearestDistances(centroids, k, d, centroidNorm2, half);
    let moved = 0;
    for (let i = 0; i < n; i += 1) {
      const own = assignment[i]!;
      if (it > 0) {
        const bound = Math.max(half[own]!, lower[i]!);
        if (upper[i]! + BOUND_MARGIN <= bound) continue;
        upper[i] = distanceOf(pointNorm2[i]!, centroidNorm2[own]!, dot(points, i * d, centroids, own * d, d));
        if (upper[i]! + BOUND_MARGIN <= bound) continue;
      }
      dotsWithAll(points, i * d, centroids, k, d, sims);
      let best = 0;
      let second = -1;
      for (let c = 1; c < k; c += 1) {
        if (sims[c]! > sims[best]!) [best, second] = [c, best];
        else if (second < 0 || sims[c]! > sims[second]!) second = c;
      }
      if (k === 1) second = -1;
      upper[i] = distanceOf(pointNorm2[i]!, centroidNorm2[best]!, sims[best]!);
      lower[i] = second < 0 ? Infinity : distanceOf(pointNorm2[i]!, centroidNorm2[second]!, sims[second]!);
      if (best !== own) moved += 1;
      assignment[i] = best;
    }
    scored = centroids;
    centroids = recompute(points, n, d, assignment, k, centroids);
    // A thousandth of the points still moving changes no theme a person would see.
    if (moved <= n / 1000) break;
    let maxShift = 0;
    for (let c = 0; c < k; c += 1) {
      let s2 = 0;
      for (let j = 0; j < d; j += 1) s2 += (centroids[c * d + j]! - scored[c * d + j]!) ** 2;
      shift[c] = Math.sqrt(s2);
      maxShift = Math.max(maxShift, shift[c]!);
    }
    for (let i = 0; i < n; i += 1) {
      upper[i]! += shift[assignment[i]!]!;
      lower[i]! -= maxShift;
    }
  }
  let score = 0;
  // Summed as float32 cosines, as assignNearest reports them, so restarts compare as they always have.
  for (let i = 0; i < n; i += 1) score += Math.fround(dot(points, i * d, scored, assignment[i]! * d, d));
  return { k, centroids, assignment, score };
}

/** half[c]: half the distance from centroid c to its nearest other centroid (no point nearer c can prefer another). */
function halfNearestDistances(centroids: Float32Array, k: number, d: number, norm2: Float64Array, half: Float64Array): void {
  half.fill(Infinity);
  for (let a = 0; a < k; a += 1) {
    for (let b = a + 1; b < k; b += 1) {
      const h = distanceOf(norm2[a]!, norm2[b]!, dot(centroids, a * d, centroids, b * d, d)) / 2;
      if (h < half[a]!) half[a] = h;
      if (h < half[b]!) half[b] = h;
    }
  }
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
