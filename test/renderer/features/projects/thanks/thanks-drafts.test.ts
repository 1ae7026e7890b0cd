import { describe, expect, it } from 'vitest';
import { MAX_MAILTO_LENGTH } from '../../../../../renderer/src/features/fallback/priority-mailto';
import { thanksMailto, thanksTemplates } from '../../../../../renderer/src/features/projects/thanks/thanks-drafts';
import { draftThanks } from '@shared/domain/thanks-draft';

const parse = (url: string) => {
  const [to = '', query = ''] = url.slice('mailto:'.length).split('?');
  const params = new URLSearchParams(query);
  return { to: decodeURIComponent(to), subject: params.get('subject'), body: params.get('body') };
};

describe('the thank-you email for the desk’s mail program', () => {
  const project = { title: 'Fix the lights on Elm Street', publicSummary: 'We replaced 14 lamps.', status: 'done' } as const;

  it('carries the address, the subject and the text, spaces as %20, never +', () => {
    const draft = draftThanks({ name: 'Ana Silva', concernIds: ['a'] }, project, 'Riverside Town Hall', thanksTemplates());
    const { url, complete } = thanksMailto(' ana+town@example.org ', draft);
    expect(complete).toBe(true);
    expect(parse(url)).toEqual({ to: 'ana+town@example.org', subject: 'Thank you: Fix the lights on Elm Street', body: draft.body });
    expect(url.slice('mailto:ana%2Btown%40example.org'.length)).not.toContain('+');
    expect(draft.body).toContain('Dear Ana Silva,');
    expect(draft.body).toContain('You said, we did: We replaced 14 lamps.');
    expect(draft.body).toContain('Riverside Town Hall');
  });

  it('hands over only the subject when the text is too long for a link, and says so', () => {
    const draft = { subject: 'Thank you', body: 'Ж'.repeat(2000) };
    const { url, complete } = thanksMailto('ana@example.org', draft);
    expect(complete).toBe(false);
    expect(url.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
    expect(parse(url)).toMatchObject({ subject: 'Thank you', body: null });
  });
});
