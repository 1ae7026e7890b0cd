/**
 * The office's staff directory desks receive by sync (office_staff), on PGlite and PostgreSQL: every change
 * to a staff member, made through the real setup and admin routes or the CLI, writes the row their office's
 * desks pull, in the same transaction, and nothing of it reaches another office. Migration 008 fills it for
 * staff who existed before.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { OfficeStaffSchema, type OfficeStaff } from '@shared/domain/review';
import type { RowChange } from '@shared/sync/store';
import { buildApp } from '../../server/src/app';
import { createSetupCode } from '../../server/src/auth/first-run';
import { runCli } from '../../server/src/cli';
import type { Db } from '../../server/src/db/db';
import { loadMigrations, migrate } from '../../server/src/db/migrate';
import { createPokeHub } from '../../server/src/sync/pokes';
import { describeEachDatabase } from '../helpers/databases';
import { createSession, createStaff, migrateForTests, useFastPasswords, type TestStaff } from '../helpers/staff';
import { pullPage } from './sync/support';

useFastPasswords();

/** A desk of the staff member: pulls from where it last got to, like the sync engine. */
function deskOf(app: () => FastifyInstance, staff: Pick<TestStaff, 'token'>) {
  const clientId = randomUUID();
  let cursor: string | undefined;
  return {
    /** Every change new since this desk's last pull. */
    async pull(): Promise<RowChange[]> {
      const page = await pullPage(app(), staff, { clientId, ...(cursor === undefined ? {} : { cursor }) });
      cursor = page.cursor;
      return page.changes;
    },
    /** The office_staff rows among them. */
    async staffRows(): Promise<(OfficeStaff | undefined)[]> {
      return (await this.pull()).flatMap((change) => (change.table === 'office_staff' ? [change.row] : []));
    },
  };
}

const staffRowsIn = (changes: readonly RowChange[]) => changes.flatMap((change) => (change.table === 'office_staff' ? [change.row] : []));

