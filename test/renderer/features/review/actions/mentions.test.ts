/** @mentions in a comment: the word being typed, completions, inserting a name, and names back to staff ids. */
import { describe, expect, it } from 'vitest';
import {
  insertMention,
  mentionAtCaret,
  mentionCompletions,
  mentionedStaffIds,
} from '../../../../../renderer/src/features/review/actions/mentions';
import { staff } from './fixtures';

const ana = staff(1, 'Ana');
const anaRuiz = staff(2, 'Ana Ruiz');
const emile = staff(3, 'Émile Brun');
const bo = staff(4, 'Bo Lee', 'counter');
const gone = staff(5, 'Anabel Gone', 'goto', false);
const everyone = [ana, anaRuiz, emile, bo, gone];

describe('the mention at the caret', () => {
  it('is the "@" and what follows it up to the caret, names with spaces included', () => {
    expect(mentionAtCaret('Ask @an', 7)).toEqual({ start: 4, query: 'an' });
    expect(mentionAtCaret('@Ana R', 6)).toEqual({ start: 0, query: 'Ana R' });
    expect(mentionAtCaret('Ask @', 5)).toEqual({ start: 4, query: '' });
    expect(mentionAtCaret('(@bo', 4)).toEqual({ start: 1, query: 'bo' });
  });

  it('is not an email address, a new line, a name followed by a space, or text with no "@"', () => {
    expect(mentionAtCaret('mail ana@town.example', 21)).toBeUndefined();
    expect(mentionAtCaret('@ana\nnext', 9)).toBeUndefined();
    expect(mentionAtCaret('@ana  done', 10)).toBeUndefined();
    // An accepted name ends with a space: the list closes there.
    expect(mentionAtCaret('@Ana Ruiz ', 10)).toBeUndefined();
    expect(mentionAtCaret('@ bo', 4)).toBeUndefined();
    expect(mentionAtCaret('no mention', 10)).toBeUndefined();
  });
});

describe('completions', () => {
  it('offers active colleagues whose name or one of its words starts with the letters, case and accents aside', () => {
    expect(mentionCompletions(everyone, 'an').map((m) => m.displayName)).toEqual(['Ana', 'Ana Ruiz']);
    expect(mentionCompletions(everyone, 'emi').map((m) => m.displayName)).toEqual(['Émile Brun']);
    expect(mentionCompletions(everyone, 'ruiz').map((m) => m.displayName)).toEqual(['Ana Ruiz']);
    expect(mentionCompletions(everyone, 'LEE').map((m) => m.displayName)).toEqual(['Bo Lee']);
  });

  it('puts names that start with the letters before names with a later word that does, and keeps to the limit', () => {
    const bob = staff(6, 'Bob Ruiz');
    const ruby = staff(7, 'Ruby Ng');
    expect(mentionCompletions([bob, ruby], 'ru').map((m) => m.displayName)).toEqual(['Ruby Ng', 'Bob Ruiz']);
    expect(mentionCompletions(everyone, '', 2)).toHaveLength(2);
  });
});

describe('inserting a mention', () => {
  it('replaces what was typed after "@" with the whole name and one space, and puts the caret after the space', () => {
    const text = 'Ask @an about it';
    expect(insertMention(text, { start: 4, query: 'an' }, 7, 'Ana Ruiz')).toEqual({ text: 'Ask @Ana Ruiz about it', caret: 14 });
    expect(insertMention('@e', { start: 0, query: 'e' }, 2, 'Émile Brun')).toEqual({ text: '@Émile Brun ', caret: 12 });
  });
});

describe('the staff ids of the names left in the text', () => {
  it('finds each name once, in order, the longer name where one starts another', () => {
    expect(mentionedStaffIds('@Ana Ruiz and @Ana, then @ana ruiz again', everyone)).toEqual([anaRuiz.id, ana.id]);
    expect(mentionedStaffIds('@Émile Brun: see @Bo Lee.', everyone)).toEqual([emile.id, bo.id]);
  });

  it('ignores a name run into more letters, an email address, and a name deleted from the text', () => {
    expect(mentionedStaffIds('@Anaïs called', everyone)).toEqual([]);
    expect(mentionedStaffIds('write to bo@Bo Lee', everyone)).toEqual([]);
    expect(mentionedStaffIds('@Ana Rui', everyone)).toEqual([ana.id]);
    expect(mentionedStaffIds('nobody here', everyone)).toEqual([]);
  });
});
