/** A small Analysis for the meeting view's component tests: two themes, one emerging, one recurring and renamed. */
import type { Analysis, Theme } from '@shared/patterns/types';

const months = ['2026-09', '2026-10', '2026-11'];

/** A theme with the given changes. */
export function theme(changes: Partial<Theme> = {}): Theme {
  return {
    id: 'theme-lights',
    label: 'streetlight out',
    labelSource: 'engine',
    keyPhrases: ['streetlight', 'dark street'],
    signature: { terms: [{ term: 'streetlight', weight: 1 }] },
    concernIds: ['c1', 'c2', 'c3'],
    count: 3,
    people: 4,
    monthly: months.map((month, i) => ({ month, count: i, concernIds: [] })),
    trend: {
      monthsPresent: 1,
      isRecurring: false,
      emerging: 'new',
      isFading: false,
      observed: 3,
      expected: 0.4,
      pValue: 0.001,
      explanation: '3 this month against about 0.4 expected from earlier months',
    },
    quotes: [{ concernId: 'c1', text: 'The light on [street] has been out for a week, call [name]' }],
    spread: { channels: [{ key: 'phone', count: 3, share: 1, concernIds: ['c1', 'c2', 'c3'] }], areas: [], categories: [] },
    corrections: [],
    ...changes,
  };
}

/** The analysis of November 2026. */
export function analysis(changes: Partial<Analysis> = {}): Analysis {
  return {
    period: '2026-11',
    months,
    totals: [
      { month: '2026-09', count: 80, concernIds: [] },
      { month: '2026-10', count: 120, concernIds: [] },
      { month: '2026-11', count: 150, concernIds: ['c1', 'c2', 'c3', 'c4'] },
    ],
    themes: [
      theme(),
      theme({
        id: 'theme-bins',
        label: 'Missed bin collections',
        labelSource: 'facilitator',
        keyPhrases: ['bin'],
        trend: { ...theme().trend, monthsPresent: 5, isRecurring: true, emerging: null, explanation: '12 this month, as expected' },
      }),
    ],
    hiddenThemes: [],
    unthemed: ['c4'],
    places: [{ name: 'Mill Lane', kind: 'street', count: 5, earlierAverage: 1.5, concernIds: ['c1'] }],
    channels: [
      { key: 'phone', count: 100, share: 0.67, concernIds: ['c1'] },
      { key: '', count: 50, share: 0.33, concernIds: ['c2'] },
    ],
    priorities: [
      { key: 'normal', count: 135, share: 0.9, concernIds: [] },
      { key: 'high', count: 12, share: 0.08, concernIds: ['c2'] },
      { key: 'top', count: 3, share: 0.02, concernIds: ['c3'] },
    ],
    responseTimes: null,
    repeatContacts: { citizens: 2, concernIds: ['c1', 'c2', 'c3', 'c4'], distribution: [], returningFromEarlierMonths: 1 },
    lastMonth: [],
    method: { test: 'A one-sided Poisson test', threshold: 'p below 0.01', presence: 'present in at least 3 of the last 6 months' },
    ...changes,
  };
}
