import { describe, expect, it } from 'vitest';
import type { Draft } from '@shared/domain/draft';
import { draftLabel, excerpt } from '../../../../renderer/src/features/capture/draft-label';

const base: Draft = {
  id: '018bcfe5-6800-7000-8000-000000000001',
  kind: 'line',
  text: 'Mr Chen about the bus shelter on Station Road',
  createdAt: '2025-03-04T10:00:00.000Z',
  updatedAt: '2025-03-04T10:00:00.000Z',
};

describe('draft chips', () => {
  it('shows the start of the text on one line, cut with an ellipsis', () => {
    expect(excerpt('  Mr   Chen\nabout  ')).toBe('Mr Chen about');
    expect(excerpt('abcdefghij', 6)).toBe('abcde…');
  });

  it('names line drafts by number and excerpt', () => {
    expect(draftLabel(base, 2)).toBe('Draft 2 · “Mr Chen about the bus shelter on Station Road”');
  });

  it('names a form draft by the summary typed in the form', () => {
    const form: Draft = { ...base, kind: 'form', text: 'line', form: { summary: 'Pothole on Quarry Hill' } };
    expect(draftLabel(form, 3)).toBe('Draft 3 · form · “Pothole on Quarry Hill”');
  });

  it('marks unsaved edits of a saved entry', () => {
    const edit: Draft = { ...base, kind: 'form', text: '', form: { summary: 'Bins' }, concernId: base.id };
    expect(draftLabel(edit, 1)).toBe('Editing · “Bins”');
  });

  it('says when a draft is empty rather than showing nothing', () => {
    expect(draftLabel({ ...base, text: '' }, 1)).toBe('Draft 1 · “empty”');
  });
});
