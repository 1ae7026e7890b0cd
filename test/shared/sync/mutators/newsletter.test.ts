import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEWSLETTER_LIMITS, unsubscribeKey, type Newsletter } from '@shared/domain/newsletter';
import { ACTION_OF_MUTATOR } from '@shared/domain/permissions';
import { createMemoryStore, type MemoryStore } from '@shared/sync/memory-store';
import { runMutation } from '@shared/sync/mutators';
import { dayAndMonthOf } from '@shared/sync/mutators/newsletter';
import { scopeOfOfficeMutator, NEWSLETTER_SCOPE } from '@shared/sync/scopes';
import { ctxFor, DESK_A, DESK_B, timeOf } from '../fixtures';

const run = (store: MemoryStore, n: number, name: string, args: unknown, by = 'Fay Moss', desk = DESK_A) =>
  runMutation(store, name, args, ctxFor(desk, n, by));

const content = {
  subject: ' What you told us in November ',
  intro: 'Thank you for writing to us.',
  sections: [
    { id: 'themes', kind: 'themes', heading: 'What you told us', body: '- Street lights out (12 concerns)' },
    { id: 'done', kind: 'resolved', heading: 'Done', body: 'We resolved 30 concerns.' },
  ],
  closing: 'See you next month.',
} as const;

const invalid = (field: string, message: string) => ({ code: 'invalid-args', field, reason: `This change was not saved: ${message} (${field}).` });

describe('saveNewsletter', () => {
  it("creates the month's issue, trimmed, stamped with who and when, and not sent", async () => {
    const store = createMemoryStore();
    await run(store, 1, 'saveNewsletter', { month: '2026-11', ...content });
    expect(store.rows('newsletters')).toEqual([
      {
        id: '2026-11',
        month: '2026-11',
        ...content,
        subject: 'What you told us in November',
        createdAt: timeOf(1),
        createdBy: 'Fay Moss',
        updatedAt: timeOf(1),
        updatedBy: 'Fay Moss',
        sentAt: null,
        sentBy: null,
      },
    ]);
  });

  it('updates the issue, keeping who created it; the later save of two desks wins', async () => {
    const store = createMemoryStore();
    await run(store, 1, 'saveNewsletter', { month: '2026-11', ...content });
    await run(store, 2, 'saveNewsletter', { month: '2026-11', ...content, subject: 'From desk B' }, 'Ben Cole', DESK_B);
    await run(store, 3, 'saveNewsletter', { month: '2026-11', ...content, subject: 'From desk A', sections: [] });
    const [row] = store.rows('newsletters');
    expect(row).toMatchObject({ subject: 'From desk A', sections: [], createdBy: 'Fay Moss', createdAt: timeOf(1), updatedAt: timeOf(3) });
  });

  it('changes nothing when the content is the same (no new stamp to sync)', async () => {
    const store = createMemoryStore();
    await run(store, 1, 'saveNewsletter', { month: '2026-11', ...content });
    await run(store, 2, 'saveNewsletter', { month: '2026-11', ...content }, 'Ben Cole');
    expect(store.rows('newsletters')[0]).toMatchObject({ updatedAt: timeOf(1), updatedBy: 'Fay Moss' });
  });

  it('refuses to change an issue that went out, saying when, and keeps it as sent', async () => {
    const store = createMemoryStore();
    await run(store, 1, 'saveNewsletter', { month: '2026-11', ...content });
    const sent: Newsletter = { ...(store.rows('newsletters')[0] as Newsletter), sentAt: '2026-12-03T10:00:00.000Z', sentBy: 'Ana Ruiz' };
    await store.put('newsletters', sent);
    await expect(run(store, 2, 'saveNewsletter', { month: '2026-11', ...content, subject: 'Late edit' })).rejects.toMatchObject({
      code: 'newsletter-sent',
      reason: "This issue went out on 3 December; start next month's.",
    });
    expect(store.rows('newsletters')).toEqual([sent]);
  });

  it('makes the same row on the desk and on the server', async () => {
    const [desk, server] = [createMemoryStore(), createMemoryStore()];
    for (const store of [desk, server]) await run(store, 7, 'saveNewsletter', { month: '2026-11', ...content });
    expect(desk.snapshot()).toEqual(server.snapshot());
  });

  it.each([
    ['a blank subject', { subject: '  ' }, 'subject', 'Give the newsletter a subject line'],
    ['a long subject', { subject: 'x'.repeat(NEWSLETTER_LIMITS.subject + 1) }, 'subject', `The subject can be at most ${NEWSLETTER_LIMITS.subject} characters`],
    ['a section without a heading', { sections: [{ id: 'a', kind: 'custom', heading: ' ', body: '' }] }, 'sections.0.heading', 'Give the section a heading'],
    ['two sections with one id', { sections: [content.sections[0], content.sections[0]] }, 'sections', 'Each section id can appear only once'],
    ['a bad month', { month: '2026-13' }, 'month', 'Enter a month as YYYY-MM, like 2026-11'],
  ])('refuses %s, naming the field, and saves nothing', async (_label, change, field, message) => {
    const store = createMemoryStore();
    await expect(run(store, 1, 'saveNewsletter', { month: '2026-11', ...content, ...change })).rejects.toMatchObject(invalid(field, message));
    expect(store.rows('newsletters')).toEqual([]);
  });
});

