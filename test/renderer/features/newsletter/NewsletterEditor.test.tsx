/** The newsletter editor's markup: errors tied to their fields, the move buttons at the ends, and a sent issue read-only. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { NewsletterContent } from '@shared/domain/newsletter';
import { NewsletterEditor } from '../../../../renderer/src/features/newsletter/NewsletterEditor';

const content: NewsletterContent = {
  subject: 'November news',
  intro: 'Hello',
  sections: [
    { id: 'themes', kind: 'themes', heading: 'What you told us', body: '- Lights' },
    { id: 'done', kind: 'resolved', heading: '', body: 'We resolved 3.' },
  ],
  closing: 'Bye',
};
const render = (isReadOnly: boolean, errors: Record<string, string> = {}) =>
  renderToStaticMarkup(<NewsletterEditor content={content} errors={errors} isReadOnly={isReadOnly} onChange={() => undefined} onSaveNow={() => undefined} />);

describe('NewsletterEditor', () => {
  it("ties each error to its field, so a screen reader reads it with the field", () => {
    const html = render(false, { 'sections.1.heading': 'Give the section a heading', subject: 'Give the newsletter a subject line' });
    expect(html).toMatch(/id="newsletter-section-done-heading"[^>]*aria-invalid="true"[^>]*aria-describedby="newsletter-section-done-heading-error"/);
    expect(html).toContain('<p class="field-error" id="newsletter-section-done-heading-error">Give the section a heading</p>');
    expect(html).toMatch(/id="newsletter-subject"[^>]*aria-invalid="true"[^>]*aria-describedby="newsletter-subject-error"/);
    expect(html).toContain('Section 2: no heading yet');
  });

  it('offers moving the first section only down and the last only up, with Alt+arrows named', () => {
    const html = render(false);
    expect(html).toMatch(/id="newsletter-section-themes-up"[^>]*disabled=""/);
    expect(html).not.toMatch(/id="newsletter-section-themes-down"[^>]*disabled=""/);
    expect(html).toMatch(/id="newsletter-section-done-down"[^>]*disabled=""/);
    expect(html).toContain('aria-keyshortcuts="Alt+ArrowUp"');
    expect(html).toContain('Add a section');
  });

  it('shows a sent issue read-only: no moving, removing or adding', () => {
    const html = render(true);
    expect(html).not.toContain('Move section up');
    expect(html).not.toContain('Remove section');
    expect(html).not.toContain('Add a section');
    expect((html.match(/readOnly=""|readonly=""/g) ?? []).length).toBe(7);
  });
});
