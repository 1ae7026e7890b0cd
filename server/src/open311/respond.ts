/**
 * Answering in the format a client asked for by its path's extension (services.xml, requests.json): one value,
 * written as JSON or through xml.ts. Every text in it first loses the characters XML cannot hold, in both
 * formats, so the two always carry the same content. Errors are the spec's: a list of { code, description },
 * where the code is the HTTP status (403 for a missing or wrong api_key, 404 for what does not exist, 400 for
 * the rest).
 */
import type { FastifyReply } from 'fastify';
import type { Open311Errors } from '@shared/open311/schemas';
import { xmlSafe } from '../public/escape';
import { xmlDocument } from './xml';

/** The two formats. */
export type Open311Format = 'json' | 'xml';

/** The HTTP content types of the formats, as the spec gives them. */
export const CONTENT_TYPES: Readonly<Record<Open311Format, string>> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

/** The format named by a path's last extension; XML (the spec's required format) when there is none. */
export function formatOfPath(path: string): Open311Format | undefined {
  const match = /\.([A-Za-z]+)$/.exec(path.split('?')[0] ?? '');
  if (match === null) return undefined;
  const ext = (match[1] ?? '').toLowerCase();
  return ext === 'json' || ext === 'xml' ? ext : undefined;
}

/** The value with every string made XML-safe, at any depth. */
export function safeValue<T>(value: T): T {
  if (typeof value === 'string') return xmlSafe(value) as T;
  if (Array.isArray(value)) return value.map(safeValue) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, safeValue(v)])) as T;
  }
  return value;
}

/** The text of a document in a format; `root` is the XML root element (the JSON has none). */
export function documentText(format: Open311Format, root: string, value: unknown): string {
  const safe = safeValue(value);
  return format === 'json' ? JSON.stringify(safe) : xmlDocument(root, safe);
}

/** Sends a document. */
export function sendDocument(reply: FastifyReply, format: Open311Format, root: string, value: unknown, status = 200): FastifyReply {
  return reply.code(status).type(CONTENT_TYPES[format]).send(documentText(format, root, value));
}

/** Sends the spec's error answer: one error per sentence, each with the HTTP status as its code. */
export function sendErrors(reply: FastifyReply, format: Open311Format, status: number, descriptions: readonly string[]): FastifyReply {
  const errors: Open311Errors = descriptions.map((description) => ({ code: status, description }));
  return sendDocument(reply.header('Cache-Control', 'no-store'), format, 'errors', errors, status);
}
