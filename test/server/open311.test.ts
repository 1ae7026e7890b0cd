/**
 * Open311 GeoReport v2 on PGlite and PostgreSQL: every endpoint's JSON matches the spec's documents (zod schemas
 * of shared/open311 that encode the published JSON Schemas), its XML parses and carries the same fields; POST
 * requests takes the spec's own example request (form-encoded, ids as numbers) and JSON bodies with the spec's
 * leading-zero numbers, needs a live key of the office (403 in the spec's error format otherwise) and stores
 * nothing when it refuses; the filters; and no public answer holds the citizen's name, email or phone.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  Open311CreatedSchema,
  Open311DiscoverySchema,
  Open311ErrorsSchema,
  Open311RequestsSchema,
  Open311ServiceDefinitionSchema,
  Open311ServicesSchema,
} from '@shared/open311/schemas';
import { buildApp } from '../../server/src/app';
import type { Db } from '../../server/src/db/db';
import { describeEachDatabase } from '../helpers/databases';
import { useFastPasswords } from '../helpers/staff';
import { as, openEndpoint, postForm, writeConcern, xmlAsJson, type Open311Office } from './open311/support';

useFastPasswords();

const JOHN = { first_name: 'John', last_name: 'Smithers', email: 'smit333@sfgov.example', phone: '555 014 2368' };

/** The spec's example request, with this office's key and code. */
function specExample(key: string, code: string): Record<string, string> {
  return {
    api_key: key,
    jurisdiction_id: 'city.gov',
    service_code: code,
    lat: '37.76524078',
    long: '-122.4212043',
    address_string: '1234 5th street',
    device_id: 'tt222111',
    account_id: '123456',
    description: 'A large sinkhole is destroying the street',
    media_url: 'http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg',
    'attribute[WHISPAWN]': '123456',
    'attribute[WHISDORN]': 'COISL001',
    ...JOHN,
  };
}

async function count(db: Db, table: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
  return rows[0]?.n ?? -1;
}

