import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConcernFieldsSchema } from '@shared/domain/concern';
import { concernFieldsOfHistoryRow, splitHistoryText } from '@shared/domain/history-concern';
import { MAX_HISTORY_TEXT_LENGTH, type HistoryRow } from '@shared/domain/history-import';
import { LIMITS } from '@shared/domain/limits';

const row = (changes: Partial<HistoryRow> = {}): HistoryRow => ({
  id: 'A-1',
  created_at: '2026-03-04T09:30:00.000Z',
  text: 'Street light out on Oak Lane.',
  category: '',
  channel: '',
  location: '',
  ...changes,
});

describe('splitHistoryText', () => {
  it('takes the first sentence as the summary and the rest as the details', () => {
    expect(splitHistoryText('Bins not emptied on Elm St. Third week running.\nCaller was upset.')).toEqual({
      summary: 'Bins not emptied on Elm St.',
      details: 'Third week running.\nCaller was upset.',
    });
  });

  it('takes the first line when it has no sentence end, and leaves details empty for a one-line text', () => {
    expect(splitHistoryText('Pothole at the school gate\nNear the crossing, about 30 cm wide')).toEqual({
      summary: 'Pothole at the school gate',
      details: 'Near the crossing, about 30 cm wide',
    });
    expect(splitHistoryText('Noise from the bar after midnight')).toEqual({ summary: 'Noise from the bar after midnight', details: '' });
  });

  it('does not end the summary at an abbreviation at the start ("Mr. Smith")', () => {
    expect(splitHistoryText('Mr. Smith called about his bins. They were missed again.').summary).toBe('Mr. Smith called about his bins.');
  });

  it('cuts a first sentence longer than the summary limit at a word boundary, keeping the whole text in the details', () => {
    const text = `${'The hedge on the corner blocks the view of drivers '.repeat(8)}and a child nearly got hit.`;
    const { summary, details } = splitHistoryText(text);
    expect(summary.length).toBeLessThanOrEqual(LIMITS.summary);
    expect(summary.endsWith('…')).toBe(true);
    expect(text.startsWith(summary.slice(0, -1))).toBe(true);
    expect(text.charAt(summary.length - 1)).toBe(' ');
    expect(details).toBe(text);
  });

  it('keeps every character of the longest allowed text between summary and details', () => {
    const text = `${'word '.repeat(2100)}`.slice(0, MAX_HISTORY_TEXT_LENGTH).trim();
    const { summary, details } = splitHistoryText(text);
    expect(summary.length).toBeLessThanOrEqual(LIMITS.summary);
    expect(details.length).toBeLessThanOrEqual(LIMITS.details);
    expect(`${summary.replace(/…$/, '')} ${details}`.replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });

  it('always gives fields the concern schema accepts, for any text a history file may hold', () => {
    const text = fc
      .string({ unit: fc.constantFrom('a', 'b', ' ', '.', '\n', 'é', '!', 'x'.repeat(40)), minLength: 1, maxLength: 400 })
      .map((s) => s.slice(0, MAX_HISTORY_TEXT_LENGTH).trim())
      .filter((s) => s !== '');
    fc.assert(
      fc.property(text, (t) => {
        const fields = concernFieldsOfHistoryRow(row({ text: t }));
        expect(ConcernFieldsSchema.safeParse(fields).success).toBe(true);
        // Nothing is lost: every word of the text is in the summary or the details.
        const kept = `${fields.summary} ${fields.details}`;
        for (const word of t.split(/\s+/).filter((w) => w !== '' && !/…/.test(w))) expect(kept).toContain(word.slice(0, 20));
      }),
      { numRuns: 300 },
    );
  });
});

describe('concernFieldsOfHistoryRow', () => {
  it('makes a closed, normal-priority concern with no contact, its channel, category and area from the row', () => {
    expect(concernFieldsOfHistoryRow(row({ channel: 'Phone call', category: 'Streets', location: 'Northside' }))).toMatchObject({
      channel: 'phone',
      category: 'Streets',
      location: { address: '', area: 'Northside' },
      status: 'closed',
      priority: 'normal',
      tags: [],
      contact: { name: '', phone: '', email: '', anonymous: false, preferredReply: 'none', consentToContact: false },
      followUp: { needed: false, due: '' },
    });
  });

  it("files a row without a channel under 'other' rather than guessing one", () => {
    expect(concernFieldsOfHistoryRow(row()).channel).toBe('other');
  });
});
