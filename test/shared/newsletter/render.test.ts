import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NewsletterIssue } from '@shared/newsletter/render';
import { monthInWords, parseBlocks, renderNewsletterHtml, renderNewsletterMarkdown, renderNewsletterText } from '@shared/newsletter/render';

const ISSUE: NewsletterIssue = {
  month: '2026-11',
  subject: 'What you told us in November',
  intro: 'Thank you for telling us what matters.\n\nHere is what we did.',
  sections: [
    { id: 'themes', kind: 'themes', heading: 'What we heard', body: '- Street lights out (42 concerns)\n- Bins [collected](https://town.example/bins) late' },
    { id: 'projects', kind: 'projects', heading: 'What we are doing', body: 'The park gate is fixed.\nThe bridge is next.' },
  ],
  closing: 'See you next month.',
};
const OPTIONS = { officeName: 'Town Hall', unsubscribeUrl: 'https://notebook.town.example/newsletter/unsubscribe/abc', statusListUrl: 'https://notebook.town.example/public/town' };

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "<a href='javascript:alert(1)'>x</a>",
  '[click](javascript:alert(1))',
  '[click](https://ok.example/"onmouseover="alert(1))',
  '[x](https://a.example/<b>)',
  '<style>body{display:none}</style>',
  '&lt;escaped&gt; &amp;',
  '\r\nBcc: everyone@example.net\r\n',
  '# Heading\n> quote\n1. one\n***bold***\n`code`\n| a | b |',
  '\u202Egnp.exe\u0000\u0007',
  '<!-- comment --><![CDATA[x]]>',
];

/** The tags the renderer writes: every tag in the output must be one of these, with only these attributes. */
const OUR_TAG =
  /^<(?:!doctype html|\/?(?:html|head|body|title|div|p|h1|h2|ul|li|a|strong)|meta|br|img)(?: (?:lang|charset|name|content|style|role|aria-roledescription|href|src|alt|height)="[^"<>]*")*>$/;

function tagsOf(html: string): string[] {
  return html.match(/<[^>]*>?/g) ?? [];
}

