/**
 * The small, safe Markdown subset of a newsletter's texts (shared/domain/newsletter.ts), read into blocks the
 * renderers write out each in their own format: paragraphs separated by a blank line, lines starting "- " as
 * bullet points, and [text](https://…) links. Nothing else is markup: any other character, HTML tags included,
 * is text, and each renderer escapes it for its format. A link whose address is not a plain http or https URL
 * stays as the text it was written as.
 *
 * Example: "Thank you.\n\n- Lights [fixed](https://town.example/x)\n- Bins" →
 *   [{ kind: 'paragraph', lines: [[{ text: 'Thank you.' }]] },
 *    { kind: 'bullets', items: [[{ text: 'Lights ' }, { text: 'fixed', href: 'https://town.example/x' }], [{ text: 'Bins' }]] }]
 */

/** A run of text, or a link when href is set (always an http or https URL without spaces, quotes or angle brackets). */
export interface Inline {
  readonly text: string;
  readonly href?: string;
}

/** A line of inline runs. */
export type InlineLine = readonly Inline[];

/** A paragraph (its lines, kept as written) or a bullet list (one line per item). */
export type Block =
  | { readonly kind: 'paragraph'; readonly lines: readonly InlineLine[] }
  | { readonly kind: 'bullets'; readonly items: readonly InlineLine[] };

/** An address a link may carry: http or https, a host, no whitespace, quotes, angle brackets or backslashes. */
const SAFE_URL = /^https?:\/\/[^\s"'<>\\`()[\]]+$/i;
/** [text](url): the text has no brackets, the url no spaces or parentheses. */
const LINK = /\[([^\]\n]{1,500})\]\(([^()\s]{1,2000})\)/g;
const BULLET = /^\s*[-*]\s+/;

/** True when `url` may be written as a link's address. */
export function isSafeLinkUrl(url: string): boolean {
  return SAFE_URL.test(url);
}

/**
 * Text without control characters other than line breaks and tabs, line breaks as "\n": nothing a mail body or
 * header cannot carry, and no bidirectional overrides that could disguise a link.
 */
export function printable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\P{Cc}\n\t]/gu, '')
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
}

/** One line of inline runs: links where the address is safe, text everywhere else. */
export function parseInline(line: string): Inline[] {
  const runs: Inline[] = [];
  let at = 0;
  for (const match of line.matchAll(LINK)) {
    const [whole, text = '', href = ''] = match;
    if (!isSafeLinkUrl(href)) continue;
    if (match.index > at) runs.push({ text: line.slice(at, match.index) });
    runs.push({ text, href });
    at = match.index + whole.length;
  }
  if (at < line.length) runs.push({ text: line.slice(at) });
  return runs;
}

/** Reads a text of the subset into blocks; blank input gives none. */
export function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of printable(source).split(/\n[ \t]*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    let paragraph: InlineLine[] = [];
    let bullets: InlineLine[] = [];
    const flush = (): void => {
      if (paragraph.length > 0) blocks.push({ kind: 'paragraph', lines: paragraph });
      if (bullets.length > 0) blocks.push({ kind: 'bullets', items: bullets });
      paragraph = [];
      bullets = [];
    };
    for (const line of lines) {
      if (BULLET.test(line)) {
        if (paragraph.length > 0) flush();
        bullets.push(parseInline(line.replace(BULLET, '').trim()));
      } else {
        if (bullets.length > 0) flush();
        paragraph.push(parseInline(line.trim()));
      }
    }
    flush();
  }
  return blocks;
}

/** The plain words of a text of the subset (links as their text), on one line: for a preheader or a summary. */
export function plainWords(source: string): string {
  return parseBlocks(source)
    .flatMap((block) => (block.kind === 'paragraph' ? block.lines : block.items))
    .map((line) => line.map((run) => run.text).join(''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
