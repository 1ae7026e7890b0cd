import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, searchConcerns } from '../../../renderer/src/db';
import { freshDb } from '../../helpers/fake-db';
import { fields, testId } from '../../helpers/concerns';

describe('schema upgrade', () => {
  it('upgrades a version 1 database, keeping every row, making old concerns searchable and their tags suggestible', async () => {
    const name = `upgrade-${process.pid}`;
    const v1 = freshDb(1, name);
    const at = '2026-10-01T09:00:00.000Z';
    const id = testId(Date.parse(at));
    // A version 1 row has no search terms: that is what the upgrade must add.
    await v1.table('concerns').add({
      ...fields({ summary: 'Graffiti on the library wall', tags: ['graffiti'] }),
      id,
      createdAt: at,
      createdBy: 'Ana',
      updatedAt: at,
      updatedBy: 'Ana',
    });
    await v1.table('drafts').add({ id: testId(Date.parse(at)), kind: 'line', text: 'unsaved words', createdAt: at, updatedAt: at });
    v1.close();

    const current = freshDb(undefined, name);
    await current.open();
    expect(current.verno).toBe(CURRENT_VERSION);
    expect(await current.concerns.count()).toBe(1);
    expect(await current.drafts.count()).toBe(1);
    expect((await searchConcerns(current, 'library')).concerns.map((c) => c.id)).toEqual([id]);
    expect((await current.concerns.get(id))?.terms).toContain('graffiti');
    expect(await current.tags.toArray()).toEqual([{ tag: 'graffiti', count: 1 }]);
    current.close();
  });
});
