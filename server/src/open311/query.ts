/**
 * The query of GET requests, checked: the spec's filters, each optional (an empty parameter is the same as none),
 * the lists comma-separated or repeated (?status=open&status=closed), dates in W3C format with Z or an offset.
 * Every problem is a sentence for the spec's 400 answer.
 */
import { OPEN311_STATUSES, type Open311Status } from '@shared/open311/schemas';
import { MAX_WINDOW_MS, type RequestFilters } from './read-requests';

/** Most ids or codes one list may name. */
const MAX_LIST = 200;
/** Longest id or code read from a list. */
const MAX_ITEM = 64;
const W3C_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function listOf(value: unknown, name: string, problems: string[]): string[] | undefined {
  const parts = (Array.isArray(value) ? value : [value])
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (parts.length === 0) return undefined;
  if (parts.length > MAX_LIST) problems.push(`${name} can list at most ${MAX_LIST} values.`);
  if (parts.some((p) => p.length > MAX_ITEM)) problems.push(`Each value of ${name} can be at most ${MAX_ITEM} characters.`);
  return parts;
}

function dateOf(value: unknown, name: string, problems: string[]): Date | undefined {
  const text = (Array.isArray(value) ? value[0] : value) as unknown;
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  const at = Date.parse(text.trim());
  if (!W3C_TIME.test(text.trim()) || Number.isNaN(at)) {
    problems.push(`${name} must be a date and time in W3C format with a time zone, like 2010-01-01T00:00:00Z.`);
    return undefined;
  }
  return new Date(at);
}

function windowOf(start: Date | undefined, end: Date | undefined, now: Date, problems: string[]): { start: Date; end: Date } {
  const from = start ?? new Date((end ?? now).getTime() - MAX_WINDOW_MS);
  const to = end ?? (start === undefined ? now : new Date(start.getTime() + MAX_WINDOW_MS));
  if (from.getTime() > to.getTime()) problems.push('start_date must be before end_date.');
  else if (to.getTime() - from.getTime() > MAX_WINDOW_MS) problems.push('start_date and end_date may not span more than 90 days.');
  return { start: from, end: to };
}

/** The filters of a GET requests query, or its problems. */
export function readRequestQuery(query: unknown, now: Date): { filters: RequestFilters } | { problems: string[] } {
  const q = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>;
  const problems: string[] = [];
  const ids = listOf(q['service_request_id'], 'service_request_id', problems);
  const serviceCodes = listOf(q['service_code'], 'service_code', problems);
  const statusList = listOf(q['status'], 'status', problems);
  const statuses = statusList?.map((s) => s.toLowerCase());
  if (statuses?.some((s) => !(OPEN311_STATUSES as readonly string[]).includes(s))) problems.push('status must be open, closed or both.');
  const { start, end } = windowOf(dateOf(q['start_date'], 'start_date', problems), dateOf(q['end_date'], 'end_date', problems), now, problems);
  if (problems.length > 0) return { problems };
  return { filters: { ids, serviceCodes, statuses: statuses as Open311Status[] | undefined, start, end } };
}
