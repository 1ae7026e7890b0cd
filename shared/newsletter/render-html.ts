/**
 * A newsletter issue as an HTML email: one centred column without layout tables, inline styles only (mail
 * programs drop style sheets), system fonts, a hidden preheader, headings in order, and a plain footer. Every
 * piece of the issue's text is escaped; links are written only for http(s) addresses (render-markup.ts), so an
 * issue's text can never add markup, scripts, styles or attributes.
 */
import { parseBlocks, type Block, type InlineLine } from './render-markup';
import { footerOf, monthInWords, newsletterSubject, officeNameOf, oneLine, preheaderOf, safeUrl, type NewsletterIssue, type NewsletterRenderOptions } from './render-common';

/** Escapes text for HTML element content and attribute values (quotes included). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const FONT = "font-family: -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const TEXT = `${FONT}; font-size: 16px; line-height: 1.5; color: #1f2328`;
const LINK = 'color: #0b57d0; text-decoration: underline';
const MUTED = `${FONT}; font-size: 14px; line-height: 1.5; color: #4a4f55`;
const FOOTER_LINK = 'color: #1f2328; text-decoration: underline';

function link(text: string, href: string, style = LINK): string {
  return `<a href="${escapeHtml(href)}" style="${style}">${escapeHtml(text)}</a>`;
}

function inline(line: InlineLine): string {
  return line.map((run) => (run.href === undefined ? escapeHtml(run.text) : link(run.text, run.href))).join('');
}

function block(b: Block): string {
  if (b.kind === 'paragraph') return `<p style="margin: 0 0 16px; ${TEXT}">${b.lines.map(inline).join('<br>')}</p>`;
  const items = b.items.map((item) => `<li style="margin: 0 0 6px">${inline(item)}</li>`).join('');
  return `<ul style="margin: 0 0 16px; padding-left: 24px; ${TEXT}">${items}</ul>`;
}

function text(source: string): string {
  return parseBlocks(source).map(block).join('\n');
}

function footer(options: NewsletterRenderOptions): string {
  const parts = footerOf(options);
  const lines = [escapeHtml(parts.why)];
  if (parts.statusList !== undefined) lines.push(`${escapeHtml(parts.statusList.lead)} ${link(parts.statusList.text, parts.statusList.href, FOOTER_LINK)}.`);
  lines.push(
    'note' in parts.unsubscribe
      ? escapeHtml(parts.unsubscribe.note)
      : `${escapeHtml(parts.unsubscribe.lead)} ${link(parts.unsubscribe.text, parts.unsubscribe.href, FOOTER_LINK)}.`,
  );
  return [
    `<div role="contentinfo" style="margin-top: 32px; padding-top: 16px; border-top: 1px solid #d0d7de">`,
    `<p style="margin: 0 0 8px; ${MUTED}"><strong>${escapeHtml(officeNameOf(options))}</strong></p>`,
    ...lines.map((line) => `<p style="margin: 0 0 8px; ${MUTED}">${line}</p>`),
    '</div>',
  ].join('\n');
}

function logo(options: NewsletterRenderOptions): string {
  const href = safeUrl(options.logoUrl);
  if (href === undefined || !href.toLowerCase().startsWith('https://')) return '';
  // Alt text: the office's name, so a mail program that blocks images still says who wrote.
  return `<img src="${escapeHtml(href)}" alt="${escapeHtml(officeNameOf(options))}" height="48" style="display: block; height: 48px; width: auto; margin: 0 0 16px; border: 0">`;
}

/** The issue as a complete HTML email document. */
export function renderNewsletterHtml(issue: NewsletterIssue, options: NewsletterRenderOptions): string {
  const subject = newsletterSubject(issue);
  const office = officeNameOf(options);
  const sections = issue.sections
    .map((section) => [`<h2 style="margin: 28px 0 12px; ${FONT}; font-size: 20px; line-height: 1.3; color: #1f2328">${escapeHtml(oneLine(section.heading))}</h2>`, text(section.body)].join('\n'))
    .join('\n');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<title>${escapeHtml(subject)}</title>`,
    '</head>',
    '<body style="margin: 0; padding: 0; background: #f6f7f9">',
    // The preheader: shown by mail programs next to the subject, hidden in the message itself.
    `<div style="display: none; max-height: 0; overflow: hidden; mso-hide: all; font-size: 1px; line-height: 1px; color: #f6f7f9">${escapeHtml(preheaderOf(issue))}</div>`,
    '<div role="article" aria-roledescription="email" lang="en" style="max-width: 600px; margin: 0 auto; padding: 24px 16px">',
    '<div style="background: #ffffff; border-radius: 8px; padding: 32px 24px">',
    logo(options),
    `<p style="margin: 0 0 4px; ${MUTED}">${escapeHtml(office)} · ${escapeHtml(monthInWords(issue.month))}</p>`,
    `<h1 style="margin: 0 0 20px; ${FONT}; font-size: 26px; line-height: 1.25; color: #1f2328">${escapeHtml(subject)}</h1>`,
    text(issue.intro),
    sections,
    issue.closing.trim() === '' ? '' : `<div style="margin-top: 28px">${text(issue.closing)}</div>`,
    footer(options),
    '</div>',
    '</div>',
    '</body>',
    '</html>',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
