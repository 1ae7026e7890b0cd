import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NewsletterContentSchema, type NewsletterContent } from '@shared/domain/newsletter';
import type { Project } from '@shared/domain/project';
import { draftNewsletter, DRAFT_MAX_THEMES, type NewsletterDraftInput } from '@shared/newsletter/draft';

const ID = (n: number) => `0195f1a0-0000-7000-8000-${String(n).padStart(12, '0')}`;

function project(n: number, changes: Partial<Project> = {}): Project {
  return {
    id: ID(n),
    title: `Project ${n}`,
    description: 'Internal notes: call Maria Lopez on 555 014 2368',
    status: 'in-progress',
    publicSummary: `You told us about problem ${n}. We are fixing it.`,
    owner: 'Fay Moss',
    startDate: '',
    targetDate: '',
    completedDate: '',
    milestones: [],
    progress: 40,
    isPublic: true,
    source: null,
    statusChangedAt: '2026-11-10T09:00:00.000Z',
    createdAt: '2026-10-01T09:00:00.000Z',
    createdBy: 'Fay Moss',
    updatedAt: '2026-11-10T09:00:00.000Z',
    updatedBy: 'Fay Moss',
    ...changes,
  };
}

const base: NewsletterDraftInput = {
  month: '2026-11',
  officeName: 'Riverside council',
  timeZone: 'Europe/London',
  themes: [
    { label: 'Street lights · Oak lane', count: 12, people: 14 },
    { label: 'Bin collection', count: 8, people: 8 },
  ],
  projects: [
    project(1),
    project(2, { status: 'planned', progress: null, statusChangedAt: '2026-10-03T09:00:00.000Z' }),
    project(3, { status: 'done', progress: null, title: 'New bench in the park' }),
    project(4, { isPublic: false, title: 'Secret plan' }),
    project(5, { status: 'declined', title: 'Declined idea' }),
  ],
  concerns: [
    { status: 'resolved', category: 'Roads' },
    { status: 'closed', category: 'Roads' },
    { status: 'resolved', category: '' },
    { status: 'new', category: 'Waste' },
  ],
  people: 5,
  personal: [],
};

const bodyOf = (draft: NewsletterContent, id: string) => draft.sections.find((s) => s.id === id)?.body ?? '';

describe('draftNewsletter', () => {
  it('writes a subject, an intro, the three sections and a closing that the schema accepts', () => {
    const draft = draftNewsletter(base);
    expect(NewsletterContentSchema.parse(draft)).toEqual(draft);
    expect(draft.subject).toBe('What you told us in November 2026, and what we are doing about it');
    expect(draft.intro).toContain('Riverside council');
    expect(draft.intro).toContain('5 people raised 4 concerns');
    expect(draft.sections.map((s) => [s.id, s.kind, s.heading])).toEqual([
      ['themes', 'themes', 'What you told us'],
      ['doing', 'projects', 'What we are doing'],
      ['done', 'resolved', 'Done'],
    ]);
    expect(bodyOf(draft, 'themes')).toBe('- Street lights · Oak lane: 12 concerns from 14 people\n- Bin collection: 8 concerns');
  });

  it('lists public projects in progress before planned ones, with progress and whether they changed this month', () => {
    const doing = bodyOf(draftNewsletter(base), 'doing');
    expect(doing).toBe(
      '- Project 1 (started this month, 40% done): You told us about problem 1. We are fixing it.\n- Project 2 (planned): You told us about problem 2. We are fixing it.',
    );
  });

  it('never shows a project that is not public, or a declined one, and never a project description', () => {
    const text = JSON.stringify(draftNewsletter(base));
    expect(text).not.toContain('Secret plan');
    expect(text).not.toContain('Declined idea');
    expect(text).not.toContain('Internal notes');
  });

  it('counts the resolved concerns by category, the uncategorised as other matters, never their words', () => {
    const done = bodyOf(draftNewsletter(base), 'done');
    expect(done).toBe(
      '- New bench in the park (finished this month): You told us about problem 3. We are fixing it.\n\n' +
        'We have resolved 3 of the 4 concerns you raised in November 2026:\n- Roads: 2\n- Other matters: 1',
    );
  });

  it(`lists at most ${DRAFT_MAX_THEMES} themes, biggest first as given`, () => {
    const themes = Array.from({ length: 9 }, (_, i) => ({ label: `Theme ${i}`, count: 20 - i, people: 20 - i }));
    expect(bodyOf(draftNewsletter({ ...base, themes }), 'themes').split('\n')).toHaveLength(DRAFT_MAX_THEMES);
  });

  it('says so plainly when the month is empty', () => {
    const draft = draftNewsletter({ ...base, themes: [], projects: [], concerns: [], people: 0 });
    expect(bodyOf(draft, 'themes')).toBe('We heard from no one this month. If something needs our attention, tell us.');
    expect(bodyOf(draft, 'doing')).toContain('no public projects');
    expect(bodyOf(draft, 'done')).toBe('Nothing was finished this month yet.');
    expect(NewsletterContentSchema.safeParse(draft).success).toBe(true);
  });

  it('keeps every section within the limits however long the projects are', () => {
    const projects = Array.from({ length: 30 }, (_, i) => project(i + 10, { publicSummary: 'word '.repeat(390), title: 'T'.repeat(120) }));
    const draft = draftNewsletter({ ...base, projects });
    expect(NewsletterContentSchema.safeParse(draft).success).toBe(true);
  });

  it('is deterministic: the same input in another order gives the same draft', () => {
    expect(draftNewsletter({ ...base, projects: [...base.projects].reverse() })).toEqual(draftNewsletter(base));
  });

  it('removes a name a facilitator typed into a theme label or a project text', () => {
    const draft = draftNewsletter({
      ...base,
      personal: ['Maria Lopez', 'maria.lopez@example.org', '555 014 2368'],
      themes: [{ label: 'Call maria lopez back', count: 3, people: 3 }],
      projects: [project(1, { title: 'Lights for Maria Lopez', publicSummary: 'Ask maria.lopez@example.org or ring 555-014-2368.' })],
    });
    const text = JSON.stringify(draft).toLowerCase();
    for (const piece of ['maria', 'lopez', '014', '2368']) expect(text).not.toContain(piece);
  });
});

