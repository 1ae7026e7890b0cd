/**
 * A concern as Open311 shows it to anyone (GET requests): nothing personal. What is public, and why:
 * - description: the concern's summary only, redacted (shared/patterns/redact.ts) of its contact's name, email,
 *   phone and street address and of what the detectors find; the details are never public (staff write notes
 *   there, and a citizen's long account often names people).
 * - address: the address an Open311 client sent as the problem's location; for other concerns only their area
 *   (neighbourhood), since an address logged at a desk is often the citizen's home. lat/long, address_id and
 *   media_url only from an Open311 client, which sent them as public facts about the problem.
 * - status: new, acknowledged and in progress are "open"; resolved and closed are "closed". status_notes say
 *   only what is public already: "Duplicate request." for a concern merged into another, or the title and status
 *   of a public project it is part of (as the public page shows it). Staff names, notes and resolutions never.
 * - expected_datetime: when the first response is due under the office's response times, while the concern is
 *   open and waits for it, and only once an admin has set them.
 * Dates are ISO 8601 in UTC with Z (the spec allows Z or an offset), to the second.
 */
import type { Concern } from '@shared/domain/concern';
import type { OfficeProfile } from '@shared/domain/office-profile';
import { dueAt } from '@shared/domain/response-clock';
import { redact } from '@shared/patterns/redact';
import type { Open311Request, Open311Status } from '@shared/open311/schemas';
import { OPEN311_DESCRIPTION_MAX } from '@shared/open311/schemas';
import type { Open311ServiceMapping } from '@shared/api/open311';
import { personalDataOfConcernRow } from '../public/personal-data';
import { xmlSafe } from '../public/escape';

/** What an Open311 client sent with a request beyond the concern's fields. */
export interface Open311Extras {
  readonly lat: number | null;
  readonly long: number | null;
  readonly addressId: string;
  readonly mediaUrl: string;
}

/** Everything one request's public view is made of. */
export interface RequestSource {
  readonly concern: Concern;
  readonly service: Open311ServiceMapping;
  /** The id shown: the formatted reference when it has one, else the concern's id. */
  readonly requestId: string;
  readonly extras: Open311Extras | undefined;
  /** A public project it is part of: its public title and status label. */
  readonly project: { readonly title: string; readonly statusLabel: string } | undefined;
}

/** The office-wide facts every request shows. */
export interface OfficeFacts {
  readonly agencyName: string;
  readonly profile: OfficeProfile;
}

/** The Open311 status of a concern status. */
export function open311StatusOf(status: Concern['status']): Open311Status {
  return status === 'resolved' || status === 'closed' ? 'closed' : 'open';
}

/** An ISO 8601 instant to the second, with Z: 2026-11-02T09:00:00Z. */
export function w3cTime(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function orNull(text: string): string | null {
  return text.trim() === '' ? null : text;
}

function statusNotesOf(source: RequestSource, clean: (text: string) => string): string | null {
  if ((source.concern.mergedInto ?? null) !== null) return 'Duplicate request.';
  if (source.project !== undefined) return clean(`Part of the project "${source.project.title}": ${source.project.statusLabel}.`);
  return null;
}

function expectedOf(concern: Concern, facts: OfficeFacts): string | null {
  const isWaiting = open311StatusOf(concern.status) === 'open' && (concern.firstResponseAt ?? null) === null && concern.status === 'new';
  if (!isWaiting || !facts.profile.hasResponsePolicy) return null;
  try {
    return w3cTime(dueAt(concern.createdAt, concern.priority, facts.profile.responsePolicy));
  } catch {
    return null;
  }
}

/** The public view of one request (see the module comment). */
export function requestView(source: RequestSource, facts: OfficeFacts): Open311Request {
  const { concern, extras } = source;
  const personal = personalDataOfConcernRow(concern);
  const clean = (text: string) => xmlSafe(redact(text, personal));
  const address = extras === undefined ? concern.location.area : concern.location.address || concern.location.area;
  return {
    service_request_id: source.requestId,
    status: open311StatusOf(concern.status),
    status_notes: statusNotesOf(source, clean),
    service_name: source.service.name,
    service_code: source.service.code,
    description: orNull(clean(concern.summary).slice(0, OPEN311_DESCRIPTION_MAX)),
    agency_responsible: facts.agencyName,
    service_notice: null,
    requested_datetime: w3cTime(concern.createdAt),
    updated_datetime: w3cTime(concern.updatedAt),
    expected_datetime: expectedOf(concern, facts),
    // An Open311 address is the problem's place, not a person's: it stays. A desk's address is redacted away.
    address: orNull(extras === undefined ? clean(address) : xmlSafe(address)),
    address_id: extras === undefined ? null : orNull(extras.addressId),
    zipcode: null,
    lat: extras?.lat ?? null,
    long: extras?.long ?? null,
    media_url: extras === undefined ? null : orNull(extras.mediaUrl),
  };
}
