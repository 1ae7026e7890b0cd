/**
 * Escaping for everything the public page and its feeds print. Every text there comes from staff (and may hold
 * what a citizen typed), so none of it is ever markup: each character that means something in HTML or XML is
 * written as an entity, and characters XML 1.0 cannot carry at all (most control characters, lone surrogates,
 * U+FFFE/U+FFFF) are dropped, or one stray byte would make a feed reader reject the whole feed.
 */

// Not allowed in an XML 1.0 document (Char production), so not in HTML either: C0 controls but tab, line feed
// and carriage return; lone surrogates; the two non-characters U+FFFE and U+FFFF.
// eslint-disable-next-line no-control-regex -- finding control characters is the point of this expression
const NOT_XML_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The text with the characters XML cannot hold removed. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHARACTERS, '');
}

/** Text for HTML or XML content or a quoted attribute value: & < > " ' as entities, impossible characters gone. */
export function escapeMarkup(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A JSON text that is safe inside a <script> or an HTML attribute too: < > & and the two line separators escaped. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