describeEachDatabase('the staff directory desks receive', (getDb) => {
  let app: FastifyInstance | undefined;
  const theApp = (): FastifyInstance => {
    if (app === undefined) throw new Error('No app: use it inside tests');
    return app;
  };
  const send = (method: 'POST' | 'PATCH', url: string, token: string, payload: object): Promise<LightMyRequestResponse> =>
    theApp().inject({ method, url, headers: { authorization: `Bearer ${token}` }, payload });

  beforeEach(async () => {
    await migrateForTests(getDb());
    app = buildApp({ db: getDb() });
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('holds the first admin from setup, without their email', async () => {
    const code = await createSetupCode(getDb());
    const response = await theApp().inject({
      method: 'POST',
      url: '/api/setup',
      payload: { code, officeName: 'Town Hall', email: 'ana@town.example', displayName: 'Ana Admin', password: 'a long first password' },
    });
    expect(response.statusCode).toBe(201);
    const session = response.json<{ token: string; staff: { id: string } }>();
    const changes = await deskOf(theApp, session).pull();
    expect(staffRowsIn(changes)).toEqual([{ id: session.staff.id, displayName: 'Ana Admin', role: 'admin', isActive: true }]);
    expect(JSON.stringify(changes)).not.toContain('ana@town.example');
  });

  it('follows adding someone, a new name and role, and turning them off and on again, each as the desks pull it', async () => {
    const admin = await createStaff(getDb(), { role: 'admin', displayName: 'Ana' });
    const desk = deskOf(theApp, admin);
    await desk.pull();

    const added = await send('POST', '/api/admin/staff', admin.token, {
      email: 'ben@town.example',
      displayName: 'Ben',
      role: 'counter',
      password: 'temporary password 1',
    });
    expect(added.statusCode).toBe(201);
    const benId = added.json<{ staff: { id: string } }>().staff.id;
    const afterAdd = await desk.pull();
    expect(staffRowsIn(afterAdd)).toEqual([{ id: benId, displayName: 'Ben', role: 'counter', isActive: true }]);
    expect(JSON.stringify(afterAdd)).not.toMatch(/ben@town\.example|scrypt|temporary password/);

    const url = `/api/admin/staff/${benId}`;
    expect((await send('PATCH', url, admin.token, { displayName: 'Benjamin', role: 'goto' })).statusCode).toBe(200);
    expect(await desk.staffRows()).toEqual([{ id: benId, displayName: 'Benjamin', role: 'goto', isActive: true }]);

    expect((await send('PATCH', url, admin.token, { isDisabled: true })).statusCode).toBe(200);
    expect(await desk.pull()).toEqual([
      { table: 'office_staff', id: benId, row: { id: benId, displayName: 'Benjamin', role: 'goto', isActive: false } },
    ]);

    expect((await send('PATCH', url, admin.token, { isDisabled: false })).statusCode).toBe(200);
    expect(await desk.staffRows()).toEqual([{ id: benId, displayName: 'Benjamin', role: 'goto', isActive: true }]);

    const stored = await getDb().query<{ row: unknown }>('select row from office_staff where office_id = $1 and id = $2', [admin.officeId, benId]);
    expect(OfficeStaffSchema.parse(stored.rows[0]?.row)).toEqual({ id: benId, displayName: 'Benjamin', role: 'goto', isActive: true });
  });

  it('gives desks nothing new to pull for a change that leaves the row as it was, such as a new password', async () => {
    const admin = await createStaff(getDb(), { role: 'admin' });
    const desk = deskOf(theApp, admin);
    const added = await send('POST', '/api/admin/staff', admin.token, { email: 'cy@town.example', displayName: 'Cy', role: 'goto', password: 'temporary password 1' });
    const cyId = added.json<{ staff: { id: string } }>().staff.id;
    await desk.pull();

    expect((await send('POST', `/api/admin/staff/${cyId}/password`, admin.token, { password: 'temporary password 2' })).statusCode).toBe(204);
    expect((await send('PATCH', `/api/admin/staff/${cyId}`, admin.token, { role: 'goto', displayName: 'Cy' })).statusCode).toBe(200);
    expect(await desk.pull()).toEqual([]);
  });

  it('never reaches another office’s desks', async () => {
    const ana = await createStaff(getDb(), { role: 'admin', officeName: 'Town Hall' });
    const eve = await createStaff(getDb(), { role: 'admin', officeName: 'Library' });
    const elsewhere = deskOf(theApp, eve);
    await elsewhere.pull();

    const added = await send('POST', '/api/admin/staff', ana.token, { email: 'ben@town.example', displayName: 'Ben', role: 'counter', password: 'temporary password 1' });
    const benId = added.json<{ staff: { id: string } }>().staff.id;
    await send('PATCH', `/api/admin/staff/${benId}`, ana.token, { isDisabled: true });

    expect(await elsewhere.pull()).toEqual([]);
    const theirs = await getDb().query('select id from office_staff where office_id = $1', [eve.officeId]);
    expect(theirs.rows).toEqual([]);
  });

  it('pokes the office’s desks when a change commits, and not another office’s', async () => {
    const admin = await createStaff(getDb(), { role: 'admin' });
    const other = await createStaff(getDb(), { role: 'admin' });
    const hub = createPokeHub(getDb());
    try {
      const pokes = { mine: 0, theirs: 0 };
      await hub.subscribe(admin.officeId, () => (pokes.mine += 1));
      await hub.subscribe(other.officeId, () => (pokes.theirs += 1));
      await send('POST', '/api/admin/staff', admin.token, { email: 'dee@town.example', displayName: 'Dee', role: 'facilitator', password: 'temporary password 1' });
      await vi.waitFor(() => expect(pokes.mine).toBeGreaterThan(0));
      expect(pokes.theirs).toBe(0);
    } finally {
      await hub.close();
    }
  });

  it('holds someone the CLI adds', async () => {
    const admin = await createStaff(getDb(), { role: 'admin', officeName: 'Harbour Office' });
    const lines: string[] = [];
    const output = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };
    const argv = ['add-staff', '--office', 'Harbour Office', '--email', 'fay@town.example', '--name', 'Fay', '--role', 'goto'];
    expect(await runCli(argv, { db: getDb(), output })).toBe(0);
    const rows = await deskOf(theApp, admin).staffRows();
    expect(rows).toEqual([{ id: expect.any(String), displayName: 'Fay', role: 'goto', isActive: true }]);
  });

});

describeEachDatabase('migration 008', (getDb) => {
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('fills the staff directory for the staff who were there before, turned-off accounts included', async () => {
    const migrations = await loadMigrations();
    await migrate(getDb(), migrations.filter((migration) => migration.version < 8));
    const db: Db = getDb();
    const offices = await db.query<{ id: string }>(`insert into offices (name) values ('Town Hall'), ('Library') returning id`);
    const [town, library] = offices.rows.map((row) => row.id);
    const staff = await db.query<{ id: string; office_id: string; display_name: string }>(
      `insert into staff (office_id, email, display_name, role, password_hash, disabled_at) values
         ($1, 'ana@town.example', 'Ana', 'admin', 'x', null),
         ($1, 'ben@town.example', 'Ben O''Neill "the tree man"', 'goto', 'x', now()),
         ($2, 'cy@library.example', 'Cy', 'counter', 'x', null)
       returning id, office_id, display_name`,
      [town, library],
    );
    const idOf = (name: string) => staff.rows.find((row) => row.display_name.startsWith(name))?.id ?? '';

    await migrate(db, migrations);

    const { rows } = await db.query<{ office_id: string; id: string; row: unknown }>('select office_id, id, row from office_staff order by office_id, id');
    const parsed = rows.map((row) => ({ officeId: row.office_id, id: row.id, row: OfficeStaffSchema.parse(row.row) }));
    expect(parsed.filter((row) => row.officeId === town).map((row) => row.row)).toEqual(
      expect.arrayContaining([
        { id: idOf('Ana'), displayName: 'Ana', role: 'admin', isActive: true },
        { id: idOf('Ben'), displayName: 'Ben O\'Neill "the tree man"', role: 'goto', isActive: false },
      ]),
    );
    expect(parsed.filter((row) => row.officeId === library).map((row) => row.row)).toEqual([
      { id: idOf('Cy'), displayName: 'Cy', role: 'counter', isActive: true },
    ]);
    expect(parsed).toHaveLength(3);
    for (const row of rows) expect(Object.keys(row.row as object).sort()).toEqual(['displayName', 'id', 'isActive', 'role']);

    // Desks pull the backfilled rows like any other change.
    const built = buildApp({ db });
    app = built;
    const ana = await createSession(db, idOf('Ana'));
    const pulled = await deskOf(() => built, ana).staffRows();
    expect(pulled).toHaveLength(2);
    expect(pulled.map((row) => row?.displayName).sort()).toEqual(['Ana', 'Ben O\'Neill "the tree man"']);
  });
});
