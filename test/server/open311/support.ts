/**
 * Open311 test helpers: an office whose endpoint is on with a key, requests through app.inject() in either
 * format, concerns written as a desk would (with createdAt near now, so the default 90-day window holds them),
 * and the XML of an answer read back into the shape of its JSON, to compare the two field by field.
 */
import type { FastifyInstance } from 'fastify';
import type { Concern, ConcernFields } from '@shared/domain/concern';
import type { Open311Settings, UpdateOpen311Request } from '@shared/api/open311';
import type { Db } from '../../../server/src/db/db';
import { createSqlStore } from '../../../server/src/sync/sql-store';
import { fields, testId } from '../../helpers/concerns';
import { createTestOffice, type TestOffice } from '../escalations/support';
import { parseXml } from '../public-page/support';

/** An office with Open311 on and one integration key. */
export interface Open311Office extends TestOffice {
  readonly base: string;
  readonly key: string;
  readonly settings: Open311Settings;
}

/** Bearer headers of a token. */
export const as = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

/** Turns the endpoint on (services as they are, or changed by `change`) and makes a key named "City app". */
export async function openEndpoint(app: FastifyInstance, db: Db, change?: (s: Open311Settings) => UpdateOpen311Request): Promise<Open311Office> {
  const office = await createTestOffice(db);
  const first = await app.inject({ method: 'GET', url: '/api/admin/open311', headers: as(office.admin.token) });
  if (first.statusCode !== 200) throw new Error(`GET settings answered ${first.statusCode}: ${first.body}`);
  const current = first.json<{ settings: Open311Settings }>().settings;
  const update = change?.(current) ?? { isEnabled: true, services: current.services };
  const put = await app.inject({ method: 'PUT', url: '/api/admin/open311', headers: as(office.admin.token), payload: update });
  if (put.statusCode !== 200) throw new Error(`PUT settings answered ${put.statusCode}: ${put.body}`);
  const made = await app.inject({ method: 'POST', url: '/api/admin/open311/keys', headers: as(office.admin.token), payload: { name: 'City app' } });
  if (made.statusCode !== 201) throw new Error(`POST key answered ${made.statusCode}: ${made.body}`);
  const settings = put.json<{ settings: Open311Settings }>().settings;
  return { ...office, base: settings.endpointPath, key: made.json<{ secret: string }>().secret, settings };
}

/** A form-encoded body of the fields. */
export function form(values: Record<string, string>): string {
  return new URLSearchParams(values).toString();
}

/** POSTs a form-encoded request. */
export function postForm(app: FastifyInstance, url: string, values: Record<string, string>) {
  return app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, payload: form(values) });
}

let serial = 0;

/** Writes a concern of the office as a desk's logConcern would, created `daysAgo` days ago. */
export async function writeConcern(db: Db, officeId: string, changes: Partial<ConcernFields> & Partial<Concern> = {}, daysAgo = 1): Promise<Concern> {
  serial += 1;
  const at = new Date(Date.now() - daysAgo * 86_400_000 - serial).toISOString();
  const concern: Concern = { ...fields({ summary: `Concern ${serial}`, category: 'Streetlights' }), id: testId(Date.parse(at)), createdAt: at, createdBy: 'Ben at the front desk', updatedAt: at, updatedBy: 'Ben at the front desk', ...changes };
  await db.transaction(async (tx) => createSqlStore(tx, officeId).put('concerns', concern));
  return concern;
}

/** Child elements of an element. */
function children(node: Element): Element[] {
  return Array.from(node.childNodes).filter((n): n is Element => n.nodeType === 1);
}

const LISTS = new Set(['services', 'service_requests', 'errors', 'attributes', 'values', 'endpoints', 'formats']);
const NUMBERS = new Set(['lat', 'long', 'code', 'order']);
const BOOLEANS = new Set(['metadata', 'variable', 'required']);

function valueOf(node: Element): unknown {
  const kids = children(node);
  if (LISTS.has(node.tagName)) return kids.map(valueOf);
  if (kids.length > 0) return Object.fromEntries(kids.map((k) => [k.tagName, valueOf(k)]));
  const text = node.textContent ?? '';
  if (text === '') return null;
  if (NUMBERS.has(node.tagName)) return Number(text);
  if (BOOLEANS.has(node.tagName)) return text === 'true';
  return text;
}

/** An XML answer as the JSON it should equal: lists as arrays, empty elements as null, numbers and booleans typed. */
export function xmlAsJson(text: string): unknown {
  return valueOf(parseXml(text).documentElement);
}