describe('recordUnsubscribe', () => {
  it('records the address by its key only, as staff, and a second request keeps the first', async () => {
    const store = createMemoryStore();
    await run(store, 1, 'recordUnsubscribe', { email: '  Maria.Lopez@Example.org ' });
    await run(store, 2, 'recordUnsubscribe', { email: 'maria.lopez@example.org' }, 'Ben Cole');
    expect(store.rows('newsletter_unsubscribes')).toEqual([
      { id: unsubscribeKey('maria.lopez@example.org'), source: 'staff', month: null, at: timeOf(1), by: 'Fay Moss' },
    ]);
    expect(JSON.stringify(store.snapshot())).not.toContain('maria');
  });

  it('keeps a link unsubscribe as it was', async () => {
    const store = createMemoryStore();
    const row = { id: unsubscribeKey('a@b.org'), source: 'link', month: '2026-10', at: timeOf(0), by: null } as const;
    await store.put('newsletter_unsubscribes', row);
    await run(store, 1, 'recordUnsubscribe', { email: 'A@B.org' });
    expect(store.rows('newsletter_unsubscribes')).toEqual([row]);
  });

  it.each([
    ['an empty address', '  ', 'Give the email address to take off the newsletter'],
    ['something that is not an address', 'maria at home', 'Enter an email address like name@example.org'],
  ])('refuses %s plainly', async (_label, email, message) => {
    const store = createMemoryStore();
    await expect(run(store, 1, 'recordUnsubscribe', { email })).rejects.toMatchObject(invalid('email', message));
    expect(store.rows('newsletter_unsubscribes')).toEqual([]);
  });
});

describe('the newsletter mutators', () => {
  it('are filed under the newsletter scope and each needs its own permission', () => {
    expect(scopeOfOfficeMutator('saveNewsletter')).toBe(NEWSLETTER_SCOPE);
    expect(scopeOfOfficeMutator('recordUnsubscribe')).toBe(NEWSLETTER_SCOPE);
    expect(ACTION_OF_MUTATOR['saveNewsletter']).toBe('editNewsletter');
    expect(ACTION_OF_MUTATOR['recordUnsubscribe']).toBe('recordUnsubscribe');
  });

  it('says the day a timestamp falls on in words', () => {
    expect(dayAndMonthOf('2026-12-03T10:00:00.000Z')).toBe('3 December');
    expect(dayAndMonthOf('2027-01-31T23:59:59.999Z')).toBe('31 January');
  });
});

describe('saveNewsletter, any order of saves', () => {
  const text = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '');
  const save = fc.record({ desk: fc.constantFrom(DESK_A, DESK_B), subject: text, sections: fc.nat(3) });

  it('keeps the last save and the first author, and the same row on every store that ran the same saves', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(save, { minLength: 1, maxLength: 8 }), async (saves) => {
        const [desk, server] = [createMemoryStore(), createMemoryStore()];
        for (const store of [desk, server]) {
          for (const [i, s] of saves.entries()) {
            const sections = content.sections.slice(0, s.sections);
            await run(store, i + 1, 'saveNewsletter', { month: '2026-11', ...content, subject: s.subject, sections }, s.desk === DESK_A ? 'Fay Moss' : 'Ben Cole', s.desk);
          }
        }
        const [row] = desk.rows('newsletters');
        const last = saves.at(-1) as (typeof saves)[number];
        expect(row).toMatchObject({ subject: last.subject.trim(), createdBy: saves[0]?.desk === DESK_A ? 'Fay Moss' : 'Ben Cole', createdAt: timeOf(1), sentAt: null });
        expect(row?.sections).toHaveLength(Math.min(last.sections, content.sections.length));
        expect(desk.snapshot()).toEqual(server.snapshot());
      }),
      { numRuns: 60 },
    );
  });
});