function expectOnlyOurMarkup(html: string): void {
  for (const tag of tagsOf(html)) expect(tag).toMatch(OUR_TAG);
  for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https?:\/\/[^\s<>"']+$/);
  // Outside tags, text holds no markup characters, only entities.
  const text = html.replace(/<[^>]*>/g, '');
  expect(text).not.toMatch(/[<>"]/);
}

const hostileIssue = (text: string): NewsletterIssue => ({
  month: '2026-11',
  subject: text || 'x',
  intro: text,
  sections: [{ id: 'custom', kind: 'custom', heading: text || 'x', body: `${text}\n\n- ${text}\n- [${text}](https://ok.example/)` }],
  closing: text,
});

describe('rendering a newsletter issue', () => {
  it('writes an HTML email with a preheader, headings in order, the safe links and a footer that says why and how to stop', () => {
    const html = renderNewsletterHtml(ISSUE, OPTIONS);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<title>What you told us in November</title>');
    expect(html).toMatch(/<div style="display: none;[^"]*">Thank you for telling us what matters\. Here is what we did\.<\/div>/);
    expect(html.indexOf('<h1')).toBeLessThan(html.indexOf('<h2'));
    expect(html).toContain('Town Hall · November 2026');
    expect(html).toContain('<a href="https://town.example/bins" style="color: #0b57d0; text-decoration: underline">collected</a>');
    expect(html).toContain('<li style="margin: 0 0 6px">Street lights out (42 concerns)</li>');
    expect(html).toContain('The park gate is fixed.<br>The bridge is next.');
    expect(html).toContain('You get this email from Town Hall because you asked for updates when you contacted us.');
    expect(html).toContain('href="https://notebook.town.example/newsletter/unsubscribe/abc"');
    expect(html).toContain('href="https://notebook.town.example/public/town"');
    expect(html).not.toMatch(/<table|<script|<style/);
    expectOnlyOurMarkup(html);
  });

  it('gives the logo its office name as alt text, and leaves out a logo that is not https', () => {
    expect(renderNewsletterHtml(ISSUE, { ...OPTIONS, logoUrl: 'https://town.example/logo.png' })).toContain(
      '<img src="https://town.example/logo.png" alt="Town Hall" height="48"',
    );
    expect(renderNewsletterHtml(ISSUE, { ...OPTIONS, logoUrl: 'http://town.example/logo.png' })).not.toContain('<img');
    expect(renderNewsletterHtml(ISSUE, { ...OPTIONS, logoUrl: 'javascript:alert(1)' })).not.toContain('<img');
  });

  it('says where the unsubscribe link will go in a desk export, which has none', () => {
    const options = { officeName: 'Town Hall' };
    for (const output of [renderNewsletterHtml(ISSUE, options), renderNewsletterText(ISSUE, options), renderNewsletterMarkdown(ISSUE, options)]) {
      expect(output).toContain('Each email we send has a link here to unsubscribe');
      expect(output).not.toContain('/newsletter/unsubscribe/');
    }
  });

  it('writes plain text with links after their words and underlined headings', () => {
    const text = renderNewsletterText(ISSUE, OPTIONS);
    expect(text).toContain('What you told us in November\n============================');
    expect(text).toContain('What we heard\n-------------\n\n- Street lights out (42 concerns)\n- Bins collected (https://town.example/bins) late');
    expect(text).toContain('No longer want these emails? Unsubscribe: https://notebook.town.example/newsletter/unsubscribe/abc');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('writes Markdown with the allowed links as links and everything else escaped', () => {
    const markdown = renderNewsletterMarkdown({ ...ISSUE, intro: '<b>Bold</b> *not* #1 & [x](javascript:y)' }, OPTIONS);
    expect(markdown).toContain('# What you told us in November');
    expect(markdown).toContain('\\<b\\>Bold\\</b\\> \\*not\\* \\#1 \\& \\[x\\](javascript:y)');
    expect(markdown).toContain('- Bins [collected](https://town.example/bins) late');
    expect(markdown).toContain('[Unsubscribe](https://notebook.town.example/newsletter/unsubscribe/abc)');
  });

  it.each(HOSTILE)('never lets an issue add markup, links or headers: %j', (text) => {
    const issue = hostileIssue(text);
    const html = renderNewsletterHtml(issue, { ...OPTIONS, officeName: text });
    expectOnlyOurMarkup(html);
    expect(html).not.toMatch(/<script|<img src=x|<style>|href="javascript/i);
    const markdown = renderNewsletterMarkdown(issue, OPTIONS);
    expect(markdown).not.toMatch(/(^|[^\\])<[a-z!/]/im);
    expect(markdown).not.toMatch(/(?<!\\)\]\((?!https?:\/\/)/);
    for (const output of [html, markdown, renderNewsletterText(issue, OPTIONS)]) {
      expect(output).not.toMatch(/[^\P{Cc}\n\t]|\u202E/u);
      expect(output).not.toContain('\r');
    }
  });

  it('keeps hostile option values out of links', () => {
    const html = renderNewsletterHtml(ISSUE, { officeName: 'Town', unsubscribeUrl: 'javascript:alert(1)', statusListUrl: 'https://x.example/"><script>' });
    expectOnlyOurMarkup(html);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('Each email we send has a link here to unsubscribe');
  });

  it('reads the Markdown subset: paragraphs, bullets, http(s) links only', () => {
    expect(parseBlocks('One\ntwo\n\n- a\n* b [c](http://x.example/c) [d](ftp://x/d)')).toEqual([
      { kind: 'paragraph', lines: [[{ text: 'One' }], [{ text: 'two' }]] },
      {
        kind: 'bullets',
        items: [[{ text: 'a' }], [{ text: 'b ' }, { text: 'c', href: 'http://x.example/c' }, { text: ' [d](ftp://x/d)' }]],
      },
    ]);
    expect(parseBlocks('  \n\n ')).toEqual([]);
    expect(monthInWords('2026-01')).toBe('January 2026');
    expect(monthInWords('bad')).toBe('bad');
  });

  it('property: any text renders to our markup only, with safe links, in every format, deterministically', () => {
    const piece = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...HOSTILE), fc.webUrl().map((url) => `[go](${url})`));
    const text = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, text, fc.string({ maxLength: 30 }), (intro, body, office) => {
        const issue = { ...hostileIssue(body), intro };
        const options = { officeName: office, unsubscribeUrl: 'https://n.example/newsletter/unsubscribe/t' };
        const html = renderNewsletterHtml(issue, options);
        expectOnlyOurMarkup(html);
        expect(renderNewsletterHtml(issue, options)).toBe(html);
        const markdown = renderNewsletterMarkdown(issue, options);
        expect(markdown).not.toMatch(/(^|[^\\])<[a-z!/?]/im);
        expect(markdown).not.toMatch(/(?<!\\)\]\((?!https?:\/\/)/);
        expect(renderNewsletterText(issue, options)).toContain('Unsubscribe: https://n.example/newsletter/unsubscribe/t');
      }),
      { numRuns: 300 },
    );
  });
});
