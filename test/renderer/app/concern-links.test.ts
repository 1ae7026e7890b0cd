import { describe, expect, it } from 'vitest';
import { concernIdOfHash } from '../../../renderer/src/app/useConcernLinks';

describe('concernIdOfHash', () => {
  it('reads the concern id of a #/concern/<id> link, in lower case', () => {
    expect(concernIdOfHash('#/concern/0195F1A0-0000-7000-8000-0000000000AA')).toBe('0195f1a0-0000-7000-8000-0000000000aa');
  });

  it.each(['', '#', '#/concern/', '#/concern/not-an-id', '#/concern/0195f1a0-0000-7000-8000-0000000000aa/extra', '#/other/0195f1a0-0000-7000-8000-0000000000aa'])(
    'ignores %j',
    (hash) => {
      expect(concernIdOfHash(hash)).toBeUndefined();
    },
  );
});
