import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  createConcern,
  getConcern,
  historyOf,
  knownTags,
  listConcernsBetween,
  putDraft,
  listDrafts,
  updateConcern,
} from '../../../renderer/src/db';
import { freshDb } from '../../helpers/fake-db';
import { ctx, fields, testId } from '../../helpers/concerns';

const nineAm = new Date('2026-11-23T09:00:00.000Z');

describe('concern store', () => {
  it('saves a concern with its creation in the history', async () => {
    const db = freshDb();
    const id = testId(nineAm.getTime());
    const saved = await createConcern(db, id, fields({ tags: ['streetlights'], priority: 'top' }), ctx(nineAm));
    expect(saved).toMatchObject({ id, createdBy: 'Ana at desk 1', priority: 'top', tags: ['streetlights'] });
    expect(await getConcern(db, id)).toEqual(saved);
    const history = await historyOf(db, id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ kind: 'created', by: 'Ana at desk 1', at: nineAm.toISOString() });
  });

  it('refuses invalid input and saves nothing', async () => {
    const db = freshDb();
    const bad = fields({ contact: { ...fields().contact, email: 'not-an-email' } });
    await expect(createConcern(db, testId(nineAm.getTime()), bad, ctx(nineAm))).rejects.toBeInstanceOf(ZodError);
    expect(await db.concerns.count()).toBe(0);
    expect(await db.history.count()).toBe(0);
  });

  it('refuses to overwrite an existing concern that has the same id', async () => {
    const db = freshDb();
    const id = testId(nineAm.getTime());
    await createConcern(db, id, fields({ summary: 'First' }), ctx(nineAm));
    await expect(createConcern(db, id, fields({ summary: 'Second' }), ctx(nineAm))).rejects.toThrow();
    expect((await getConcern(db, id))?.summary).toBe('First');
    expect(await db.history.count()).toBe(1);
  });

  it('keeps every edit in the history with who, when and what changed', async () => {
    const db = freshDb();
    const id = testId(nineAm.getTime());
    const original = fields();
    await createConcern(db, id, original, ctx(nineAm));
    const later = new Date(nineAm.getTime() + 60_000);
    const edited = { ...original, contact: { ...original.contact, email: 'lopez@example.org' }, status: 'acknowledged' as const };
    const result = await updateConcern(db, id, edited, ctx(later, 'Ben at desk 2'));
    expect(result.changes.map((c) => c.field).sort()).toEqual(['contact.email', 'status']);
    expect(result.concern).toMatchObject({ updatedBy: 'Ben at desk 2', updatedAt: later.toISOString(), createdBy: 'Ana at desk 1' });
    const history = await historyOf(db, id);
    expect(history.map((h) => h.kind)).toEqual(['created', 'edited']);
    expect(history[1]?.changes).toContainEqual({ field: 'contact.email', from: '', to: 'lopez@example.org' });
  });

  it('records nothing when an edit changes nothing', async () => {
    const db = freshDb();
    const id = testId(nineAm.getTime());
    await createConcern(db, id, fields(), ctx(nineAm));
    const result = await updateConcern(db, id, fields(), ctx(new Date(nineAm.getTime() + 1000)));
    expect(result.changes).toEqual([]);
    expect(await historyOf(db, id)).toHaveLength(1);
  });

  it('saves an edit of a concern logged before the newsletter, the form saying "no newsletter", with no consent change', async () => {
    const db = freshDb();
    const id = testId(nineAm.getTime());
    await createConcern(db, id, fields(), ctx(nineAm));
    // As the quick line and older desks store it: a contact with no newsletter consent at all.
    const stored = await getConcern(db, id);
    const { consentToUpdates: _absent, ...oldContact } = stored?.contact ?? fields().contact;
    await db.concerns.update(id, { contact: oldContact });
    const edited = fields({ status: 'acknowledged', contact: { ...fields().contact, email: 'resident@example.org', consentToUpdates: false } });
    const result = await updateConcern(db, id, edited, ctx(new Date(nineAm.getTime() + 1000)));
    expect(result.changes.map((c) => c.field)).toEqual(['contact.email', 'status']);
    const history = await historyOf(db, id);
    expect(history.flatMap((h) => h.changes ?? []).every((c) => 'from' in c && c.from !== undefined)).toBe(true);
  });

  it('leaves the saved concern as it was when an edit is invalid', async () => {
    const db = freshDb();
    const id = testId(nineAm.getTime());
    const saved = await createConcern(db, id, fields(), ctx(nineAm));
    await expect(updateConcern(db, id, fields({ summary: '   ' }), ctx(nineAm))).rejects.toBeInstanceOf(ZodError);
    expect(await getConcern(db, id)).toEqual(saved);
  });

  it('lists one day of concerns in time order and nothing from other days', async () => {
    const db = freshDb();
    const times = ['2026-11-23T15:00:00.000Z', '2026-11-23T08:30:00.000Z', '2026-11-22T23:59:59.999Z', '2026-11-24T00:00:00.000Z'];
    for (const [i, at] of times.entries()) {
      await createConcern(db, testId(Date.parse(at)), fields({ summary: `Concern ${i}` }), ctx(new Date(at)));
    }
    const day = await listConcernsBetween(db, '2026-11-23T00:00:00.000Z', '2026-11-24T00:00:00.000Z');
    expect(day.map((c) => c.summary)).toEqual(['Concern 1', 'Concern 0']);
  });

  it('deletes the draft in the same transaction that saves its concern', async () => {
    const db = freshDb();
    const draftId = testId(nineAm.getTime());
    await putDraft(db, { id: draftId, kind: 'line', text: 'Streetlight out', createdAt: nineAm.toISOString(), updatedAt: nineAm.toISOString() });
    await createConcern(db, testId(nineAm.getTime()), fields(), ctx(nineAm, 'Ana', draftId));
    expect(await listDrafts(db)).toEqual([]);
  });

  it('keeps the draft when its concern fails to save', async () => {
    const db = freshDb();
    const draftId = testId(nineAm.getTime());
    await putDraft(db, { id: draftId, kind: 'line', text: 'half typed', createdAt: nineAm.toISOString(), updatedAt: nineAm.toISOString() });
    await expect(createConcern(db, testId(nineAm.getTime()), fields({ summary: '' }), ctx(nineAm, 'Ana', draftId))).rejects.toThrow();
    expect((await listDrafts(db)).map((d) => d.text)).toEqual(['half typed']);
  });

  it('offers every tag used so far for autocomplete', async () => {
    const db = freshDb();
    await createConcern(db, testId(nineAm.getTime()), fields({ tags: ['streetlights', 'elm-st'] }), ctx(nineAm));
    await createConcern(db, testId(nineAm.getTime()), fields({ tags: ['potholes', 'elm-st'] }), ctx(nineAm));
    expect(await knownTags(db)).toEqual(['elm-st', 'potholes', 'streetlights']);
  });

  it('stops suggesting a tag once no concern carries it', async () => {
    const db = freshDb();
    const id = testId(nineAm.getTime());
    await createConcern(db, id, fields({ tags: ['graffiti', 'parks'] }), ctx(nineAm));
    await createConcern(db, testId(nineAm.getTime()), fields({ tags: ['parks'] }), ctx(nineAm));
    await updateConcern(db, id, fields({ tags: ['parks', 'vandalism'] }), ctx(nineAm));
    expect(await knownTags(db)).toEqual(['parks', 'vandalism']);
    expect(await db.tags.get('parks')).toEqual({ tag: 'parks', count: 2 });
  });
});
