import { describe, expect, it } from 'vitest';
import { normalise, rankCommands } from '../../../../renderer/src/features/palette/rank-commands';

const commands = [
  { id: 'capture', label: 'Log a concern' },
  { id: 'settings', label: 'Open settings' },
  { id: 'help', label: 'Show keyboard shortcuts' },
  { id: 'draft', label: 'Start a new draft' },
  { id: 'today', label: "Go to today's page" },
  { id: 'resume', label: 'Résumé of the week' },
];
const ids = (query: string) => rankCommands(commands, query).map((c) => c.id);

describe('rankCommands', () => {
  it('returns every command in the given order for an empty or blank query', () => {
    expect(ids('')).toEqual(commands.map((c) => c.id));
    expect(ids('   ')).toEqual(commands.map((c) => c.id));
  });

  it('finds a command by part of a word, ignoring case', () => {
    expect(ids('SETT')).toEqual(['settings']);
  });

  it('ranks a label that starts with the query above one where a later word does', () => {
    const list = [
      { id: 'later', label: 'Open the log' },
      { id: 'first', label: 'Log a concern' },
    ];
    expect(rankCommands(list, 'log').map((c) => c.id)).toEqual(['first', 'later']);
  });

  it('ranks a word start above a match inside a word', () => {
    const list = [
      { id: 'inside', label: 'Catalogue' },
      { id: 'word', label: 'Open log' },
    ];
    expect(rankCommands(list, 'log').map((c) => c.id)).toEqual(['word', 'inside']);
  });

  it('needs every typed word, in any order', () => {
    expect(ids('draft new')).toEqual(['draft']);
    expect(ids('draft old')).toEqual([]);
  });

  it('forgives missing letters when the letters come in order', () => {
    expect(ids('shrtcts')).toEqual(['help']);
  });

  it('puts exact substrings ahead of scattered-letter matches', () => {
    const list = [
      { id: 'scattered', label: 'Ordinate' },
      { id: 'exact', label: 'Shortcuts' },
    ];
    expect(rankCommands(list, 'ort').map((c) => c.id)).toEqual(['exact', 'scattered']);
  });

  it('does not join scattered letters across words', () => {
    expect(ids('sett')).toEqual(['settings']);
    expect(ids('lgcn')).toEqual([]);
  });

  it('matches letters with or without accents', () => {
    expect(ids('resume')).toEqual(['resume']);
    expect(ids('Résu')).toEqual(['resume']);
    expect(normalise('  Élan ')).toBe('elan');
  });

  it('keeps the shell order between equally good matches', () => {
    const list = [
      { id: 'a', label: 'Open notebook' },
      { id: 'b', label: 'Open settings' },
    ];
    expect(rankCommands(list, 'open').map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('does not change the list it was given', () => {
    const copy = [...commands];
    rankCommands(commands, 'o');
    expect(commands).toEqual(copy);
  });
});
