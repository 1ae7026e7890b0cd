/**
 * Finding a theme again by its signature, for the interface: an agenda item, a decision or a correction names
 * its theme by signature, and this month's theme is the one whose signature matches best.
 */
import type { ThemeSignature } from '../domain/meeting';
import { bestMatch } from './corrections';
import type { Theme } from './types';

/** A theme's signature (what agenda items, decisions and corrections store to name it). */
export function themeSignatureOf(theme: Theme): ThemeSignature {
  return theme.signature;
}

/** The theme whose signature matches `signature` best, if any reaches the match threshold. */
export function matchTheme(signature: ThemeSignature, themes: readonly Theme[]): Theme | null {
  return themes[bestMatch(signature, themes.map((t) => t.signature))] ?? null;
}
