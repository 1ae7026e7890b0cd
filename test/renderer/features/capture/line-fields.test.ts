import { describe, expect, it } from 'vitest';
import { parseQuickLine } from '@shared/domain/quick-line';
import { fieldsFromParsed, formFieldsFromLine } from '../../../../renderer/src/features/capture/line-fields';

describe('quick line to concern fields', () => {
  it('saves summary, tags and priority on the desk default channel', () => {
    const fields = fieldsFromParsed(parseQuickLine('Mrs Lopez called, streetlight out on Elm St #streetlights !top'), 'walk-in');
    expect(fields).toMatchObject({
      channel: 'walk-in',
      summary: 'Mrs Lopez called, streetlight out on Elm St',
      tags: ['streetlights'],
      priority: 'top',
      status: 'new',
    });
  });

  it('keeps words the parser refused in the summary when opening the form, so nothing is lost', () => {
    const fields = formFieldsFromLine('Graffiti on the underpass #bad$tag !soon #graffiti', 'phone');
    expect(fields.summary).toBe('Graffiti on the underpass #bad$tag !soon');
    expect(fields.tags).toEqual(['graffiti']);
  });

  it('opens an empty form from an empty line', () => {
    expect(formFieldsFromLine('', 'email')).toMatchObject({ summary: '', tags: [], channel: 'email' });
  });
});
