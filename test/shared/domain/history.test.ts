import { describe, expect, it } from 'vitest';
import { emptyConcernFields, type Concern, type ConcernFields } from '@shared/domain/concern';
import { HistoryEntrySchema, diffConcernFields, fieldsOf } from '@shared/domain/history';

const base = (): ConcernFields => ({
  ...emptyConcernFields('phone'),
  summary: 'Streetlight out on Elm St',
  contact: {
    name: 'Ana López',
    phone: '555 014 2368',
    email: 'ana@example.org',
    preferredReply: 'email',
    consentToContact: true,
    anonymous: false,
  },
  tags: ['streetlights'],
});

describe('diffConcernFields', () => {
  it('finds no changes between equal fields', () => {
    expect(diffConcernFields(base(), base())).toEqual([]);
  });

  it('names a changed nested field by its dotted path', () => {
    const after = base();
    after.contact.email = 'ana@example.net';
    expect(diffConcernFields(base(), after)).toEqual([
      { field: 'contact.email', from: 'ana@example.org', to: 'ana@example.net' },
    ]);
  });

  it('records a tags change as one change of the whole list', () => {
    const after = { ...base(), tags: ['streetlights', 'elm-st'] };
    expect(diffConcernFields(base(), after)).toEqual([
      { field: 'tags', from: ['streetlights'], to: ['streetlights', 'elm-st'] },
    ]);
  });

  it('counts a reordering of the tags as a change', () => {
    const before = { ...base(), tags: ['a', 'b'] };
    const after = { ...base(), tags: ['b', 'a'] };
    expect(diffConcernFields(before, after).map((c) => c.field)).toEqual(['tags']);
  });

  it('lists several changes in the order of the fields', () => {
    const after: ConcernFields = {
      ...base(),
      summary: 'Two streetlights out',
      priority: 'top',
      followUp: { needed: true, due: '2025-03-14' },
    };
    expect(diffConcernFields(base(), after)).toEqual([
      { field: 'summary', from: 'Streetlight out on Elm St', to: 'Two streetlights out' },
      { field: 'priority', from: 'normal', to: 'top' },
      { field: 'followUp.needed', from: false, to: true },
      { field: 'followUp.due', from: '', to: '2025-03-14' },
    ]);
  });

  it('treats key order inside a nested object as no change', () => {
    const before = base();
    const { address, area } = before.location;
    const after = { ...base(), location: { area, address } };
    expect(diffConcernFields(before, after)).toEqual([]);
  });

  it('produces changes a history entry accepts', () => {
    const after = { ...base(), status: 'resolved' as const };
    const entry = {
      id: '018bcfe5-6800-7000-8000-000000000001',
      concernId: '018bcfe5-6800-7000-8000-000000000000',
      at: '2025-03-01T09:30:00.000Z',
      by: 'Sam',
      kind: 'edited',
      changes: diffConcernFields(base(), after),
    };
    expect(HistoryEntrySchema.safeParse(entry).success).toBe(true);
  });
});

describe('fieldsOf', () => {
  it('drops the id and audit stamps of a stored concern and keeps every editable field', () => {
    const fields = base();
    const stored: Concern = {
      ...fields,
      id: '018bcfe5-6800-7000-8000-000000000000',
      createdAt: '2025-03-01T09:30:00.000Z',
      createdBy: 'Sam',
      updatedAt: '2025-03-01T09:31:00.000Z',
      updatedBy: 'Kim',
    };
    const picked = fieldsOf(stored);
    expect(picked).toEqual(fields);
    expect(Object.keys(picked).sort()).toEqual(Object.keys(emptyConcernFields()).sort());
  });

  it('lets a stored concern be diffed without its stamps showing up as changes', () => {
    const stored: Concern = {
      ...base(),
      id: '018bcfe5-6800-7000-8000-000000000000',
      createdAt: '2025-03-01T09:30:00.000Z',
      createdBy: 'Sam',
      updatedAt: '2025-03-01T09:31:00.000Z',
      updatedBy: 'Kim',
    };
    expect(diffConcernFields(fieldsOf(stored), base())).toEqual([]);
  });
});
