import { expect, it } from 'vitest';
import { DeviceSessionListResponseSchema, StaffListResponseSchema, StaffResponseSchema } from '../../../shared/api/admin';
import { updateStaff } from '../../../server/src/auth/staff-admin';
import type { Role } from '../../../server/src/auth/staff-session';
import { createSession, createStaff, TEST_PASSWORD } from '../../helpers/staff';
import type { TestStaff } from '../../helpers/staff';
import { call, describeAuth, snapshotAuthTables } from './support';

const SOME_ID = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';

describeAuth('the admin screen', ({ app, db }) => {
  const signInAs = async (email: string, password: string) =>
    call(app(), 'POST', '/api/sessions', { body: { email, password }, remoteAddress: `192.0.2.${Math.floor(Math.random() * 250)}` });

  it('lists the office staff without passwords, and adds someone with a temporary password', async () => {
    const admin = await createStaff(db(), { role: 'admin', displayName: 'Ana' });
    await createStaff(db(), { officeId: admin.officeId, displayName: 'Ben', email: 'ben@town.example' });
    await createStaff(db(), { displayName: 'Elsewhere' });

    const added = await call(app(), 'POST', '/api/admin/staff', {
      token: admin.token,
      body: { email: 'Cy@Town.example', displayName: 'Cy', role: 'facilitator', password: 'temporary password 1' },
    });
    expect(added.statusCode).toBe(201);
    expect(StaffResponseSchema.parse(added.json()).staff).toMatchObject({ email: 'cy@town.example', role: 'facilitator', mustChangePassword: true, isDisabled: false });

    const list = await call(app(), 'GET', '/api/admin/staff', { token: admin.token });
    expect(list.body).not.toContain('scrypt$');
    expect(StaffListResponseSchema.parse(list.json()).staff.map((member) => member.displayName)).toEqual(['Ana', 'Ben', 'Cy']);

    const cy = await signInAs('cy@town.example', 'temporary password 1');
    expect(cy.json()).toMatchObject({ staff: { role: 'facilitator', officeId: admin.officeId, mustChangePassword: true } });
    const twice = await call(app(), 'POST', '/api/admin/staff', {
      token: admin.token,
      body: { email: 'ben@town.example', displayName: 'Ben 2', role: 'counter', password: 'temporary password 2' },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toEqual({ error: 'email-taken', message: 'Someone in this office already signs in with that email.' });
  });

  it('changes role and name, and turning someone off signs them out at once until they are turned on again', async () => {
    const admin = await createStaff(db(), { role: 'admin' });
    const ben = await createStaff(db(), { officeId: admin.officeId });
    const benLaptop = await createSession(db(), ben.id);
    const renamed = await call(app(), 'PATCH', `/api/admin/staff/${ben.id}`, { token: admin.token, body: { role: 'goto', displayName: 'Benjamin' } });
    expect(renamed.json()).toMatchObject({ staff: { role: 'goto', displayName: 'Benjamin', isDisabled: false } });
    expect((await call(app(), 'GET', '/api/me', { token: ben.token })).json()).toMatchObject({ staff: { role: 'goto' } });

    const off = await call(app(), 'PATCH', `/api/admin/staff/${ben.id}`, { token: admin.token, body: { isDisabled: true } });
    expect(off.json()).toMatchObject({ staff: { isDisabled: true } });
    for (const token of [ben.token, benLaptop.token]) expect((await call(app(), 'GET', '/api/me', { token })).statusCode).toBe(401);
    const live = await db().query('select 1 from sessions where staff_id = $1 and revoked_at is null', [ben.id]);
    expect(live.rows).toEqual([]);
    expect((await signInAs(ben.email, TEST_PASSWORD)).statusCode).toBe(403);

    await call(app(), 'PATCH', `/api/admin/staff/${ben.id}`, { token: admin.token, body: { isDisabled: false } });
    expect((await call(app(), 'GET', '/api/me', { token: ben.token })).statusCode).toBe(401);
    expect((await signInAs(ben.email, TEST_PASSWORD)).statusCode).toBe(201);
  });

  it('never leaves an office without an admin', async () => {
    const ana = await createStaff(db(), { role: 'admin', displayName: 'Ana' });
    for (const body of [{ role: 'counter' }, { isDisabled: true }]) {
      const response = await call(app(), 'PATCH', `/api/admin/staff/${ana.id}`, { token: ana.token, body });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toEqual({
        error: 'last-admin',
        message: "Ana is the office's only admin. Make someone else an admin first, so the office is never left without one.",
      });
    }
    const ben = await createStaff(db(), { officeId: ana.officeId, role: 'admin' });
    // Both demote each other at once: one must be refused (409 from the office lock, or 403 when the other's
    // change landed before its request was authorized).
    const both = await Promise.all([
      call(app(), 'PATCH', `/api/admin/staff/${ben.id}`, { token: ana.token, body: { role: 'counter' } }),
      call(app(), 'PATCH', `/api/admin/staff/${ana.id}`, { token: ben.token, body: { isDisabled: true } }),
    ]);
    expect(both.filter((response) => response.statusCode === 200)).toHaveLength(1);
    expect(both.filter((response) => [403, 409].includes(response.statusCode))).toHaveLength(1);
    let admins = await db().query(`select 1 from staff where office_id = $1 and role = 'admin' and disabled_at is null`, [ana.officeId]);
    expect(admins.rows).toHaveLength(1);

    // The same race past authorization, straight at the service: the office lock refuses the second.
    await db().query(`update staff set role = 'admin', disabled_at = null where office_id = $1`, [ana.officeId]);
    const services = await Promise.allSettled([
      updateStaff(db(), ana.officeId, ben.id, { role: 'counter' }),
      updateStaff(db(), ana.officeId, ana.id, { isDisabled: true }),
    ]);
    expect(services.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(services.find((result) => result.status === 'rejected')).toMatchObject({ reason: { status: 409, code: 'last-admin' } });
    admins = await db().query(`select 1 from staff where office_id = $1 and role = 'admin' and disabled_at is null`, [ana.officeId]);
    expect(admins.rows).toHaveLength(1);
  });

  it("resets someone's password, signing out their devices; an admin resetting their own stays signed in here", async () => {
    const admin = await createStaff(db(), { role: 'admin' });
    const adminLaptop = await createSession(db(), admin.id);
    const ben = await createStaff(db(), { officeId: admin.officeId });
    const reset = await call(app(), 'POST', `/api/admin/staff/${ben.id}/password`, { token: admin.token, body: { password: 'fresh temporary one' } });
    expect(reset.statusCode).toBe(204);
    expect((await call(app(), 'GET', '/api/me', { token: ben.token })).statusCode).toBe(401);
    expect((await signInAs(ben.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await signInAs(ben.email, 'fresh temporary one')).json()).toMatchObject({ staff: { mustChangePassword: true } });

    await call(app(), 'POST', `/api/admin/staff/${admin.id}/password`, { token: admin.token, body: { password: 'my own reset one' } });
    expect((await call(app(), 'GET', '/api/me', { token: admin.token })).statusCode).toBe(200);
    expect((await call(app(), 'GET', '/api/me', { token: adminLaptop.token })).statusCode).toBe(401);
  });

  it('lists the devices signed in to the office and signs out a lost one', async () => {
    const admin = await createStaff(db(), { role: 'admin', deviceLabel: 'Admin desk' });
    const ben = await createStaff(db(), { officeId: admin.officeId, displayName: 'Ben', deviceLabel: 'Front desk laptop' });
    const gone = await createSession(db(), ben.id, { deviceLabel: 'Revoked' });
    await db().query('update sessions set revoked_at = now() where id = $1', [gone.sessionId]);
    await createStaff(db(), { deviceLabel: 'Other office' });

    const list = DeviceSessionListResponseSchema.parse((await call(app(), 'GET', '/api/admin/sessions', { token: admin.token })).json());
    expect(list.sessions.map((session) => [session.deviceLabel, session.staffDisplayName, session.isCurrent]).sort()).toEqual([
      ['Admin desk', admin.displayName, true],
      ['Front desk laptop', 'Ben', false],
    ]);
    const signOut = await call(app(), 'DELETE', `/api/admin/sessions/${ben.sessionId}`, { token: admin.token });
    expect(signOut.statusCode).toBe(204);
    expect((await call(app(), 'GET', '/api/me', { token: ben.token })).statusCode).toBe(401);
    expect((await call(app(), 'DELETE', `/api/admin/sessions/${ben.sessionId}`, { token: admin.token })).statusCode).toBe(204);
  });

  it.each<Role>(['counter', 'goto', 'facilitator'])('refuses every admin route to %s staff with 403', async (role) => {
    const admin = await createStaff(db(), { role: 'admin' });
    const someone = await createStaff(db(), { officeId: admin.officeId, role });
    const before = await snapshotAuthTables(db());
    for (const [method, url, body] of adminRequests(admin)) {
      const response = await call(app(), method, url, { token: someone.token, ...(body === undefined ? {} : { body }) });
      expect(response.statusCode, `${method} ${url}`).toBe(403);
      expect(response.json()).toEqual({ error: 'forbidden', message: 'Your role does not allow this.' });
      expect((await call(app(), method, url, body === undefined ? {} : { body })).statusCode).toBe(401);
    }
    expect(await snapshotAuthTables(db())).toEqual(before);
  });

  it("cannot see or change another office's staff or sessions: their ids answer 404 like unknown ones", async () => {
    const north = await createStaff(db(), { role: 'admin', officeName: 'North' });
    const south = await createStaff(db(), { role: 'admin', officeName: 'South' });
    const southBen = await createStaff(db(), { officeId: south.officeId });
    const before = await snapshotAuthTables(db());

    const staff = StaffListResponseSchema.parse((await call(app(), 'GET', '/api/admin/staff', { token: north.token })).json()).staff;
    expect(staff.map((member) => member.id)).toEqual([north.id]);
    const sessions = DeviceSessionListResponseSchema.parse((await call(app(), 'GET', '/api/admin/sessions', { token: north.token })).json()).sessions;
    expect(sessions.map((session) => session.id)).toEqual([north.sessionId]);

    for (const id of [southBen.id, south.id, SOME_ID]) {
      for (const [method, url, body] of [
        ['PATCH', `/api/admin/staff/${id}`, { isDisabled: true }],
        ['POST', `/api/admin/staff/${id}/password`, { password: 'taken over now!' }],
      ] as const) {
        const response = await call(app(), method, url, { token: north.token, body });
        expect(response.statusCode).toBe(404);
        expect(response.json()).toEqual({ error: 'not-found', message: 'There is no such staff member in your office.' });
      }
    }
    for (const id of [southBen.sessionId, south.sessionId, SOME_ID]) {
      const response = await call(app(), 'DELETE', `/api/admin/sessions/${id}`, { token: north.token });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({ error: 'not-found', message: 'There is no such session in your office.' });
    }
    expect(await snapshotAuthTables(db())).toEqual(before);
  });

  it('answers 400 to ids that are not ids and to changes that change nothing', async () => {
    const admin = await createStaff(db(), { role: 'admin' });
    const notAnId = await call(app(), 'PATCH', '/api/admin/staff/42', { token: admin.token, body: { role: 'goto' } });
    expect(notAnId.statusCode).toBe(400);
    expect(notAnId.json()).toMatchObject({ error: 'invalid', issues: [{ path: 'id' }] });
    const nothing = await call(app(), 'PATCH', `/api/admin/staff/${admin.id}`, { token: admin.token, body: {} });
    expect(nothing.json()).toMatchObject({ error: 'invalid', message: 'Say what to change: role, displayName or isDisabled' });
    const badRole = await call(app(), 'PATCH', `/api/admin/staff/${admin.id}`, { token: admin.token, body: { role: 'owner' } });
    expect(badRole.json()).toMatchObject({ issues: [{ path: 'role', message: 'Choose one of the roles: counter, goto, facilitator or admin' }] });
    const huge = await call(app(), 'POST', '/api/admin/staff', { token: admin.token, body: { displayName: 'x'.repeat(20_000) } });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toEqual({ error: 'too-large', message: 'That request is too large.' });
  });
});

function adminRequests(admin: TestStaff): (readonly ['GET' | 'POST' | 'PATCH' | 'DELETE', string, unknown])[] {
  return [
    ['GET', '/api/admin/staff', undefined],
    ['POST', '/api/admin/staff', { email: 'eve@town.example', displayName: 'Eve', role: 'admin', password: 'let me in please' }],
    ['PATCH', `/api/admin/staff/${admin.id}`, { role: 'counter' }],
    ['POST', `/api/admin/staff/${admin.id}/password`, { password: 'let me in please' }],
    ['GET', '/api/admin/sessions', undefined],
    ['DELETE', `/api/admin/sessions/${admin.sessionId}`, undefined],
  ];
}
