import { describe, expect, it } from 'vitest';
import { insertTag, suggestTags } from '../../../renderer/src/lib/suggest-tags';

const known = ['noise', 'parks', 'potholes', 'streetlights', 'street-cleaning', 'waste'];

describe('tag suggestions', () => {
  it('lists tags starting with what was typed before tags that only contain it', () => {
    expect(suggestTags(known, 'st')).toEqual(['streetlights', 'street-cleaning', 'waste']);
    expect(suggestTags(known, 'ark')).toEqual(['parks']);
    expect(suggestTags(['lights', 'streetlights'], 'li')).toEqual(['lights', 'streetlights']);
  });

  it('leaves out tags already chosen and the exact word typed', () => {
    expect(suggestTags(known, 'str', ['streetlights'])).toEqual(['street-cleaning']);
    expect(suggestTags(known, 'parks')).toEqual([]);
  });

  it('matches case-insensitively and stops at the limit', () => {
    expect(suggestTags(known, 'PO')).toEqual(['potholes']);
    expect(suggestTags(known, 's', [], 1)).toEqual(['streetlights']);
  });

  it('replaces the word at the caret with the tag and a space', () => {
    const line = 'Lamp out #str';
    expect(insertTag(line, 9, line.length, 'streetlights')).toEqual({ text: 'Lamp out #streetlights ', caret: 23 });
  });

  it('keeps the text after the caret and replaces the rest of the word being completed', () => {
    const line = 'Lamp #strxx out !top';
    expect(insertTag(line, 5, 9, 'streetlights')).toEqual({ text: 'Lamp #streetlights out !top', caret: 19 });
  });
});
