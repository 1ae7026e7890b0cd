/** How a draft is named on its chip: its number and the start of what was typed. */
import type { Draft } from '@shared/domain/draft';
import { t } from '../../i18n';

/** The first `max` characters of the text on one line, with an ellipsis when cut. */
export function excerpt(text: string, max = 48): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** The text a draft is recognised by: the line, or for a form the summary typed so far. */
export function draftText(draft: Draft): string {
  const summary = draft.form?.['summary'];
  if (draft.kind === 'form' && typeof summary === 'string' && summary.trim() !== '') return summary;
  return draft.text;
}

/** "Draft 2 · “Mr Chen about…”", "Draft 3 · form · “…”" or "Editing · “…”". */
export function draftLabel(draft: Draft, number: number): string {
  const text = excerpt(draftText(draft)) || t('drafts.empty');
  if (draft.concernId !== undefined) return t('drafts.chipEdit', { excerpt: text });
  return t(draft.kind === 'form' ? 'drafts.chipForm' : 'drafts.chip', { number, excerpt: text });
}
