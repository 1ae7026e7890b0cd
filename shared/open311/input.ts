/**
 * What clients send to POST requests, read leniently: the spec's form-encoded body (every value a string), or
 * a JSON object as many clients send, where ids and codes may be numbers (the spec's own examples type
 * service_code 001 and account_id 123456 as numbers). Every value becomes trimmed text, then is checked against
 * the spec's rules: service_code is required; a location is lat and long together, or address_string, or
 * address_id; lat and long are WGS84 degrees; description at most 4,000 characters; media_url an http(s) URL.
 * Fields this server does not keep (jurisdiction_id, device_id, account_id, attribute[…]) are accepted and
 * dropped, so an ordinary client is never refused for sending them.
 *
 * Example (the spec's request): api_key=xyz&service_code=001&lat=37.76524078&long=-122.4212043&
 *   address_string=1234+5th+street&email=smit333%40sfgov.edu&first_name=john&last_name=smith&phone=111111111&
 *   description=A+large+sinkhole+is+destroying+the+street
 */
import { OPEN311_DESCRIPTION_MAX } from './schemas';

/** A POST requests body, checked. Absent text fields are ''. */
export interface Open311PostInput {
  readonly apiKey: string;
  readonly serviceCode: string;
  /** Both set or both undefined. */
  readonly lat: number | undefined;
  readonly long: number | undefined;
  readonly addressString: string;
  readonly addressId: string;
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly phone: string;
  readonly description: string;
  readonly mediaUrl: string;
}

/** Why a body was refused: one sentence per problem, naming the field as the spec names it. */
export type Open311InputProblems = readonly string[];

/** Longest text accepted in a field other than description (an address, a name, a URL). */
const FIELD_MAX = 2000;

/** A value as text: strings trimmed, finite numbers written out, anything else (objects, arrays) undefined. */
function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function degrees(text: string, max: number): number | undefined {
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return undefined;
  const n = Number(text);
  return Math.abs(n) <= max ? n : undefined;
}

/** An http(s) address with a host and no user name or password in it. */
function isWebUrl(text: string): boolean {
  return /^https?:\/\/[^/?#@\s]+(?:[/?#]\S*)?$/i.test(text);
}

const FIELDS = ['api_key', 'service_code', 'lat', 'long', 'address_string', 'address_id', 'email', 'first_name', 'last_name', 'phone', 'description', 'media_url'] as const;
type Field = (typeof FIELDS)[number];

function readFields(body: Record<string, unknown>, problems: string[]): Record<Field, string> {
  const out = {} as Record<Field, string>;
  for (const field of FIELDS) {
    const text = textOf(body[field]);
    if (text === undefined) problems.push(`${field} must be a text or a number.`);
    const max = field === 'description' ? OPEN311_DESCRIPTION_MAX : FIELD_MAX;
    if (text !== undefined && text.length > max) problems.push(`${field} can be at most ${max} characters.`);
    out[field] = text ?? '';
  }
  return out;
}

function location(f: Record<Field, string>, problems: string[]): { lat: number | undefined; long: number | undefined } {
  if ((f.lat === '') !== (f.long === '')) problems.push('Send lat and long together.');
  const lat = f.lat === '' ? undefined : degrees(f.lat, 90);
  const long = f.long === '' ? undefined : degrees(f.long, 180);
  if (f.lat !== '' && lat === undefined) problems.push('lat must be a latitude in degrees, from -90 to 90.');
  if (f.long !== '' && long === undefined) problems.push('long must be a longitude in degrees, from -180 to 180.');
  if (f.lat === '' && f.long === '' && f.address_string === '' && f.address_id === '') {
    problems.push('Give a location: lat and long, address_string or address_id.');
  }
  return lat === undefined || long === undefined ? { lat: undefined, long: undefined } : { lat, long };
}

/** Checks a POST requests body (already decoded into an object); the input, or every problem found. */
export function readPostInput(body: unknown): { input: Open311PostInput } | { problems: Open311InputProblems } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { problems: ['Send the request as form fields (application/x-www-form-urlencoded) or a JSON object.'] };
  }
  const problems: string[] = [];
  const f = readFields(body as Record<string, unknown>, problems);
  if (f.service_code === '') problems.push('service_code is required: pick one from GET services.');
  const { lat, long } = location(f, problems);
  if (f.media_url !== '' && !isWebUrl(f.media_url)) problems.push('media_url must be an http or https address.');
  if (problems.length > 0) return { problems };
  return {
    input: {
      apiKey: f.api_key,
      serviceCode: f.service_code,
      lat,
      long,
      addressString: f.address_string,
      addressId: f.address_id,
      email: f.email,
      firstName: f.first_name,
      lastName: f.last_name,
      phone: f.phone,
      description: f.description,
      mediaUrl: f.media_url,
    },
  };
}

/**
 * JSON text as many Open311 documents write it: numbers with leading zeros ("service_code":001, which strict
 * JSON refuses) are read as the strings they are meant to be ("001"). Anything else must be valid JSON; throws
 * a SyntaxError otherwise.
 */
export function parseLenientJson(text: string): unknown {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === '"') {
      // Copy the string as is, escapes included.
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const zeros = /^-?0\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (zeros !== null && !/[\w.]/.test(text[i - 1] ?? '')) {
      out += `"${zeros[0]}"`;
      i += zeros[0].length;
      continue;
    }
    out += c;
    i += 1;
  }
  return JSON.parse(out) as unknown;
}
