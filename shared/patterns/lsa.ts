/**
 * Latent semantic analysis by randomized SVD (Halko, Martinsson and Tropp 2011), all our own code: TF-IDF rows
 * are projected on a few dozen directions that carry most of their variance, so "streetlight", "street light"
 * and "lamp post", which occur with the same words, land near each other, and clustering works on short dense
 * vectors instead of 30,000 sparse columns.
 *
 * Steps, on a sample of rows X (n x m): Y = X Omega with a random +-1 matrix Omega (m x l, l = dims + 10), two
 * power iterations (Q = orth(X X^T Q)) for accuracy, then the small l x l matrix C = Z^T Z with Z = X^T Q, whose
 * eigenvectors W (Jacobi) give the right singular vectors V = Z W / sigma. A row x embeds as x V (its U Sigma
 * coordinates), then is scaled to unit length.
 */
import type { SparseRows } from './vectors';

// Hot loops index typed arrays with `!`: every index is in range by construction, and `?? 0` fallbacks there
// cost real time on 100,000 concerns.

/** A fitted projection: `basis` is cols x dims, row-major (term c's loading on each direction). */
export interface Lsa {
  dims: number;
  basis: Float32Array;
}

const OVERSAMPLE = 10;
const POWER_ITERATIONS = 2;

/** Y (rows.length x l) = X[rows] * M, M being cols x l row-major. */
function timesDense(x: SparseRows, rows: Int32Array, m: Float64Array, l: number): Float64Array {
  const y = new Float64Array(rows.length * l);
  rows.forEach((row, r) => {
    const base = r * l;
    for (let k = x.indptr[row] ?? 0; k < (x.indptr[row + 1] ?? 0); k += 1) {
      const v = x.values[k] ?? 0;
      const mBase = (x.indices[k] ?? 0) * l;
      for (let j = 0; j < l; j += 1) y[base + j]! += v * m[mBase + j]!;
    }
  });
  return y;
}

/** Z (cols x l) = X[rows]^T * Q, Q being rows.length x l row-major. */
function transposeTimesDense(x: SparseRows, rows: Int32Array, q: Float64Array, l: number): Float64Array {
  const z = new Float64Array(x.cols * l);
  rows.forEach((row, r) => {
    const base = r * l;
    for (let k = x.indptr[row] ?? 0; k < (x.indptr[row + 1] ?? 0); k += 1) {
      const v = x.values[k] ?? 0;
      const zBase = (x.indices[k] ?? 0) * l;
      for (let j = 0; j < l; j += 1) z[zBase + j]! += v * q[base + j]!;
    }
  });
  return z;
}

/**
 * Orthonormalizes the l columns of a row-major n x l matrix in place (modified Gram-Schmidt: stable enough for a
 * subspace iteration), on a column-major copy so each column is contiguous in memory.
 */
function orthonormalize(a: Float64Array, n: number, l: number): void {
  const cols = new Float64Array(n * l);
  for (let i = 0; i < n; i += 1) for (let j = 0; j < l; j += 1) cols[j * n + i] = a[i * l + j]!;
  for (let j = 0; j < l; j += 1) {
    const cj = cols.subarray(j * n, j * n + n);
    for (let p = 0; p < j; p += 1) {
      const cp = cols.subarray(p * n, p * n + n);
      let dot = 0;
      for (let i = 0; i < n; i += 1) dot += cj[i]! * cp[i]!;
      for (let i = 0; i < n; i += 1) cj[i]! -= dot * cp[i]!;
    }
    let norm = 0;
    for (let i = 0; i < n; i += 1) norm += cj[i]! * cj[i]!;
    // A column with nothing left (rank below l) is zeroed, not blown up to noise.
    const scale = norm > 1e-20 ? 1 / Math.sqrt(norm) : 0;
    for (let i = 0; i < n; i += 1) cj[i]! *= scale;
  }
  for (let i = 0; i < n; i += 1) for (let j = 0; j < l; j += 1) a[i * l + j] = cols[j * n + i]!;
}

