/**
 * Concerns as sparse TF-IDF vectors over their terms (text.ts): a term in fewer than `minDf` concerns (a typo,
 * a one-off) or in more than `maxDfShare` of them (it says nothing about one theme) is left out; term counts are
 * dampened (1 + ln tf) so a long complaint repeating a word does not drown the rest; idf is the smoothed
 * ln((1 + n) / (1 + df)) + 1; each row is scaled to unit length, so cosine similarity is a dot product.
 *
 * Rows are stored compressed (CSR): row i's terms are indices[indptr[i] .. indptr[i + 1]), with their weights
 * in values, in typed arrays so 100,000 concerns fit in a few megabytes.
 */

/** A sparse matrix, one row per concern, compressed by rows. */
export interface SparseRows {
  rows: number;
  cols: number;
  indptr: Int32Array;
  indices: Int32Array;
  values: Float32Array;
}

/** Interns term keys (numbers: see text.ts) to dense ids. */
export class TermIndex {
  readonly keys: number[] = [];
  private readonly ids = new Map<number, number>();

  /** The id of a term key, added if new. */
  idOf(key: number): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  /** How many terms there are. */
  get size(): number {
    return this.keys.length;
  }
}

/** How terms are kept. */
export interface VectorOptions {
  /** A term must be in at least this many concerns. */
  minDf: number;
  /** …and in at most this share of them. */
  maxDfShare: number;
  /** At most this many terms are kept, the most widespread first (speed and memory on big windows). */
  maxTerms: number;
}

/** The default term filter: in 2 concerns or more, in 40% of them or fewer, at most 30,000 terms. */
export const DEFAULT_VECTOR_OPTIONS: VectorOptions = { minDf: 2, maxDfShare: 0.4, maxTerms: 30_000 };

/** TF-IDF rows of documents given as term-id lists; columns are renumbered to the kept terms (`termOf[col]`). */
export interface TfIdf {
  matrix: SparseRows;
  /** The original term id of each column. */
  termOf: Int32Array;
  idf: Float32Array;
  /** How many documents each column's term is in. */
  df: Int32Array;
}

/** Counts, per term id, how many documents contain it. */
export function documentFrequency(docs: readonly Int32Array[], termCount: number): Int32Array {
  const df = new Int32Array(termCount);
  const seen = new Int32Array(termCount).fill(-1);
  docs.forEach((doc, d) => {
    for (const t of doc) {
      if (seen[t] !== d) {
        seen[t] = d;
        df[t] = (df[t] ?? 0) + 1;
      }
    }
  });
  return df;
}

function keptColumns(df: Int32Array, n: number, options: VectorOptions): Int32Array {
  const maxDf = Math.max(options.minDf, Math.floor(options.maxDfShare * n));
  const kept: number[] = [];
  df.forEach((count, term) => {
    if (count >= options.minDf && count <= maxDf) kept.push(term);
  });
  // Most widespread first, ties by id (first seen), so the cut is deterministic.
  if (kept.length > options.maxTerms) {
    kept.sort((a, b) => (df[b] ?? 0) - (df[a] ?? 0) || a - b);
    kept.length = options.maxTerms;
    kept.sort((a, b) => a - b);
  }
  return Int32Array.from(kept);
}

/** Sublinear, smoothed TF-IDF rows, unit length, over the terms that pass `options`. */
export function tfIdf(docs: readonly Int32Array[], termCount: number, options: VectorOptions = DEFAULT_VECTOR_OPTIONS): TfIdf {
  const n = docs.length;
  const dfAll = documentFrequency(docs, termCount);
  const termOf = keptColumns(dfAll, n, options);
  const column = new Int32Array(termCount).fill(-1);
  termOf.forEach((term, col) => (column[term] = col));
  const idf = new Float32Array(termOf.length);
  const df = new Int32Array(termOf.length);
  termOf.forEach((term, col) => {
    df[col] = dfAll[term] ?? 0;
    idf[col] = Math.log((1 + n) / (1 + (df[col] ?? 0))) + 1;
  });
  // One pass over the documents into typed arrays sized for the worst case (every term kept, none repeated):
  // 100,000 concerns make no per-row arrays to collect.
  let total = 0;
  for (const doc of docs) total += doc.length;
  const indptr = new Int32Array(n + 1);
  const indices = new Int32Array(total);
  const values = new Float32Array(total);
  let longest = 0;
  for (const doc of docs) longest = Math.max(longest, doc.length);
  const cols = new Int32Array(longest);
  const weights = new Float64Array(longest);
  let nnz = 0;
  docs.forEach((doc, d) => {
    let count = 0;
    for (const t of doc) {
      const c = column[t]!;
      if (c >= 0) cols[count++] = c;
    }
    const sorted = cols.subarray(0, count).sort();
    let distinct = 0;
    let norm = 0;
    for (let i = 0; i < count; ) {
      let j = i;
      while (j < count && sorted[j] === sorted[i]) j += 1;
      const c = sorted[i]!;
      const w = (1 + Math.log(j - i)) * idf[c]!;
      indices[nnz + distinct] = c;
      weights[distinct] = w;
      distinct += 1;
      norm += w * w;
      i = j;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let k = 0; k < distinct; k += 1) values[nnz + k] = weights[k]! * scale;
    nnz += distinct;
    indptr[d + 1] = nnz;
  });
  return {
    matrix: { rows: n, cols: termOf.length, indptr, indices: indices.slice(0, nnz), values: values.slice(0, nnz) },
    termOf,
    idf,
    df,
  };
}
