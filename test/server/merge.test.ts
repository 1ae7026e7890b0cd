/** Merging duplicates through the office server: only go-to people and admins may, and a replay applies nothing twice. */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import type { Db } from '../../server/src/db/db';
import type { PushResponse } from '@shared/sync/protocol';
import { describeEachDatabase } from '../helpers/databases';
import { concernId, createOffice, createStaff, fields, migrated, mutation, officeRows, push, syncCounts, type TestStaff } from './sync/support';

const [keep, dup] = [concernId(1), concernId(2)];

describeEachDatabase('mergeConcerns pushed to the server', (getDb) => {
  let db: Db;
  let app: FastifyInstance;
  let counter: TestStaff;
  let goto: TestStaff;

  beforeEach(async () => {
    db = await migrated(getDb());
    app = buildApp({ db });
    const office = await createOffice(db);
    counter = await createStaff(db, office, { displayName: 'Ben at the counter' });
    goto = await createStaff(db, office, { role: 'goto', displayName: 'Gia' });
    const logged = await push(app, counter, {
      clientId: randomUUID(),
      mutations: [
        mutation(1, 'logConcern', { id: keep, fields: fields({ summary: 'Streetlight out', tags: ['elm-st'] }) }),
        mutation(2, 'logConcern', { id: dup, fields: fields({ summary: 'Lamp dark on Elm St', tags: ['night'] }) }),
      ],
    });
    expect(logged.json<PushResponse>().results.map((r) => r.status)).toEqual(['applied', 'applied']);
  });
  afterEach(async () => {
    await app.close();
  });

  it('refuses a counter colleague\'s merge in plain words and changes nothing', async () => {
    const before = await officeRows(db, counter.officeId);
    const res = await push(app, counter, { clientId: randomUUID(), mutations: [mutation(1, 'mergeConcerns', { id: keep, duplicateId: dup })] });
    expect(res.json<PushResponse>().results).toEqual([
      { id: 1, status: 'rejected', reason: 'Only a go-to person or an admin can merge concerns, so nothing was merged.', code: 'forbidden' },
    ]);
    expect(await officeRows(db, counter.officeId)).toEqual(before);
  });

  it('applies a go-to person\'s merge, and answers its replay as a duplicate without applying it twice', async () => {
    const batch = { clientId: randomUUID(), mutations: [mutation(1, 'mergeConcerns', { id: keep, duplicateId: dup })] };
    const first = await push(app, goto, batch);
    expect(first.json<PushResponse>().results).toEqual([{ id: 1, status: 'applied' }]);
    const rows = await officeRows(db, goto.officeId);
    expect(rows.concerns[keep]).toMatchObject({ mergedFrom: [dup], raisedCount: 2, tags: ['elm-st', 'night'], updatedBy: 'Gia' });
    expect(rows.concerns[dup]).toMatchObject({ mergedInto: keep, status: 'closed' });
    expect(Object.keys(rows.concern_tags).sort()).toEqual([`${keep}:elm-st`, `${keep}:night`, `${dup}:night`].sort());

    const before = await syncCounts(db);
    const again = await push(app, goto, batch);
    expect(again.json<PushResponse>().results).toEqual([{ id: 1, status: 'duplicate', outcome: 'applied' }]);
    expect(await syncCounts(db)).toEqual(before);
    expect(await officeRows(db, goto.officeId)).toEqual(rows);
  });

  it('lets an admin merge too', async () => {
    const admin = await createStaff(db, counter.officeId, { role: 'admin', displayName: 'Ade' });
    const res = await push(app, admin, { clientId: randomUUID(), mutations: [mutation(1, 'mergeConcerns', { id: dup, duplicateId: keep })] });
    expect(res.json<PushResponse>().results).toEqual([{ id: 1, status: 'applied' }]);
    expect((await officeRows(db, admin.officeId)).concerns[keep]).toMatchObject({ mergedInto: dup, status: 'closed' });
  });
});
