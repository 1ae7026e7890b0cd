import { describe, expect, it } from 'vitest';
import type { Concern } from '@shared/domain/concern';
import { withFresh } from '../../../../renderer/src/features/notebook/with-fresh';
import { fields, testId } from '../../../helpers/concerns';

function concern(at: string, summary: string): Concern {
  return { ...fields({ summary }), id: testId(Date.parse(at)), createdAt: at, createdBy: 'Ana', updatedAt: at, updatedBy: 'Ana' };
}

const from = '2026-11-23T00:00:00.000Z';
const to = '2026-11-24T00:00:00.000Z';
const morning = concern('2026-11-23T09:00:00.000Z', 'Morning');
const evening = concern('2026-11-23T18:00:00.000Z', 'Evening');

describe('withFresh', () => {
  it('shows a just-saved concern in time order before the day is read again', () => {
    const noon = concern('2026-11-23T12:00:00.000Z', 'Noon');
    expect(withFresh([morning, evening], noon, from, to)?.map((c) => c.summary)).toEqual(['Morning', 'Noon', 'Evening']);
  });

  it('does not show it twice once the read has it', () => {
    const read = [morning, evening];
    expect(withFresh(read, evening, from, to)).toBe(read);
  });

  it('leaves other days and an unread day alone', () => {
    const tomorrow = concern('2026-11-24T08:00:00.000Z', 'Tomorrow');
    expect(withFresh([morning], tomorrow, from, to)).toEqual([morning]);
    expect(withFresh(undefined, morning, from, to)).toBeUndefined();
  });
});
