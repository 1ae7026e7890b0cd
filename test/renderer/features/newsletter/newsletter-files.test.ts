/**
 * The newsletter's files and the consent's small rules at the desk: the recipients CSV (formula-guarded), the
 * issue rendered by the shared renderers, the privacy gate's count, the consent kept in a set-aside draft, and
 * the consent shown in a concern's contact lines.
 */
import { describe, expect, it } from 'vitest';
import { emptyConcernFields, type Contact } from '@shared/domain/concern';
import type { NewsletterContent } from '@shared/domain/newsletter';
import { fieldsFromDraft } from '../../../../renderer/src/features/concern-form/form-values';
import { moveSection, newSectionId } from '../../../../renderer/src/features/newsletter/NewsletterEditor';
import { newsletterFileName, recipientsCsv, renderIssue } from '../../../../renderer/src/features/newsletter/newsletter-files';
import { personalDataCount } from '../../../../renderer/src/features/newsletter/office-personal';
import { contactLines } from '../../../../renderer/src/lib/contact-lines';

const content: NewsletterContent = {
  subject: 'What you told us in November',
  intro: 'Thank you for writing to us.',
  sections: [
    { id: 'themes', kind: 'themes', heading: 'What you told us', body: '- Street lights (12 concerns)' },
    { id: 'done', kind: 'resolved', heading: 'Done', body: 'We resolved 30 concerns.' },
  ],
  closing: 'See you next month.',
};

describe('recipients CSV', () => {
  it('writes name and email, quoting where needed, and turns a would-be formula into text', () => {
    const csv = recipientsCsv([
      { name: 'Ana Silva', email: 'ana@example.org' },
      { name: '=HYPERLINK("http://evil")', email: '+1@example.org' },
      { name: 'Lopez, Maria', email: 'maria@example.org' },
    ]);
    expect(csv).toBe('\uFEFFname,email\r\nAna Silva,ana@example.org\r\n"\'=HYPERLINK(""http://evil"")",\'+1@example.org\r\n"Lopez, Maria",maria@example.org\r\n');
  });

  it('suggests file names by month and kind', () => {
    expect(newsletterFileName('2026-11', 'csv')).toBe('Newsletter recipients 2026-11.csv');
    expect(newsletterFileName('2026-11', 'html')).toBe('Newsletter 2026-11.html');
    expect(newsletterFileName('2026-11', 'text')).toBe('Newsletter 2026-11.txt');
  });
});

describe('issue files', () => {
  it('renders the HTML email, the text and the Markdown with every section', () => {
    for (const kind of ['html', 'text', 'markdown'] as const) {
      const file = renderIssue(kind, '2026-11', content, { officeName: 'Riverside council' });
      for (const part of ['What you told us', 'Street lights', 'We resolved 30 concerns', 'Riverside council']) expect(file).toContain(part);
    }
  });

  it("counts the personal data of the office's concerns left in a file, and none in a clean one", () => {
    const personal = { values: ['Maria Lopez', 'maria@example.org', '555 014 2368'] };
    expect(personalDataCount(renderIssue('html', '2026-11', content, { officeName: 'Riverside' }), personal)).toBe(0);
    const leaky = { ...content, intro: 'Thanks to Maria Lopez (555-014-2368) for writing.' };
    expect(personalDataCount(renderIssue('text', '2026-11', leaky, { officeName: 'Riverside' }), personal)).toBeGreaterThanOrEqual(2);
  });
});

describe('sections', () => {
  it('moves a section up or down and keeps it in place at either end', () => {
    const [a, b] = content.sections as [NewsletterContent['sections'][number], NewsletterContent['sections'][number]];
    expect(moveSection(content.sections, 1, -1)).toEqual([b, a]);
    expect(moveSection(content.sections, 0, -1)).toEqual([a, b]);
    expect(moveSection(content.sections, 1, 1)).toEqual([a, b]);
  });

  it('gives a new section an id no other section has', () => {
    expect(newSectionId([...content.sections, { id: 'custom-1', kind: 'custom', heading: 'x', body: '' }])).toBe('custom-2');
  });
});

describe('the newsletter consent at the desk', () => {
  const base: Contact = { ...emptyConcernFields().contact, name: 'Ana', email: 'ana@example.org' };

  it('keeps a ticked consent in a set-aside draft, and leaves it out when not ticked', () => {
    const fallback = emptyConcernFields('phone');
    expect(fieldsFromDraft({ contact: { ...base, consentToUpdates: true } }, fallback).contact.consentToUpdates).toBe(true);
    expect(fieldsFromDraft({ contact: { ...base, consentToUpdates: false } }, fallback).contact).not.toHaveProperty('consentToUpdates');
    expect(fieldsFromDraft({ contact: base }, fallback).contact).not.toHaveProperty('consentToUpdates');
  });

  it("shows the consent in the concern's contact lines only when given", () => {
    expect(contactLines({ ...base, consentToUpdates: true })).toContain('Gets the monthly newsletter');
    expect(contactLines(base)).not.toContain('Gets the monthly newsletter');
  });
});
