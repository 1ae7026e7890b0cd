/** The words of a bulk action's outcome. */
import { describe, expect, it } from 'vitest';
import { concernReference } from '@shared/domain/reference';
import { outcomeWords, splitOutcomes } from '../../../../../renderer/src/features/review/actions/outcome';
import type { ConcernOutcome } from '../../../../../renderer/src/features/review/actions/run-action';
import { concern } from './fixtures';

const ids = [concern().id, concern().id, concern().id, concern().id, concern().id];
const [a = '', b = '', c = ''] = ids;
const done = (id: string): ConcernOutcome => ({ concernId: id, status: 'done' });
const refused = (id: string, reason: string): ConcernOutcome => ({ concernId: id, status: 'refused', reason });

describe('outcome words', () => {
  it('names the one concern done, or counts them all', () => {
    expect(outcomeWords('acknowledge', [done(a)])).toBe(`Acknowledged: ${concernReference(a)}.`);
    expect(outcomeWords('resolve', ids.map(done))).toBe('Resolved: all 5 concerns.');
  });

  it('counts a concern already as asked as done', () => {
    expect(outcomeWords('priority', [done(a), { concernId: b, status: 'unchanged' }])).toBe('Priority saved: all 2 concerns.');
  });

  it('says for how many it was done and, for each other one, its reference and why not', () => {
    const outcomes = [done(a), refused(b, 'Someone else already marked this concern resolved, so it was not changed.'), ...ids.slice(2).map(done)];
    expect(outcomeWords('acknowledge', outcomes)).toBe(
      `Done for 4 of 5; not for ${concernReference(b)}: Someone else already marked this concern resolved, so it was not changed.`,
    );
  });

  it('gives the reason alone for one concern refused, and every reason when none was done', () => {
    expect(outcomeWords('merge', [refused(a, 'A concern cannot be merged into itself.')])).toBe('Not saved: A concern cannot be merged into itself.');
    expect(outcomeWords('flag', [refused(a, 'Gone.'), refused(c, 'Moved.')])).toBe(
      `Not done for any of the 2 concerns. ${concernReference(a)}: Gone.; ${concernReference(c)}: Moved.`,
    );
  });

  it('splits the outcomes into the ids done and the refusals', () => {
    expect(splitOutcomes([done(a), refused(b, 'No.'), { concernId: c, status: 'unchanged' }])).toEqual({
      done: [a, c],
      refused: [{ concernId: b, status: 'refused', reason: 'No.' }],
    });
  });
});