describeEachDatabase('Open311 GeoReport v2', (getDb) => {
  let db: Db;
  let app: FastifyInstance;
  let office: Open311Office;
  const get = (path: string) => app.inject({ method: 'GET', url: `${office.base}${path}` });
  const both = async (path: string) => {
    const json = await get(`${path}.json`.replace('.json?', '?').replace(/(\?.*)\.json$/, '.json$1'));
    const xml = await get(path.includes('?') ? path.replace('?', '.xml?') : `${path}.xml`);
    return { json, xml };
  };

  beforeEach(async () => {
    db = getDb();
    app = buildApp({ db });
    office = await openEndpoint(app, db);
  });
  afterEach(async () => {
    await app.close();
  });

  it('lists the services in both formats with the same content, and a service definition for each', async () => {
    const { json, xml } = await both('services');
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(xml.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(xml.body.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    const services = Open311ServicesSchema.parse(json.json());
    expect(services.map((s) => s.service_name)).toContain('Streetlights');
    expect(services.every((s) => s.type === 'realtime' && s.metadata === false)).toBe(true);
    expect(xmlAsJson(xml.body)).toEqual(json.json());

    const def = await both('services/streetlights');
    expect(Open311ServiceDefinitionSchema.parse(def.json.json())).toEqual({ service_code: 'streetlights', attributes: [] });
    expect(xmlAsJson(def.xml.body)).toEqual(def.json.json());
    const missing = await get('services/nothing-here.json');
    expect(missing.statusCode).toBe(404);
    expect(Open311ErrorsSchema.parse(missing.json())[0]?.code).toBe(404);
  });

  it('takes the spec example request, answers with a reference, and shows it without personal data', async () => {
    const before = await count(db, 'concerns');
    const res = await postForm(app, `${office.base}requests.json`, specExample(office.key, 'streetlights'));
    expect(res.statusCode, res.body).toBe(200);
    const [created] = Open311CreatedSchema.parse(res.json());
    expect(created?.service_request_id).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(await count(db, 'concerns')).toBe(before + 1);

    const { rows } = await db.query<{ row: { channel: string; createdBy: string; category: string; location: { address: string }; contact: { email: string; consentToContact: boolean; consentToUpdates: boolean }; details: string } }>(
      'select row from concerns where office_id = $1',
      [office.officeId],
    );
    const concern = rows[0]?.row;
    expect(concern).toMatchObject({ channel: 'other', createdBy: 'Open311: City app', category: 'Streetlights', location: { address: '1234 5th street' } });
    expect(concern?.contact).toMatchObject({ email: JOHN.email, consentToContact: false, consentToUpdates: false });
    expect(concern?.details).toContain('37.76524078, -122.4212043');

    const id = created?.service_request_id ?? '';
    for (const path of [`requests/${id}`, `requests/${id.toLowerCase().replace('-', '')}`, 'requests', `requests?service_request_id=${id}`]) {
      const { json, xml } = await both(path);
      expect(json.statusCode, `${path}: ${json.body}`).toBe(200);
      const [request] = Open311RequestsSchema.parse(json.json());
      expect(request).toMatchObject({ service_request_id: id, status: 'open', service_code: 'streetlights', address: '1234 5th street', lat: 37.76524078, long: -122.4212043 });
      expect(request?.description).toBe('A large sinkhole is destroying the street');
      expect(request?.agency_responsible).toBe('Town Hall');
      expect(xmlAsJson(xml.body)).toEqual(json.json());
      for (const body of [json.body, xml.body]) {
        for (const secret of [JOHN.first_name, JOHN.last_name, JOHN.email, JOHN.phone, 'tt222111', 'Ben at the front desk', 'City app']) expect(body).not.toContain(secret);
      }
    }
  });

  it('accepts JSON bodies with numbers for ids and the spec examples\' leading zeros, and answers XML too', async () => {
    const settings = office.settings;
    const services = [{ ...settings.services[0]!, code: '001', category: 'Streetlights', name: 'Light out' }, ...settings.services.slice(1)];
    const put = await app.inject({ method: 'PUT', url: '/api/admin/open311', headers: as(office.admin.token), payload: { isEnabled: true, services } });
    expect(put.statusCode, put.body).toBe(200);
    const body = `{"api_key":"${office.key}","service_code":001,"account_id":123456,"address_id":545483,"lat":37.76,"long":-122.42,"description":"Lamp out"}`;
    const res = await app.inject({ method: 'POST', url: `${office.base}requests.xml`, headers: { 'content-type': 'application/json' }, payload: body });
    expect(res.statusCode, res.body).toBe(200);
    const created = Open311CreatedSchema.parse(xmlAsJson(res.body));
    const shown = Open311RequestsSchema.parse((await get(`requests/${created[0]?.service_request_id}.json`)).json());
    expect(shown[0]).toMatchObject({ service_code: '001', address_id: '545483', service_name: 'Light out' });
  });

  it('refuses a missing, wrong, revoked or other office\'s key with 403 in the spec format, storing nothing', async () => {
    const other = await openEndpoint(app, db);
    const list = await app.inject({ method: 'GET', url: '/api/admin/open311', headers: as(office.admin.token) });
    const keyId = list.json<{ settings: { keys: { id: string }[] } }>().settings.keys[0]?.id;
    const before = await count(db, 'concerns');
    const tries: [string, Record<string, string>][] = [
      ['missing', { service_code: 'streetlights', address_string: 'Elm Street' }],
      ['wrong', { api_key: 'x'.repeat(43), service_code: 'streetlights', address_string: 'Elm Street' }],
      ['other office', { api_key: other.key, service_code: 'streetlights', address_string: 'Elm Street' }],
    ];
    const revoke = await app.inject({ method: 'DELETE', url: `/api/admin/open311/keys/${keyId}`, headers: as(office.admin.token) });
    expect(revoke.statusCode).toBe(200);
    tries.push(['revoked', { api_key: office.key, service_code: 'streetlights', address_string: 'Elm Street' }]);
    for (const [name, values] of tries) {
      for (const format of ['json', 'xml'] as const) {
        const res = await postForm(app, `${office.base}requests.${format}`, values);
        expect(res.statusCode, name).toBe(403);
        const errors = Open311ErrorsSchema.parse(format === 'json' ? res.json() : xmlAsJson(res.body));
        expect(errors[0]).toEqual({ code: 403, description: "Invalid api_key received -- can't proceed with create_request." });
      }
    }
    expect(await count(db, 'concerns')).toBe(before);
    expect(await count(db, 'intake_submissions')).toBe(0);
  });

  it('refuses bad fields with 400 (unknown service 404), naming the spec field, and stores nothing', async () => {
    const cases: [Record<string, string>, number, RegExp][] = [
      [{ service_code: 'streetlights' }, 400, /Give a location/],
      [{ service_code: 'streetlights', lat: '37.7' }, 400, /lat and long together/],
      [{ service_code: 'streetlights', lat: '91', long: '0' }, 400, /latitude/],
      [{ address_string: 'Elm Street' }, 400, /service_code is required/],
      [{ service_code: 'no-such', address_string: 'Elm Street' }, 404, /no-such was not found/],
      [{ service_code: 'streetlights', address_string: 'Elm Street', email: 'not an email' }, 400, /^email: /],
      [{ service_code: 'streetlights', address_string: 'Elm Street', media_url: 'javascript:alert(1)' }, 400, /media_url/],
      [{ service_code: 'streetlights', address_string: 'Elm Street', description: 'x'.repeat(4001) }, 400, /description can be at most 4000/],
    ];
    for (const [values, status, message] of cases) {
      const res = await postForm(app, `${office.base}requests.json`, { api_key: office.key, ...values });
      expect(res.statusCode, res.body).toBe(status);
      expect(Open311ErrorsSchema.parse(res.json()).map((e) => e.description).join(' ')).toMatch(message);
    }
    const wrongType = await app.inject({ method: 'POST', url: `${office.base}requests.json`, headers: { 'content-type': 'text/plain' }, payload: 'hello' });
    expect(wrongType.statusCode).toBe(415);
    const huge = await postForm(app, `${office.base}requests.json`, { api_key: office.key, description: 'x'.repeat(70_000) });
    expect(huge.statusCode).toBe(413);
    expect(Open311ErrorsSchema.parse(huge.json())[0]?.code).toBe(413);
    expect(await count(db, 'concerns')).toBe(0);
    expect(await count(db, 'open311_requests')).toBe(0);
  });

  it('filters by id, service, status and dates within the spec window, and refuses bad filters', async () => {
    const lamp = await writeConcern(db, office.officeId, { category: 'Streetlights', summary: 'Lamp out on Elm Street' }, 2);
    const bin = await writeConcern(db, office.officeId, { category: 'Waste and recycling', status: 'resolved', summary: 'Bin not emptied' }, 3);
    const old = await writeConcern(db, office.officeId, { category: 'Streetlights', summary: 'Old lamp' }, 120);
    await writeConcern(db, office.officeId, { category: 'A category with no service', summary: 'Not listed' }, 1);
    const ids = async (query: string) => Open311RequestsSchema.parse((await get(`requests.json${query}`)).json()).map((r) => r.service_request_id);
    expect(await ids('')).toEqual([lamp.id, bin.id]);
    expect(await ids('?status=closed')).toEqual([bin.id]);
    expect(await ids('?status=open,closed')).toEqual([lamp.id, bin.id]);
    expect(await ids('?service_code=streetlights')).toEqual([lamp.id]);
    expect(await ids(`?service_request_id=${old.id},${bin.id}`)).toEqual([bin.id, old.id]);
    const start = new Date(Date.parse(old.createdAt) - 86_400_000).toISOString();
    expect(await ids(`?start_date=${start}`)).toEqual([old.id]);
    expect(await ids(`?end_date=${new Date(Date.now() - 2.5 * 86_400_000).toISOString()}`)).toEqual([bin.id]);
    for (const bad of ['?status=pending', '?start_date=yesterday', '?start_date=2026-01-01T00:00:00', `?start_date=2020-01-01T00:00:00Z&end_date=2020-06-01T00:00:00Z`]) {
      const res = await get(`requests.json${bad}`);
      expect(res.statusCode, bad).toBe(400);
      Open311ErrorsSchema.parse(res.json());
    }
  });

  it('reads a window through the concerns’ created_at, and still judges rows without one by their row', async () => {
    const recent = await writeConcern(db, office.officeId, { category: 'Streetlights', summary: 'Recent lamp' }, 2);
    const old = await writeConcern(db, office.officeId, { category: 'Streetlights', summary: 'Old lamp' }, 120);
    // Rows written by hand in SQL, or left without a time by migration 015, have no created_at.
    const byHand = await writeConcern(db, office.officeId, { category: 'Streetlights', summary: 'Lamp logged by hand' }, 4);
    const oldByHand = await writeConcern(db, office.officeId, { category: 'Streetlights', summary: 'Old lamp by hand' }, 150);
    await db.query('update concerns set created_at = null where id = any($1::text[])', [[byHand.id, oldByHand.id]]);
    const ids = async (query: string) => Open311RequestsSchema.parse((await get(`requests.json${query}`)).json()).map((r) => r.service_request_id);
    expect(await ids('')).toEqual([recent.id, byHand.id]);
    const start = new Date(Date.parse(oldByHand.createdAt) - 86_400_000).toISOString();
    expect(await ids(`?start_date=${start}`)).toEqual([old.id, oldByHand.id]);
  });

  it('never shows personal data a desk logged, and escapes markup in XML', async () => {
    const maria = { name: 'Maria Lopez', email: 'maria.lopez@example.org', phone: '555 014 9999' };
    await writeConcern(db, office.officeId, {
      summary: 'Maria Lopez says the <script>alert(1)</script> lamp & bin at 12 Oak Lane are broken',
      details: 'Private: her son Tom is ill',
      contact: { ...maria, preferredReply: 'email', consentToContact: true, anonymous: false },
      location: { address: '12 Oak Lane', area: 'Northside' },
    });
    const { json, xml } = await both('requests');
    const [request] = Open311RequestsSchema.parse(json.json());
    expect(request?.address).toBe('Northside');
    expect(request?.lat).toBeNull();
    for (const body of [json.body, xml.body]) {
      for (const secret of [maria.name, maria.email, maria.phone, '12 Oak Lane', 'Tom is ill', 'Ben at the front desk']) expect(body).not.toContain(secret);
    }
    expect(xml.body).not.toContain('<script>');
    expect(xml.body).toContain('&lt;script&gt;');
    expect(xmlAsJson(xml.body)).toEqual(json.json());
  });

  it('publishes a discovery document, and answers 404 in the spec format for an office that is off or unknown', async () => {
    const res = await app.inject({ method: 'GET', url: `/open311/${office.settings.slug}/discovery.json`, headers: { host: 'notebook.town.example' } });
    expect(res.statusCode, res.body).toBe(200);
    const discovery = Open311DiscoverySchema.parse(res.json());
    expect(discovery.endpoints[0]?.url).toBe(`http://notebook.town.example/open311/${office.settings.slug}/v2`);
    const xml = await app.inject({ method: 'GET', url: `/open311/${office.settings.slug}/discovery.xml`, headers: { host: 'notebook.town.example' } });
    expect(xmlAsJson(xml.body)).toEqual(res.json());

    await app.inject({ method: 'PUT', url: '/api/admin/open311', headers: as(office.admin.token), payload: { isEnabled: false, services: office.settings.services } });
    for (const url of [`${office.base}services.json`, '/open311/no-such-office/v2/services.json', '/open311/..%2F..%2Fetc/v2/services.json', `${office.base}nothing.json`]) {
      const off = await app.inject({ method: 'GET', url });
      expect(off.statusCode, url).toBe(404);
      Open311ErrorsSchema.parse(off.json());
    }
    const offXml = await get('services.xml');
    expect(xmlAsJson(offXml.body)).toEqual([{ code: 404, description: expect.any(String) }]);
  });
});

describe('the spec examples', () => {
  it('are not all strict JSON, which is why POST bodies are read leniently', () => {
    expect(() => JSON.parse('{"service_code":001}')).toThrow();
  });
});
