/**
 * A newsletter issue as plain text (the text part of the email, and a desk export) and as Markdown (a desk
 * export for the office's own mailing tool or website). Plain text writes links as "text (https://…)". Markdown
 * escapes every character that would be markup, HTML included, so a Markdown renderer shows the issue's text
 * as written and only the links the subset allows (render-markup.ts) become links.
 */
import { parseBlocks, type Block, type InlineLine } from './render-markup';
import { footerOf, monthInWords, newsletterSubject, officeNameOf, oneLine, type NewsletterIssue, type NewsletterRenderOptions } from './render-common';

function plainLine(line: InlineLine): string {
  return line.map((run) => (run.href === undefined || run.href === run.text ? run.text : `${run.text} (${run.href})`)).join('');
}

function plainBlock(block: Block): string {
  return block.kind === 'paragraph' ? block.lines.map(plainLine).join('\n') : block.items.map((item) => `- ${plainLine(item)}`).join('\n');
}

function plain(source: string): string[] {
  return parseBlocks(source).map(plainBlock);
}

function underline(title: string, mark: string): string {
  return `${title}\n${mark.repeat(Math.max(3, Math.min(72, [...title].length)))}`;
}

/** The issue as plain text, footer included. */
export function renderNewsletterText(issue: NewsletterIssue, options: NewsletterRenderOptions): string {
  const footer = footerOf(options);
  const parts = [
    `${officeNameOf(options)} · ${monthInWords(issue.month)}`,
    underline(newsletterSubject(issue), '='),
    ...plain(issue.intro),
    ...issue.sections.flatMap((section) => [underline(oneLine(section.heading), '-'), ...plain(section.body)]),
    ...plain(issue.closing),
    '--',
    footer.why,
    ...(footer.statusList === undefined ? [] : [`${footer.statusList.lead} ${footer.statusList.href}`]),
    'note' in footer.unsubscribe ? footer.unsubscribe.note : `${footer.unsubscribe.lead} ${footer.unsubscribe.text}: ${footer.unsubscribe.href}`,
  ];
  return `${parts.join('\n\n')}\n`;
}

/** Escapes text so Markdown shows it as written: inline markup, HTML and entities, and block markers at a line's start. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]{}<>&|~#!]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function markdownLine(line: InlineLine): string {
  return line.map((run) => (run.href === undefined ? escapeMarkdown(run.text) : `[${escapeMarkdown(run.text)}](${run.href})`)).join('');
}

function markdownBlock(block: Block): string {
  // Two spaces end a line inside a paragraph: Markdown would otherwise run the lines together.
  return block.kind === 'paragraph'
    ? block.lines.map(markdownLine).join('  \n')
    : block.items.map((item) => `- ${markdownLine(item)}`).join('\n');
}

function markdown(source: string): string[] {
  return parseBlocks(source).map(markdownBlock);
}

/** The issue as Markdown, footer included. */
export function renderNewsletterMarkdown(issue: NewsletterIssue, options: NewsletterRenderOptions): string {
  const footer = footerOf(options);
  const parts = [
    `# ${escapeMarkdown(newsletterSubject(issue))}`,
    `*${escapeMarkdown(officeNameOf(options))} · ${escapeMarkdown(monthInWords(issue.month))}*`,
    ...markdown(issue.intro),
    ...issue.sections.flatMap((section) => [`## ${escapeMarkdown(oneLine(section.heading))}`, ...markdown(section.body)]),
    ...markdown(issue.closing),
    '---',
    escapeMarkdown(footer.why),
    ...(footer.statusList === undefined ? [] : [`${escapeMarkdown(footer.statusList.lead)} [${footer.statusList.text}](${footer.statusList.href})`]),
    'note' in footer.unsubscribe
      ? escapeMarkdown(footer.unsubscribe.note)
      : `${escapeMarkdown(footer.unsubscribe.lead)} [${footer.unsubscribe.text}](${footer.unsubscribe.href})`,
  ];
  return `${parts.join('\n\n')}\n`;
}
