/**
 * A theme's signature: its heaviest terms (stems and two-stem phrases) with weights, the L2-normalized centroid
 * of its concerns' TF-IDF rows cut to the top MAX_SIGNATURE_TERMS and normalized again. Themes are found afresh
 * every month; a facilitator's correction, an agenda item or a decision names its theme by signature, and
 * finds it again next month when the cosine of the two signatures reaches SIGNATURE_MATCH_THRESHOLD.
 *
 * Example: { terms: [{ term: 'street light', weight: 0.62 }, { term: 'light', weight: 0.55 }, …] }.
 */
import { MAX_SIGNATURE_TERMS, type ThemeSignature } from '../domain/meeting';
import { hashString } from './random';

/**
 * Signatures at least this similar (cosine) are the same theme. Next month's window shares 11 of 12 months
 * with this month's, so the same theme's signature moves little (typically above 0.8); two different themes
 * rarely share half their weight.
 */
export const SIGNATURE_MATCH_THRESHOLD = 0.5;

/** A signature of weighted terms: the top `MAX_SIGNATURE_TERMS` by weight (ties by term), unit length, rounded. */
export function signatureOf(weights: ReadonlyMap<string, number>): ThemeSignature {
  const top = [...weights].filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_SIGNATURE_TERMS);
  // A group with no weighed words (every word a stop word) still needs a signature the schema accepts.
  if (top.length === 0) return { terms: [{ term: '-', weight: 1 }] };
  const norm = Math.sqrt(top.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
  return { terms: top.map(([term, w]) => ({ term, weight: Math.round((w / norm) * 10_000) / 10_000 })) };
}

/** The cosine similarity of two signatures, 0..1. */
export function signatureSimilarity(a: ThemeSignature, b: ThemeSignature): number {
  const weights = new Map(a.terms.map((t) => [t.term, t.weight]));
  let dot = 0;
  for (const t of b.terms) dot += (weights.get(t.term) ?? 0) * t.weight;
  const na = Math.sqrt(a.terms.reduce((s, t) => s + t.weight * t.weight, 0));
  const nb = Math.sqrt(b.terms.reduce((s, t) => s + t.weight * t.weight, 0));
  return na === 0 || nb === 0 ? 0 : Math.min(1, dot / (na * nb));
}

/** Whether two signatures name the same theme. */
export function signaturesMatch(a: ThemeSignature, b: ThemeSignature): boolean {
  return signatureSimilarity(a, b) >= SIGNATURE_MATCH_THRESHOLD;
}

/**
 * A short id from a signature's five heaviest terms (not their weights, so a small shift keeps the id):
 * "theme-" and 12 base-36 characters from two FNV-1a hashes.
 */
export function signatureId(signature: ThemeSignature): string {
  const key = signature.terms.slice(0, 5).map((t) => t.term).join('|');
  return `theme-${hashString(key).toString(36).padStart(6, '0')}${hashString(key, 0x9747b28c).toString(36).padStart(6, '0')}`;
}
