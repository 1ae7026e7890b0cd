/**
 * The XML form of an Open311 document, from the very value its JSON form is (one data model, two serialisers).
 * The spec's JSON is a mapping of its XML (the Spark convention), so the mapping runs backwards here:
 *
 *   xmlDocument('services', [{ service_code: 'lights', metadata: false }])
 *   → <?xml version="1.0" encoding="utf-8"?>
 *     <services><service><service_code>lights</service_code><metadata>false</metadata></service></services>
 *
 * A list is its own element holding one element per item, named as the spec names them (services → service,
 * service_requests → request, attributes → attribute, …); null is an empty element, as in the spec's examples;
 * booleans and numbers are written as their JSON text. Every text is escaped (escapeMarkup: & < > " ' as
 * entities, characters XML 1.0 cannot hold dropped), so what a citizen typed is never markup.
 */
import { escapeMarkup } from '../public/escape';

/** The element of each item of a list, by the list's element name. */
const ITEM_NAMES: Readonly<Record<string, string>> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
};

/** Element names come from this server's own field names, never from input: anything else is a bug. */
const NAME = /^[a-z_][a-z0-9_]*$/;

function element(name: string, value: unknown): string {
  if (!NAME.test(name)) throw new Error(`Not an XML element name: ${name}`);
  return `<${name}>${content(name, value)}</${name}>`;
}

function content(name: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    const item = ITEM_NAMES[name];
    if (item === undefined) throw new Error(`No item element for the list ${name}`);
    return value.map((v) => element(item, v)).join('');
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([key, v]) => element(key, v))
      .join('');
  }
  if (typeof value === 'string') return escapeMarkup(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`Cannot write a ${typeof value} as XML`);
}

/** The whole document: the XML declaration the spec requires, then `root` holding `value`. */
export function xmlDocument(root: string, value: unknown): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, value)}\n`;
}
