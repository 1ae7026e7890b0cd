/**
 * Marking a concern as a negative comment (markNegative) through a real push, on PGlite and PostgreSQL: whoever
 * may flag a concern may mark it (counter staff, go-to people, admins), a facilitator is refused and no row
 * changes, and the mark reaches other desks by pull with its history entry.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PushResponse } from '@shared/sync/protocol';
import { PullResponseSchema } from '@shared/sync/protocol';
import { buildApp } from '../../server/src/app';
import type { Db } from '../../server/src/db/db';
import { describeEachDatabase } from '../helpers/databases';
import { useFastPasswords } from '../helpers/staff';
import { concernId, createOffice, createStaff, fields, migrated, mutation, officeRows, pullPage, push, type TestStaff } from './sync/support';

useFastPasswords();

describeEachDatabase('the negative mark', (getDb) => {
  let db: Db;
  let app: FastifyInstance;
  let officeId: string;
  let admin: TestStaff;

  beforeEach(async () => {
    db = await migrated(getDb());
    app = buildApp({ db });
    officeId = await createOffice(db);
    admin = await createStaff(db, officeId, { role: 'admin', displayName: 'Ada Admin' });
    const logged = await push(app, admin, { clientId: randomUUID(), mutations: [mutation(1, 'logConcern', { id: concernId(1), fields: fields({ channel: 'social-media', summary: 'Rude post about the crew' }) })] });
    expect(logged.json<PushResponse>().results).toEqual([{ id: 1, status: 'applied' }]);
  });
  afterEach(async () => {
    await app.close();
  });

  it('takes a mark from counter staff, and another desk pulls it with its history', async () => {
    const ben = await createStaff(db, officeId, { role: 'counter', displayName: 'Ben at the counter' });
    const res = await push(app, ben, { clientId: randomUUID(), mutations: [mutation(1, 'markNegative', { id: concernId(1), negative: true })] });
    expect(res.json<PushResponse>().results).toEqual([{ id: 1, status: 'applied' }]);
    const page = PullResponseSchema.parse(await pullPage(app, admin, { clientId: randomUUID() }));
    expect(page.changes.find((c) => c.table === 'concerns')?.row).toMatchObject({ negative: true, updatedBy: 'Ben at the counter' });
    const history = page.changes.filter((c) => c.table === 'concern_history').map((c) => c.row);
    expect(history.at(-1)).toMatchObject({ kind: 'edited', changes: [{ field: 'negative', from: false, to: true }] });
  });

  it('refuses a facilitator in plain words and changes no row', async () => {
    const fay = await createStaff(db, officeId, { role: 'facilitator', displayName: 'Fay' });
    const before = await officeRows(db, officeId);
    const res = await push(app, fay, { clientId: randomUUID(), mutations: [mutation(1, 'markNegative', { id: concernId(1), negative: true })] });
    expect(res.json<PushResponse>().results).toEqual([
      { id: 1, status: 'rejected', code: 'forbidden', reason: 'Facilitators can read the notebook but not change it, so this change was not saved.' },
    ]);
    expect(await officeRows(db, officeId)).toEqual(before);
  });
});
