/**
 * What the suggestion form's server tests share: turning an office's form on through the admin API, a form
 * token signed long enough ago to be accepted (by the server's own signing, with its key), posting a form as a
 * browser does, and counting the rows a submission writes.
 */
import type { FastifyInstance } from 'fastify';
import type { LightMyRequestResponse } from 'fastify';
import type { UpdateSuggestionFormRequest } from '@shared/api/suggestion-form';
import { SUGGESTION_FIELDS } from '@shared/api/suggestion-form';
import type { Db } from '../../../server/src/db/db';
import { signFormToken } from '../../../server/src/public-form/form-token';
import type { TestOffice } from '../escalations/support';

/** Turns the office's form on (or saves other settings) as its admin; fails unless the server took them. */
export async function saveForm(app: FastifyInstance, office: TestOffice, settings: Partial<UpdateSuggestionFormRequest> = {}): Promise<void> {
  const payload = { isEnabled: true, categories: ['Streetlights', 'Parks and green spaces', 'Other'], ...settings };
  const res = await app.inject({ method: 'PUT', url: '/api/admin/suggestion-form', headers: { authorization: `Bearer ${office.admin.token}` }, payload });
  if (res.statusCode !== 200) throw new Error(`saving the form settings answered ${res.statusCode}: ${res.body}`);
}

/** A token for the office's form served `secondsAgo` ago (10 s: past the minimum, well within the maximum). */
export function tokenFor(db: Db, officeId: string, secondsAgo = 10): Promise<string> {
  return signFormToken(db, officeId, Date.now() - secondsAgo * 1000);
}

/** The form's fields by their names in SUGGESTION_FIELDS. */
export type FormInput = Partial<Record<keyof typeof SUGGESTION_FIELDS, string>>;

/** A urlencoded body of the fields. */
export function encodeForm(input: FormInput): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined) params.append(SUGGESTION_FIELDS[key as keyof typeof SUGGESTION_FIELDS], value);
  }
  return params.toString();
}

/** POSTs the form as a browser does. */
export function postForm(app: FastifyInstance, slug: string, body: string, options: { remoteAddress?: string; query?: string } = {}): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `/public/${slug}/suggest${options.query ?? ''}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: body,
    remoteAddress: options.remoteAddress ?? '198.51.100.7',
  });
}

/** The reference number shown on a thank-you page. */
export function referenceOn(html: string): string {
  const match = /<strong>([0-9A-Z]{5}-[0-9A-Z]{5})<\/strong>/.exec(html);
  if (match?.[1] === undefined) throw new Error(`No reference on the page: ${html.slice(0, 500)}`);
  return match[1];
}

/** Rows of the tables a submission writes. */
export async function writtenRows(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['concerns', 'concern_history', 'intake_submissions', 'intake_origins', 'acknowledgement_outbox', 'sync_log']) {
    const { rows } = await db.query<{ n: string }>(`select count(*)::text as n from ${table}`);
    out[table] = Number(rows[0]?.n ?? 0);
  }
  return out;
}