// Names made of syllables no English word is made of, so finding one in the draft is a leak.
const SYLLABLES = ['zu', 'qa', 'vry', 'ksa', 'xo', 'jel', 'vuk', 'zha', 'qir', 'dzo'];
const nameWord = fc.array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 3 }).map((p) => {
  const w = p.join('');
  return w.charAt(0).toUpperCase() + w.slice(1);
});
const citizen = fc.record({
  given: nameWord,
  family: nameWord,
  phone: fc.tuple(fc.integer({ min: 200, max: 999 }), fc.integer({ min: 100, max: 999 }), fc.integer({ min: 1000, max: 9999 })).map((p) => p.join(' ')),
  house: fc.integer({ min: 1, max: 400 }),
  street: fc.constantFrom('Oak Lane', 'Station Road', 'Beacon Way'),
});
type Citizen = typeof citizen extends fc.Arbitrary<infer T> ? T : never;
const emailOf = (c: Citizen) => `${c.given.toLowerCase()}.${c.family.toLowerCase()}@example.org`;
const mention = (c: Citizen, style: number) =>
  [`${c.given} ${c.family}`, emailOf(c), c.phone, `${c.house} ${c.street}`, `call ${c.given.toLowerCase()} ${c.family.toLowerCase()}`][style % 5] ?? '';

describe('draftNewsletter privacy', () => {
  it('never lets a name, email, phone or address of the month appear in the draft, wherever staff typed it', () => {
    fc.assert(
      fc.property(fc.array(citizen, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(20), { minLength: 4, maxLength: 4 }), (people, styles) => {
        const [a = 0, b = 0, c = 0, d = 0] = styles;
        const pick = (n: number) => people[n % people.length] as Citizen;
        const personal = people.flatMap((p) => [`${p.given} ${p.family}`, emailOf(p), p.phone, `${p.house} ${p.street}`]);
        const draft = draftNewsletter({
          ...base,
          personal,
          themes: [{ label: `Lights · ${mention(pick(a), a)}`, count: 4, people: 4 }],
          projects: [project(1, { title: `Help ${mention(pick(b), b)}`, publicSummary: `You said, via ${mention(pick(c), c)}, that it was dark.` })],
          concerns: [{ status: 'resolved', category: `Roads ${mention(pick(d), d)}` }],
        });
        const text = JSON.stringify(draft).toLowerCase();
        for (const p of people) {
          for (const piece of [p.given, p.family, emailOf(p), p.phone, p.phone.replace(/ /g, ''), `${p.house} ${p.street}`]) {
            expect(text).not.toContain(piece.toLowerCase());
          }
        }
        expect(NewsletterContentSchema.safeParse(draft).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
