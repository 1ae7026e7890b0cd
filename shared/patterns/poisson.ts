/**
 * Exact Poisson tails in log space, for the trend test: P(X >= k) and P(X <= k) for X ~ Poisson(lambda), summed
 * from log-probabilities (log-sum-exp), so counts in the thousands neither overflow nor underflow. Each tail is
 * summed on its short side (the one away from the mean) and the other taken as 1 minus it, so at most a few
 * standard deviations of terms are added.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7: about 15 significant digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0] ?? 1;
  const t = z + 7.5;
  for (let i = 1; i < 9; i += 1) a += (LANCZOS[i] ?? 0) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

function logPmf(i: number, lambda: number): number {
  return -lambda + i * Math.log(lambda) - logGamma(i + 1);
}

/** ln of the sum of exp(logPmf(i)) for i in [from, to]. */
function logSum(from: number, to: number, lambda: number): number {
  let max = -Infinity;
  for (let i = from; i <= to; i += 1) max = Math.max(max, logPmf(i, lambda));
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (let i = from; i <= to; i += 1) sum += Math.exp(logPmf(i, lambda) - max);
  return max + Math.log(sum);
}

/** How far past the mean the upper short-side sum runs: the terms beyond are below 1e-20 of the tail. */
function upperEnd(k: number, lambda: number): number {
  return Math.ceil(Math.max(k, lambda) + 12 * Math.sqrt(lambda) + 60);
}

/** P(X >= k) for X ~ Poisson(lambda). */
export function poissonUpperTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  if (k > lambda) return Math.min(1, Math.exp(logSum(k, upperEnd(k, lambda), lambda)));
  return Math.max(0, 1 - Math.exp(logSum(0, k - 1, lambda)));
}

/** P(X <= k) for X ~ Poisson(lambda). */
export function poissonLowerTail(k: number, lambda: number): number {
  if (k < 0) return 0;
  if (lambda <= 0) return 1;
  if (k < lambda) return Math.min(1, Math.exp(logSum(0, k, lambda)));
  return Math.max(0, 1 - Math.exp(logSum(k + 1, upperEnd(k + 1, lambda), lambda)));
}