/** Eigenvalues and eigenvectors (columns of the returned l x l row-major matrix) of a symmetric matrix, by cyclic Jacobi. */
export function symmetricEigen(matrix: Float64Array, l: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(l * l);
  for (let i = 0; i < l; i += 1) v[i * l + i] = 1;
  for (let sweep = 0; sweep < 60; sweep += 1) {
    let off = 0;
    let total = 0;
    for (let i = 0; i < l; i += 1) {
      for (let j = 0; j < l; j += 1) {
        const x = (a[i * l + j] ?? 0) ** 2;
        total += x;
        if (i !== j) off += x;
      }
    }
    if (off <= 1e-22 * Math.max(total, 1e-300)) break;
    for (let p = 0; p < l - 1; p += 1) {
      for (let q = p + 1; q < l; q += 1) {
        const apq = a[p * l + q] ?? 0;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = ((a[q * l + q] ?? 0) - (a[p * l + p] ?? 0)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < l; k += 1) {
          const akp = a[k * l + p] ?? 0;
          const akq = a[k * l + q] ?? 0;
          a[k * l + p] = c * akp - s * akq;
          a[k * l + q] = s * akp + c * akq;
        }
        for (let k = 0; k < l; k += 1) {
          const apk = a[p * l + k] ?? 0;
          const aqk = a[q * l + k] ?? 0;
          a[p * l + k] = c * apk - s * aqk;
          a[q * l + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < l; k += 1) {
          const vkp = v[k * l + p] ?? 0;
          const vkq = v[k * l + q] ?? 0;
          v[k * l + p] = c * vkp - s * vkq;
          v[k * l + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(l);
  for (let i = 0; i < l; i += 1) values[i] = a[i * l + i] ?? 0;
  return { values, vectors: v };
}

/** Fits an LSA projection of `dims` directions on the given sample rows of `x`. */
export function fitLsa(x: SparseRows, rows: Int32Array, dims: number, random: () => number, whiten = false): Lsa {
  const l = Math.max(1, Math.min(dims + OVERSAMPLE, rows.length, x.cols));
  const omega = new Float64Array(x.cols * l);
  for (let i = 0; i < omega.length; i += 1) omega[i] = random() < 0.5 ? -1 : 1;
  let q = timesDense(x, rows, omega, l);
  orthonormalize(q, rows.length, l);
  for (let it = 0; it < POWER_ITERATIONS; it += 1) {
    const z = transposeTimesDense(x, rows, q, l);
    orthonormalize(z, x.cols, l);
    q = timesDense(x, rows, z, l);
    orthonormalize(q, rows.length, l);
  }
  const z = transposeTimesDense(x, rows, q, l);
  const c = new Float64Array(l * l);
  for (let t = 0; t < x.cols; t += 1) {
    for (let i = 0; i < l; i += 1) {
      const zi = z[t * l + i] ?? 0;
      if (zi === 0) continue;
      for (let j = i; j < l; j += 1) c[i * l + j]! += zi * z[t * l + j]!;
    }
  }
  for (let i = 0; i < l; i += 1) for (let j = 0; j < i; j += 1) c[i * l + j] = c[j * l + i] ?? 0;
  const { values, vectors } = symmetricEigen(c, l);
  const order = Array.from({ length: l }, (_, i) => i).sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0) || a - b);
  const kept = order.slice(0, Math.min(dims, l)).filter((i) => (values[i] ?? 0) > 1e-12);
  const d = Math.max(1, kept.length);
  const basis = new Float32Array(x.cols * d);
  kept.forEach((e, k) => {
    const inv = (whiten ? 1 / Math.sqrt(values[e] ?? 1) : 1) / Math.sqrt(values[e] ?? 1);
    for (let t = 0; t < x.cols; t += 1) {
      let sum = 0;
      for (let j = 0; j < l; j += 1) sum += (z[t * l + j] ?? 0) * (vectors[j * l + e] ?? 0);
      basis[t * d + k] = sum * inv;
    }
  });
  return { dims: d, basis };
}

/** Every row of `x` in the LSA space, unit length (a row with no kept terms stays all zero). */
export function embedRows(x: SparseRows, lsa: Lsa): Float32Array {
  const d = lsa.dims;
  const { indptr, indices, values } = x;
  const basis = lsa.basis;
  const out = new Float32Array(x.rows * d);
  const acc = new Float64Array(d);
  for (let row = 0; row < x.rows; row += 1) {
    acc.fill(0);
    for (let k = indptr[row]!; k < indptr[row + 1]!; k += 1) {
      const v = values[k]!;
      const base = indices[k]! * d;
      for (let j = 0; j < d; j += 1) acc[j]! += v * basis[base + j]!;
    }
    let norm = 0;
    for (let j = 0; j < d; j += 1) norm += acc[j]! * acc[j]!;
    const scale = norm > 1e-20 ? 1 / Math.sqrt(norm) : 0;
    const at = row * d;
    for (let j = 0; j < d; j += 1) out[at + j] = acc[j]! * scale;
  }
  return out;
}
