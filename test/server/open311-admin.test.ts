/**
 * Open311's admin API on PGlite and PostgreSQL: only the office's admins read and change it; first use gives a
 * service per category (the standard ones and those concerns use), the endpoint off; bad services are refused by
 * field and nothing changes; a key is shown once, stored as its hash, listed with its last use, and revoked.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { CreatedOpen311KeyResponseSchema, Open311SettingsResponseSchema } from '@shared/api/open311';
import { buildApp } from '../../server/src/app';
import { hashToken } from '../../server/src/auth/tokens';
import type { Db } from '../../server/src/db/db';
import { describeEachDatabase } from '../helpers/databases';
import { createStaff, useFastPasswords } from '../helpers/staff';
import { createTestOffice, type TestOffice } from './escalations/support';
import { as, postForm, writeConcern } from './open311/support';

useFastPasswords();

describeEachDatabase('Open311 settings for admins', (getDb) => {
  let db: Db;
  let app: FastifyInstance;
  let office: TestOffice;
  const settings = async (token: string) => Open311SettingsResponseSchema.parse((await app.inject({ method: 'GET', url: '/api/admin/open311', headers: as(token) })).json()).settings;

  beforeEach(async () => {
    db = getDb();
    office = await createTestOffice(db);
    app = buildApp({ db });
  });
  afterEach(async () => {
    await app.close();
  });

  it('lets only admins in, and starts off with a service for each category', async () => {
    await writeConcern(db, office.officeId, { category: 'Graffiti' });
    const first = await settings(office.admin.token);
    expect(first).toMatchObject({ isEnabled: false, slug: 'town-hall', endpointPath: '/open311/town-hall/v2/', discoveryPath: '/open311/town-hall/discovery.json', keys: [] });
    expect(first.services.map((s) => s.code)).toEqual(expect.arrayContaining(['streetlights', 'streets-and-sidewalks', 'graffiti']));
    expect((await app.inject({ method: 'GET', url: `${first.endpointPath}services.json` })).statusCode).toBe(404);
    for (const role of ['counter', 'goto', 'facilitator'] as const) {
      const someone = await createStaff(db, { officeId: office.officeId, role });
      for (const [method, url] of [['GET', '/api/admin/open311'], ['PUT', '/api/admin/open311'], ['POST', '/api/admin/open311/keys']] as const) {
        expect((await app.inject({ method, url, headers: as(someone.token), payload: { name: 'x' } })).statusCode).toBe(403);
      }
    }
    expect((await app.inject({ method: 'GET', url: '/api/admin/open311' })).statusCode).toBe(401);
  });

  it('refuses bad services by field and keeps what was saved', async () => {
    const first = await settings(office.admin.token);
    const services = first.services.slice(0, 2);
    const ok = await app.inject({ method: 'PUT', url: '/api/admin/open311', headers: as(office.admin.token), payload: { isEnabled: true, services } });
    expect(ok.statusCode, ok.body).toBe(200);
    const bad = await app.inject({
      method: 'PUT',
      url: '/api/admin/open311',
      headers: as(office.admin.token),
      payload: { isEnabled: false, services: [{ ...services[0], code: 'has space' }, { ...services[1], code: services[0]?.code, name: '' }] },
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json<{ issues: { path: string }[] }>().issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['services.0.code', 'services.1.name']));
    expect(await settings(office.admin.token)).toMatchObject({ isEnabled: true, services });
  });

  it('shows a key once, keeps only its hash, records its use, and revokes it for good', async () => {
    const made = await app.inject({ method: 'POST', url: '/api/admin/open311/keys', headers: as(office.admin.token), payload: { name: 'City app' } });
    expect(made.statusCode, made.body).toBe(201);
    const { key, secret } = CreatedOpen311KeyResponseSchema.parse(made.json());
    expect(key).toMatchObject({ name: 'City app', hint: `…${secret.slice(-4)}`, lastUsedAt: null, revokedAt: null });
    const { rows } = await db.query<{ key_hash: string }>('select key_hash from open311_api_keys');
    expect(rows).toEqual([{ key_hash: hashToken(secret) }]);
    const listed = await settings(office.admin.token);
    expect(JSON.stringify(listed)).not.toContain(secret);

    await app.inject({ method: 'PUT', url: '/api/admin/open311', headers: as(office.admin.token), payload: { isEnabled: true, services: listed.services } });
    const post = await postForm(app, `${listed.endpointPath}requests.json`, { api_key: secret, service_code: 'streetlights', address_string: 'Elm Street' });
    expect(post.statusCode, post.body).toBe(200);
    expect((await settings(office.admin.token)).keys[0]?.lastUsedAt).not.toBeNull();

    const revoked = await app.inject({ method: 'DELETE', url: `/api/admin/open311/keys/${key.id}`, headers: as(office.admin.token) });
    expect(revoked.json<{ key: { revokedAt: string | null } }>().key.revokedAt).not.toBeNull();
    const again = await postForm(app, `${listed.endpointPath}requests.json`, { api_key: secret, service_code: 'streetlights', address_string: 'Elm Street' });
    expect(again.statusCode).toBe(403);

    const other = await createStaff(db, { role: 'admin', officeName: 'Elmford Library' });
    expect((await app.inject({ method: 'DELETE', url: `/api/admin/open311/keys/${key.id}`, headers: as(other.token) })).statusCode).toBe(404);
    const unnamed = await app.inject({ method: 'POST', url: '/api/admin/open311/keys', headers: as(office.admin.token), payload: { name: '  ' } });
    expect(unnamed.statusCode).toBe(400);
  });
});
