/** Types and pure helpers of the settings form. */
import type { z } from 'zod';
import type { DeskSettingsSchema } from '@shared/domain/settings';
import { t } from '../../i18n';

/** What the form holds while editing: the schema's input type. */
export type SettingsInput = z.input<typeof DeskSettingsSchema>;

interface IssueLike {
  readonly message: string;
}

function hasIssues(error: object): error is { issues: readonly IssueLike[] } {
  return 'issues' in error && Array.isArray(error.issues);
}

/**
 * Why saving failed, in a sentence the person at the desk can act on. The desk rejects with the schema's error
 * (whose issues carry our plain messages) or with a storage error; neither's raw text is shown as is, since a
 * ZodError's message is JSON and a storage error can be empty.
 */
export function saveErrorReason(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    if (hasIssues(error) && error.issues[0] !== undefined) return sentence(error.issues[0].message);
    if (error instanceof Error && error.message.trim() !== '') return sentence(error.message);
  }
  return t('settings.saveFailed.unknown');
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
