/**
 * The personal data of a stored concern row, read loosely: the public page must redact a citizen's details even
 * from a row an older or newer desk wrote in a shape this server does not fully parse. Taken: every contact's
 * (merged ones too) name, email and phone, the street address, and what the detectors find in the summary and
 * details (a concern logged in one line holds the citizen only in its words: "Maria Lopez, 555 014 2368, …").
 */
import { findAddresses, findCuedNames, findEmails, findPhones, mayHoldPersonalData } from '@shared/patterns/redact-detectors';

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

/** The names after a cue, emails, phone numbers and street addresses in a citizen's own words. */
export function personalDataInWords(words: string): string[] {
  if (!mayHoldPersonalData(words)) return [];
  const spans = [...findCuedNames(words), ...findEmails(words), ...findPhones(words), ...findAddresses(words)];
  // "Mrs Ann Smith": the person is "Ann Smith"; the title alone would make every "Mrs" a name.
  return spans.map((s) => words.slice(s.start, s.end).replace(/^(mr|mrs|ms|miss|mx|dr)\.?\s+/i, '').trim()).filter((v) => v.length >= 2);
}

/** Each personal string of a concern row once, none empty. */
export function personalDataOfConcernRow(row: unknown): string[] {
  const others = field(row, 'otherContacts');
  const contacts = [field(row, 'contact'), ...(Array.isArray(others) ? others : [])];
  const values = contacts.flatMap((c) => [text(field(c, 'name')), text(field(c, 'email')), text(field(c, 'phone'))]);
  values.push(text(field(field(row, 'location'), 'address')));
  values.push(...personalDataInWords(`${text(field(row, 'summary'))}\n${text(field(row, 'details'))}`));
  return [...new Set(values.filter((v) => v !== ''))];
}
