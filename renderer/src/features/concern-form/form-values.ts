/**
 * Form values in and out of drafts. A draft keeps the form as typed, and it may come from an older version of
 * the app, so reading it back takes each field only when it has the expected type and falls back otherwise:
 * a half-readable draft still gives back everything readable.
 */
import {
  CHANNELS,
  PRIORITIES,
  REPLY_METHODS,
  STATUSES,
  type ConcernFields,
} from '@shared/domain/concern';

type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose => value !== null && typeof value === 'object' && !Array.isArray(value);
const str = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);
const bool = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);
function oneOf<T extends string>(options: readonly T[], value: unknown, fallback: T): T {
  return options.find((option) => option === value) ?? fallback;
}

/** The concern fields kept in a draft's `form`, field by field, with `fallback` for anything unreadable. */
export function fieldsFromDraft(form: unknown, fallback: ConcernFields): ConcernFields {
  const f = isRecord(form) ? form : {};
  const contact = isRecord(f['contact']) ? f['contact'] : {};
  const location = isRecord(f['location']) ? f['location'] : {};
  const followUp = isRecord(f['followUp']) ? f['followUp'] : {};
  const tags = Array.isArray(f['tags']) ? f['tags'].filter((tag): tag is string => typeof tag === 'string') : fallback.tags;
  return {
    channel: oneOf(CHANNELS, f['channel'], fallback.channel),
    summary: str(f['summary'], fallback.summary),
    details: str(f['details'], fallback.details),
    contact: {
      name: str(contact['name'], fallback.contact.name),
      phone: str(contact['phone'], fallback.contact.phone),
      email: str(contact['email'], fallback.contact.email),
      preferredReply: oneOf(REPLY_METHODS, contact['preferredReply'], fallback.contact.preferredReply),
      consentToContact: bool(contact['consentToContact'], fallback.contact.consentToContact),
      anonymous: bool(contact['anonymous'], fallback.contact.anonymous),
      // Kept only when ticked: a draft from before the newsletter has no consent, and absent means no.
      ...(bool(contact['consentToUpdates'], fallback.contact.consentToUpdates === true) ? { consentToUpdates: true } : {}),
    },
    location: { address: str(location['address'], fallback.location.address), area: str(location['area'], fallback.location.area) },
    category: str(f['category'], fallback.category),
    tags,
    priority: oneOf(PRIORITIES, f['priority'], fallback.priority),
    status: oneOf(STATUSES, f['status'], fallback.status),
    followUp: { needed: bool(followUp['needed'], fallback.followUp.needed), due: str(followUp['due'], fallback.followUp.due) },
  };
}

/** The id of the element holding a field's error message, for aria-describedby. */
export function errorId(name: string): string {
  return `form-error-${name.replace(/\./g, '-')}`;
}

/** The id of a field's hint, for aria-describedby. */
export function hintId(name: string): string {
  return `form-hint-${name.replace(/\./g, '-')}`;
}

/** The space-separated ids describing a field: its hint (when it has one) and its error (when it has one). */
export function describedBy(name: string, hasHint: boolean, hasError: boolean): string | undefined {
  const ids = [hasHint ? hintId(name) : '', hasError ? errorId(name) : ''].filter((id) => id !== '');
  return ids.length === 0 ? undefined : ids.join(' ');
}

/** How many fields have an error in a react-hook-form errors object (nested objects and arrays included). */
export function countErrors(errors: unknown): number {
  if (errors === null || typeof errors !== 'object') return 0;
  const record = errors as Record<string, unknown>;
  if (typeof record['type'] === 'string' && typeof record['message'] === 'string') return 1;
  let count = 0;
  for (const [key, value] of Object.entries(record)) if (key !== 'ref') count += countErrors(value);
  return count;
}
