/**
 * Finding themes in the window's concerns: TF-IDF rows (features.ts) -> LSA (lsa.ts) -> spherical k-means over a
 * deterministic sample, similar clusters merged (cluster.ts) -> every concern to its nearest centroid, or to no
 * theme when it is too far from all of them or its cluster is too small.
 *
 * The sample is the concerns with the lowest hash of their id, not the first ones, so it does not depend on the
 * input's order and mostly stays the same from one month's analysis to the next.
 */
import { clusterPoints, assignNearest } from './cluster';
import { embedRows, fitLsa } from './lsa';
import { hashString, seededRandom } from './random';
import type { TfIdf } from './vectors';

/** The knobs of theme finding, with the values the engine uses (README.md says why). */
export interface DiscoveryOptions {
  /** Most concerns the model is fitted on; the rest are assigned to the nearest centroid. */
  fitSample: number;
  /** LSA directions. */
  dims: number;
  /** Most clusters before merging. */
  maxInitialK: number;
  /** Centroids at least this similar (cosine) merge. */
  mergeSimilarity: number;
  /** A concern less similar than this to every centroid is unthemed. */
  minSimilarity: number;
  /** A cluster with fewer concerns in the window is no theme. */
  minThemeSize: number;
  /** Seeded k-means runs; the best (highest total cosine) is kept. */
  restarts: number;
  /** Scale every LSA direction to the same weight (U rather than U Sigma coordinates). */
  whiten: boolean;
  seed: number;
}

/** The engine's discovery settings. */
export const DEFAULT_DISCOVERY: DiscoveryOptions = {
  fitSample: 5000,
  dims: 64,
  maxInitialK: 80,
  mergeSimilarity: 0.8,
  minSimilarity: 0.3,
  minThemeSize: 3,
  restarts: 2,
  whiten: false,
  seed: 0x5eed,
};

/** Rows are numbered below this (2^21, two million concerns), so (hash, row) packs into one double exactly. */
const ROW_SPACE = 2 ** 21;

/** Each concern's theme number (-1: none) and how many themes there are. */
export interface Discovery {
  k: number;
  assignment: Int32Array;
}

function sampleRows(tfidf: TfIdf, ids: readonly string[], size: number): Int32Array {
  const { indptr, rows: n } = tfidf.matrix;
  const rows: number[] = [];
  for (let r = 0; r < n; r += 1) if (indptr[r + 1]! > indptr[r]!) rows.push(r);
  if (rows.length <= size) return Int32Array.from(rows);
  // Lowest (hash, row) first: both packed in one exact double (a 32-bit hash times 2^21, plus a row below 2^21),
  // so a typed numeric sort orders them with no comparator and no map.
  if (n > ROW_SPACE) {
    const hashes = Float64Array.from({ length: n }, (_, r) => hashString(ids[r] ?? ''));
    rows.sort((a, b) => hashes[a]! - hashes[b]! || a - b);
    return Int32Array.from(rows.slice(0, size)).sort();
  }
  const keys = Float64Array.from(rows, (r) => hashString(ids[r] ?? '') * ROW_SPACE + r);
  keys.sort();
  const sample = new Int32Array(size);
  for (let i = 0; i < size; i += 1) sample[i] = keys[i]! % ROW_SPACE;
  return sample.sort();
}

/** Groups the TF-IDF rows (one per concern, `ids` their concern ids) into themes. */
export function discoverThemes(tfidf: TfIdf, ids: readonly string[], options: DiscoveryOptions = DEFAULT_DISCOVERY): Discovery {
  const n = tfidf.matrix.rows;
  const none: Discovery = { k: 0, assignment: new Int32Array(n).fill(-1) };
  const sample = sampleRows(tfidf, ids, options.fitSample);
  if (sample.length < options.minThemeSize || tfidf.matrix.cols < 2) return none;
  const random = seededRandom(options.seed);
  const lsa = fitLsa(tfidf.matrix, sample, Math.min(options.dims, sample.length - 1, tfidf.matrix.cols - 1), random, options.whiten);
  const d = lsa.dims;
  const points = embedRows(tfidf.matrix, lsa);
  const fitPoints = new Float32Array(sample.length * d);
  sample.forEach((row, i) => fitPoints.set(points.subarray(row * d, row * d + d), i * d));
  const initialK = Math.max(1, Math.min(options.maxInitialK, Math.round(Math.sqrt(sample.length))));
  const clustering = clusterPoints(fitPoints, sample.length, d, { initialK, mergeSimilarity: options.mergeSimilarity, restarts: options.restarts, maxIterations: 25 }, random);
  const { assignment, similarity } = assignNearest(points, n, d, clustering.centroids, clustering.k);
  const sizes = new Int32Array(clustering.k);
  for (let i = 0; i < n; i += 1) {
    if ((similarity[i] ?? 0) < options.minSimilarity) assignment[i] = -1;
    else sizes[assignment[i] ?? 0] = (sizes[assignment[i] ?? 0] ?? 0) + 1;
  }
  // Renumber the clusters big enough to be themes, in order, so theme numbers are dense.
  const renumber = new Int32Array(clustering.k).fill(-1);
  let k = 0;
  sizes.forEach((size, c) => {
    if (size >= options.minThemeSize) renumber[c] = k++;
  });
  for (let i = 0; i < n; i += 1) assignment[i] = (assignment[i] ?? -1) < 0 ? -1 : (renumber[assignment[i] ?? 0] ?? -1);
  return { k, assignment };
}
