/**
 * A month's analysis and meeting records FULL of personal data, as a careless engine, a facilitator's typing
 * and citizens' own words could leave it: the concerns' own contacts (known to the desk) and strangers' details
 * that only the generic detectors can find. Nothing here is real.
 */
import type { AgendaItem, MeetingDecision } from '@shared/domain/meeting';
import type { Analysis, Theme } from '@shared/patterns/types';
import type { PersonalData } from '../../../../../renderer/src/features/meeting/export/privacy';

/** The concerns' own contacts, as personalDataOf gives them. */
export const KNOWN: PersonalData = {
  values: ['Maria Lopez', 'maria.lopez@example.org', '555 014 2368', '12 Oak Lane', 'Tomasz Wiśniewski', '+44 7700 900123', '7 Birch Road, Springfield'],
};

/** Every piece that must not survive, known or not, as it could be written anywhere. */
export const MUST_NOT_APPEAR = [
  'Maria',
  'Lopez',
  'LOPEZ',
  'maria.lopez',
  'example.org',
  '014 2368',
  '014-2368',
  '0142368',
  '12 Oak Lane',
  'Wiśniewski',
  'Tomasz',
  '7700 900123',
  '7700900123',
  '7 Birch Road',
  'j.doe@mail.test',
  'Peter Jones',
  '(212) 555-0199',
  '5550199',
  '48 Elm Street',
  'Ann Smith',
];

const signature = (term: string) => ({ terms: [{ term, weight: 1 }] });
const months = ['2026-09', '2026-10', '2026-11'];

function theme(id: string, term: string, changes: Partial<Theme>): Theme {
  return {
    id,
    label: term,
    labelSource: 'engine',
    keyPhrases: [term],
    signature: signature(term),
    concernIds: ['c1', 'c2'],
    count: 2,
    people: 3,
    monthly: months.map((month, i) => ({ month, count: i, concernIds: [] })),
    trend: {
      monthsPresent: 3,
      isRecurring: true,
      emerging: null,
      isFading: false,
      observed: 2,
      expected: 2,
      pValue: 0.5,
      explanation: '2 this month, as expected',
    },
    quotes: [],
    spread: { channels: [], areas: [], categories: [] },
    corrections: [],
    ...changes,
  };
}

/** Themes whose labels, phrases and quotes are full of personal data. */
export function leakyAnalysis(): Analysis {
  return {
    period: '2026-11',
    months,
    totals: months.map((month, i) => ({ month, count: 10 * (i + 1), concernIds: [] })),
    themes: [
      theme('t-lights', 'streetlight', {
        label: 'Maria Lopez street lights',
        labelSource: 'facilitator',
        keyPhrases: ['streetlight', 'lopez', 'maria.lopez@example.org'],
        quotes: [
          { concernId: 'c1', text: 'I am Maria Lopez, call me on 555 014 2368 or maria.lopez@example.org, I live at 12 Oak Lane.' },
          { concernId: 'c2', text: 'My name is Peter Jones, reach me at j.doe@mail.test or (212) 555-0199; the lamp outside 48 Elm Street is out.' },
          { concernId: 'c3', text: 'LOPEZ again: lights out near 7 Birch Road, Springfield. Tomasz Wiśniewski, +44 7700 900123.' },
          { concernId: 'c4', text: 'A fourth quote that must not be shown: slides show three.' },
        ],
        trend: { ...theme('x', 'x', {}).trend, explanation: 'Raised by Maria Lopez 5 times; 12 this month against about 4 expected' },
      }),
      theme('t-bins', 'bin', { label: 'Missed bins', quotes: [{ concernId: 'c5', text: 'Regards, Ann Smith' }] }),
    ],
    hiddenThemes: [],
    unthemed: ['c9'],
    places: [
      { name: 'Oak Lane', kind: 'street', count: 4, earlierAverage: 1, concernIds: ['c1'] },
      { name: '12 Oak Lane', kind: 'street', count: 3, earlierAverage: 0, concernIds: ['c1'] },
    ],
    channels: [
      { key: 'phone', count: 8, share: 0.8, concernIds: ['c1'] },
      { key: '=HYPERLINK("http://evil.test","x")', count: 2, share: 0.2, concernIds: ['c2'] },
    ],
    priorities: [
      { key: 'normal', count: 9, share: 0.9, concernIds: [] },
      { key: 'top', count: 1, share: 0.1, concernIds: ['c3'] },
    ],
    responseTimes: null,
    repeatContacts: { citizens: 1, concernIds: ['c1', 'c2'], distribution: [{ key: '2', count: 1, share: 1, concernIds: ['c1', 'c2'] }], returningFromEarlierMonths: 0 },
    lastMonth: [{ label: 'Tomasz Wiśniewski noise', signature: signature('noise'), concernIds: ['c7'], resolved: 1, inProgress: 0, open: 0, thisMonth: 0 }],
    method: { test: 'A one-sided Poisson test', threshold: 'p below 0.01', presence: 'present in at least 3 of the last 6 months' },
  };
}

const stamps = { by: 'Fay Moss', at: '2026-12-03T10:00:00.000Z' };

/** The agenda: the lights theme, a figure, and a theme no longer found, pinned under a leaky label. */
export function leakyAgenda(): AgendaItem[] {
  const item = (id: string, position: number, subject: AgendaItem['subject']): AgendaItem => ({
    id,
    period: '2026-11',
    subject,
    position,
    ...stamps,
    removedAt: null,
    removedBy: null,
  });
  return [
    item('0195f000-0000-7000-8000-000000000001', 1, { kind: 'theme', signature: signature('streetlight'), label: 'Maria Lopez street lights' }),
    item('0195f000-0000-7000-8000-000000000002', 2, { kind: 'figure', figure: 'places' }),
    item('0195f000-0000-7000-8000-000000000003', 3, { kind: 'theme', signature: signature('graffiti'), label: 'Graffiti at 12 Oak Lane' }),
  ];
}

/** Decisions whose free text, owner and theme label are full of personal data, one of them a formula. */
export function leakyDecisions(): MeetingDecision[] {
  const decision = (id: string, changes: Partial<MeetingDecision>): MeetingDecision => ({
    id,
    period: '2026-11',
    kind: 'decision',
    signature: signature('streetlight'),
    themeLabel: 'Maria Lopez street lights',
    text: '',
    owner: '',
    due: '',
    doneAt: null,
    doneBy: null,
    ...stamps,
    withdrawnAt: null,
    withdrawnBy: null,
    ...changes,
  });
  return [
    decision('0195f000-0000-7000-8000-00000000000a', { text: 'Call Maria Lopez back on 555-014-2368 and email maria.lopez@example.org about 12 Oak Lane' }),
    decision('0195f000-0000-7000-8000-00000000000b', {
      kind: 'action',
      text: '=cmd|"/C calc"!A0 then write to j.doe@mail.test',
      owner: 'Tomasz Wiśniewski',
      due: '2026-11-20',
    }),
    decision('0195f000-0000-7000-8000-00000000000c', {
      kind: 'action',
      text: '@SUM(1+1) visit 48 Elm Street',
      owner: '+44 7700 900123',
      due: '2026-12-31',
      doneAt: '2026-12-04T09:00:00.000Z',
      doneBy: 'Fay Moss',
    }),
    decision('0195f000-0000-7000-8000-00000000000d', { signature: signature('graffiti'), themeLabel: 'Graffiti', text: '-2 vans; +1 crew; ask Mrs Ann Smith' }),
  ];
}
