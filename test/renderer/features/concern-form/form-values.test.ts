import { describe, expect, it } from 'vitest';
import { emptyConcernFields } from '@shared/domain/concern';
import { countErrors, describedBy, fieldsFromDraft } from '../../../../renderer/src/features/concern-form/form-values';

describe('form values from drafts', () => {
  const fallback = { ...emptyConcernFields('phone'), summary: 'Saved summary' };

  it('gives back every readable field as typed, even values that do not validate yet', () => {
    const form = {
      ...emptyConcernFields('email'),
      summary: 'Pothole',
      contact: { ...emptyConcernFields().contact, email: 'john.reid@', anonymous: true },
      tags: ['potholes'],
      followUp: { needed: true, due: '2025-03-05' },
    };
    expect(fieldsFromDraft(form, fallback)).toEqual(form);
  });

  it('falls back field by field when a draft is partial or from an older version', () => {
    const fields = fieldsFromDraft({ summary: 42, channel: 'fax', contact: { name: 'Ana' }, tags: ['a', 7] }, fallback);
    expect(fields.summary).toBe('Saved summary');
    expect(fields.channel).toBe('phone');
    expect(fields.contact.name).toBe('Ana');
    expect(fields.contact.preferredReply).toBe('none');
    expect(fields.tags).toEqual(['a']);
  });

  it('survives a draft with no form at all', () => {
    expect(fieldsFromDraft(undefined, fallback)).toEqual(fallback);
  });
});

describe('form errors', () => {
  it('counts each field with a message, nested ones included', () => {
    const errors = {
      summary: { type: 'too_small', message: 'Write a short summary', ref: {} },
      contact: { email: { type: 'custom', message: 'Enter an email address' }, phone: { type: 'custom', message: 'x' } },
      tags: [undefined, { type: 'invalid', message: 'bad tag' }],
    };
    expect(countErrors(errors)).toBe(4);
    expect(countErrors({})).toBe(0);
  });

  it('points a control at its hint and error only when they are shown', () => {
    expect(describedBy('contact.email', false, true)).toBe('form-error-contact-email');
    expect(describedBy('summary', true, true)).toBe('form-hint-summary form-error-summary');
    expect(describedBy('summary', false, false)).toBeUndefined();
  });
});
