/** The words of a mention alert and its desktop notification. */
import { describe, expect, it } from 'vitest';
import type { MentionAlert } from '../../../../../renderer/src/db/mentions';
import { firstWords, mentionLine, mentionNotification } from '../../../../../renderer/src/features/review/mentions/mention-words';
import { testId } from '../../../../helpers/concerns';

const at = '2026-12-03T09:00:00.000Z';
const concernId = testId(Date.parse(at));
const alert = (summary: string | undefined, text: string): MentionAlert => ({
  comment: { id: testId(Date.parse(at)), concernId, text, mentions: [], by: 'Ana Ruiz', at },
  concernId,
  summary,
  reference: 'ABCD1234',
});

describe('mention words', () => {
  it('quotes the first words, marking a cut', () => {
    expect(firstWords('  one two   three ', 5)).toBe('one two three');
    expect(firstWords('one two three four', 2)).toBe('one two…');
    expect(firstWords('x'.repeat(200))).toBe(`${'x'.repeat(90)}…`);
  });

  it('says who, on which concern, and the first words', () => {
    expect(mentionLine(alert('Fallen oak', '@Ben Cole can you look?'))).toMatch(/^Ana Ruiz mentioned you on “Fallen oak” \(ABCD1234\), .+: “@Ben Cole can you look\?”$/);
    expect(mentionLine(alert(undefined, 'Look'))).toMatch(/^Ana Ruiz mentioned you on concern ABCD1234, /);
  });

  it('builds a notification that opens the concern when clicked', () => {
    expect(mentionNotification(alert('Fallen oak', 'Look please'))).toEqual({ title: 'Ana Ruiz mentioned you', body: 'Fallen oak: “Look please”', concernId });
  });
});
