/**
 * Rendering a monthly newsletter issue (shared/domain/newsletter.ts), the one renderer for both the server,
 * which sends it (with each recipient's unsubscribe link), and the desk, which exports it (without one, saying
 * where the link will go). Pure: no clock, no DOM, no Node.
 *
 *   renderNewsletterHtml(issue, { officeName: 'Town Hall', statusListUrl, unsubscribeUrl })  an HTML email
 *   renderNewsletterText(issue, options)                                                     plain text
 *   renderNewsletterMarkdown(issue, options)                                                 Markdown
 *
 * The issue's texts use the small Markdown subset of render-markup.ts; everything else in them is escaped.
 */
export { renderNewsletterHtml, escapeHtml } from './render-html';
export { renderNewsletterText, renderNewsletterMarkdown, escapeMarkdown } from './render-text';
export { monthInWords, newsletterSubject, preheaderOf, type NewsletterIssue, type NewsletterRenderOptions } from './render-common';
export { parseBlocks, isSafeLinkUrl, type Block, type Inline } from './render-markup';
