import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@shared/domain/history';
import { groupSaves } from '../../../renderer/src/db/history';
import { testId } from '../../helpers/concerns';

const concernId = testId(Date.parse('2026-11-23T09:00:00.000Z'));
const entry = (at: string, by: string, kind: HistoryEntry['kind'], changes: HistoryEntry['changes']): HistoryEntry => ({
  id: testId(Date.parse(at)),
  concernId,
  at,
  by,
  kind,
  changes,
});

describe('history as staff read it', () => {
  it('shows the entries one save made (one per mutator) as one entry, each field once, in the form\'s order', () => {
    const at = '2026-11-23T10:00:00.000Z';
    const entries = [
      entry(at, 'Ben', 'edited', [{ field: 'tags', from: ['parks', 'noise'], to: ['parks'] }]),
      entry(at, 'Ben', 'edited', [{ field: 'status', from: 'new', to: 'acknowledged' }]),
      entry('2026-11-23T09:00:00.000Z', 'Ana', 'created', []),
      entry(at, 'Ben', 'edited', [{ field: 'tags', from: ['parks'], to: ['parks', 'night'] }]),
      entry(at, 'Ben', 'edited', [{ field: 'contact.email', from: '', to: 'ana@example.org' }]),
    ];
    expect(groupSaves(entries).map((e) => [e.kind, e.by, e.changes])).toEqual([
      ['created', 'Ana', []],
      [
        'edited',
        'Ben',
        [
          { field: 'contact.email', from: '', to: 'ana@example.org' },
          { field: 'tags', from: ['parks', 'noise'], to: ['parks', 'night'] },
          { field: 'status', from: 'new', to: 'acknowledged' },
        ],
      ],
    ]);
  });

  it('keeps saves by different people, or at different times, apart', () => {
    const entries = [
      entry('2026-11-23T10:00:00.000Z', 'Ben', 'edited', [{ field: 'status', from: 'new', to: 'acknowledged' }]),
      entry('2026-11-23T10:00:00.000Z', 'Ana', 'edited', [{ field: 'priority', from: 'normal', to: 'high' }]),
      entry('2026-11-23T10:00:00.001Z', 'Ben', 'edited', [{ field: 'summary', from: 'a', to: 'b' }]),
    ];
    expect(groupSaves(entries)).toHaveLength(3);
  });
});
