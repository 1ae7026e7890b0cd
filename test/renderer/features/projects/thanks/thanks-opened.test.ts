import { describe, expect, it } from 'vitest';
import { PROJECT_STATUSES } from '@shared/domain/project';
import { thanksJustOpened } from '../../../../../renderer/src/features/projects/thanks/ThanksOpenedNotice';

const P1 = '0195f1a0-0000-7000-8000-0000000000a1';
const P2 = '0195f1a0-0000-7000-8000-0000000000a2';

describe('thanksJustOpened', () => {
  it('is true only for a move of the same project into in progress or done from a status that does not thank', () => {
    const opened = PROJECT_STATUSES.flatMap((from) => PROJECT_STATUSES.map((to) => [from, to] as const)).filter(([from, to]) =>
      thanksJustOpened({ id: P1, status: from }, { id: P1, status: to }),
    );
    expect(opened).toEqual([
      ['proposed', 'in-progress'],
      ['proposed', 'done'],
      ['planned', 'in-progress'],
      ['planned', 'done'],
      ['declined', 'in-progress'],
      ['declined', 'done'],
    ]);
  });

  it('is not an opening to go to another project that is in progress', () => {
    expect(thanksJustOpened({ id: P1, status: 'planned' }, { id: P2, status: 'in-progress' })).toBe(false);
  });
});
