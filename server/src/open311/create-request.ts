/**
 * POST requests: an integration files a request, which becomes a concern of the office through the intake core
 * (intake/intake.ts), as the suggestion form's submissions do. In order, each refusal in the spec's terms:
 * a live API key of this office (403), the fields (400, input.ts), an enabled service_code (404), then what a
 * desk would refuse too (400, naming the spec's field). Nothing is stored on any refusal.
 *
 * How a request becomes a concern:
 * - category: the service's; summary: the description's first line (cut at a word, at most 300 characters) or
 *   the service's name; details: the whole description, then the coordinates, address id and media link for staff;
 * - location: address_string as the address; contact: first and last name, email, phone as given;
 * - consent: none. Open311 has no consent fields, so the citizen is not taken to have agreed to be contacted or
 *   to get the newsletter (no acknowledgement email either); staff can still see and use what was given.
 * - channel 'other': 'web-form' stays the office's own suggestion form, so the desk's channel figures tell the
 *   two apart; the author "Open311: <integration>" says which system it came from.
 * The answer's service_request_id is the reference number (K7M2Q-9XD4F): what a citizen can quote to staff, and
 * what GET requests/{id} accepts.
 */
import { LIMITS } from '@shared/domain/limits';
import type { Open311Created } from '@shared/open311/schemas';
import type { Open311PostInput } from '@shared/open311/input';
import type { Db } from '../db/db';
import { formatReference, intakeConcern, IntakeInvalid } from '../intake/intake';
import { readServices, type Open311Office } from './settings';

/** A refusal: the HTTP status and its sentences. */
export class Open311Refusal extends Error {
  constructor(
    readonly status: number,
    readonly descriptions: readonly string[],
  ) {
    super(descriptions.join(' '));
    this.name = 'Open311Refusal';
  }
}

/** The spec's field for each concern field an intake problem may name. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  summary: 'description',
  details: 'description',
  category: 'service_code',
  'location.address': 'address_string',
  'contact.name': 'first_name and last_name',
  'contact.email': 'email',
  'contact.phone': 'phone',
};

/** The description's first line, cut at a word to fit a summary. */
export function summaryOf(description: string, fallback: string): string {
  const first = (description.split(/\r?\n/).find((l) => l.trim() !== '') ?? '').trim();
  if (first === '') return fallback;
  if (first.length <= LIMITS.summary) return first;
  const cut = first.slice(0, LIMITS.summary - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > LIMITS.summary / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function detailsOf(input: Open311PostInput, integration: string): string {
  const lines = [input.description.trim(), '', `Sent through Open311 by ${integration}.`];
  if (input.lat !== undefined && input.long !== undefined) lines.push(`Coordinates (WGS84): ${input.lat}, ${input.long}`);
  if (input.addressId !== '') lines.push(`Address id: ${input.addressId}`);
  if (input.mediaUrl !== '') lines.push(`Media: ${input.mediaUrl}`);
  return lines.join('\n').trim();
}

/** Files a checked request for the integration holding the key; returns the spec's answer. */
export async function createRequest(db: Db, office: Open311Office, key: { id: string; name: string }, input: Open311PostInput): Promise<Open311Created> {
  const services = await readServices(db, office.officeId);
  const service = services.find((s) => s.isEnabled && s.code.toLowerCase() === input.serviceCode.toLowerCase());
  if (service === undefined) throw new Open311Refusal(404, [`service_code ${input.serviceCode} was not found: see GET services for the codes.`]);
  const integration = key.name;
  let result;
  try {
    result = await intakeConcern(db, office.officeId, {
      source: 'open311',
      channel: 'other',
      author: `Open311: ${integration}`.slice(0, LIMITS.staffName),
      receivedAt: new Date(),
      summary: summaryOf(input.description, service.name),
      details: detailsOf(input, integration),
      category: service.category,
      location: { address: input.addressString, area: '' },
      contact: { name: `${input.firstName} ${input.lastName}`.trim(), email: input.email, phone: input.phone, consentToContact: false, consentToUpdates: false },
    }, {
      // Kept for GET requests (coordinates, address id, media link), stored with the concern or not at all; the
      // concern's details already carry them for staff.
      withinTransaction: async (tx, logged) => {
        await tx.query(
          `insert into open311_requests (office_id, concern_id, service_code, api_key_id, lat, long, address_id, media_url) values ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [office.officeId, logged.concernId, service.code, key.id, input.lat ?? null, input.long ?? null, input.addressId, input.mediaUrl],
        );
      },
    });
  } catch (error) {
    if (!(error instanceof IntakeInvalid)) throw error;
    throw new Open311Refusal(400, error.issues.map((i) => `${FIELD_NAMES[i.path] ?? i.path}: ${i.message}.`.replace(/\.\.$/, '.')));
  }
  const reference = formatReference(result.reference);
  return [{ service_request_id: reference, service_notice: `${office.agencyName} received your request. Its reference number is ${reference}.`, account_id: null }];
}
