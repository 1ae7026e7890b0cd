import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignNearest, refine } from '@shared/patterns/cluster';
import { seededRandom } from '@shared/patterns/random';

/** Plain Lloyd rounds, as refine ran before it used bounds: the reference its results must equal. */
function lloyd(points: Float32Array, n: number, d: number, start: Float32Array, k: number, maxIterations: number): { assignment: Int32Array; centroids: Float32Array; score: number } {
  let centroids: Float32Array = start;
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
    const sums = new Float32Array(k * d);
    const sizes = new Int32Array(k);
    for (let i = 0; i < n; i += 1) {
      const c = assignment[i] ?? 0;
      sizes[c] = (sizes[c] ?? 0) + 1;
      for (let j = 0; j < d; j += 1) sums[c * d + j] = (sums[c * d + j] ?? 0) + (points[i * d + j] ?? 0);
    }
    for (let c = 0; c < k; c += 1) if (sizes[c] === 0) sums.set(centroids.subarray(c * d, c * d + d), c * d);
    for (let c = 0; c < k; c += 1) {
      let norm = 0;
      for (let j = 0; j < d; j += 1) norm += (sums[c * d + j] ?? 0) ** 2;
      const scale = norm > 1e-20 ? 1 / Math.sqrt(norm) : 0;
      for (let j = 0; j < d; j += 1) sums[c * d + j] = (sums[c * d + j] ?? 0) * scale;
    }
    centroids = sums;
    if (moved <= n / 1000) break;
  }
  return { assignment, centroids, score };
}

/** n unit points around `groups` random directions (some left at zero), and k of them as starting centroids. */
function blobs(seed: number, n: number, d: number, groups: number, spread: number): Float32Array {
  const random = seededRandom(seed);
  const centres = Float32Array.from({ length: groups * d }, () => random() - 0.5);
  const points = new Float32Array(n * d);
  for (let i = 0; i < n; i += 1) {
    if (random() < 0.02) continue;
    const g = Math.floor(random() * groups);
    let norm = 0;
    for (let j = 0; j < d; j += 1) {
      const v = (centres[g * d + j] ?? 0) + spread * (random() - 0.5);
      points[i * d + j] = v;
      norm += v * v;
    }
    for (let j = 0; j < d; j += 1) points[i * d + j] = (points[i * d + j] ?? 0) / Math.sqrt(norm);
  }
  return points;
}

describe('refine', () => {
  it('gives exactly what plain Lloyd rounds give: assignments, centroids and total cosine', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 20, max: 400 }), fc.integer({ min: 2, max: 24 }), fc.integer({ min: 1, max: 12 }), fc.double({ min: 0.05, max: 3, noNaN: true }), (seed, n, d, k, spread) => {
        const points = blobs(seed, n, d, Math.max(1, k - 1), spread);
        const start = points.slice(0, k * d);
        const fast = refine(points, n, d, start, k, 25);
        const plain = lloyd(points, n, d, start, k, 25);
        expect(Array.from(fast.assignment)).toEqual(Array.from(plain.assignment));
        expect(Array.from(fast.centroids)).toEqual(Array.from(plain.centroids));
        expect(fast.score).toBe(plain.score);
      }),
      { numRuns: 150 },
    );
  });
});
