/**
 * The newsletter's files: the issue rendered by the shared renderers (shared/newsletter/render.ts, the same the
 * server sends) as an HTML email, plain text or Markdown, and the recipients as CSV for the office's own mailing
 * tool (name, email; RFC 4180, a byte-order mark, CRLF, and a cell that could start a formula made text, as the
 * meeting's CSV does). Pure, so the exports are tested without a desk.
 */
import type { NewsletterContent } from '@shared/domain/newsletter';
import type { Month } from '@shared/domain/meeting';
import { sanitizeFileName, type ExportKind } from '@shared/ipc/contract';
import { renderNewsletterHtml, renderNewsletterMarkdown, renderNewsletterText, type NewsletterRenderOptions } from '@shared/newsletter/render';
import type { NewsletterRecipient } from '../../db/newsletter';
import { csvCell } from '../meeting/export/csv';
import { t } from '../../i18n';

/** The kinds of file the newsletter exports as its issue. */
export type IssueFileKind = 'html' | 'text' | 'markdown';

/** The issue as a file of this kind. */
export function renderIssue(kind: IssueFileKind, month: Month, content: NewsletterContent, options: NewsletterRenderOptions): string {
  const issue = { ...content, month };
  if (kind === 'html') return renderNewsletterHtml(issue, options);
  if (kind === 'text') return renderNewsletterText(issue, options);
  return renderNewsletterMarkdown(issue, options);
}

/** The name a newsletter file suggests: "Newsletter 2026-11.html", "Newsletter recipients 2026-11.csv". */
export function newsletterFileName(month: Month, kind: ExportKind): string {
  const name = kind === 'csv' ? t('newsletter.file.recipients', { month }) : t('newsletter.file.issue', { month });
  return sanitizeFileName(name, kind);
}

/** The recipients as CSV text: a header row, then one row per person. */
export function recipientsCsv(recipients: readonly NewsletterRecipient[]): string {
  const lines = ['name,email', ...recipients.map((r) => `${csvCell(r.name)},${csvCell(r.email)}`)];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
