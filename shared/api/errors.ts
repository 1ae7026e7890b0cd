/**
 * Error bodies of the server's JSON API. Every 4xx answer is `{ error, message }`: `error` is a stable code the
 * client may branch on, `message` a plain sentence it may show as is. Invalid input adds where it was wrong:
 *
 *   400 { "error": "invalid", "message": "Use at least 12 characters for a password.",
 *         "issues": [{ "path": "password", "message": "Use at least 12 characters for a password." }] }
 */
import { z } from 'zod';

/** Schema of a 4xx answer. */
export const ApiErrorSchema = z.object({ error: z.string(), message: z.string() });
/** A 4xx answer. */
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** Schema of one problem with a request: the dotted path of the field ('' for the whole body) and what is wrong. */
export const IssueSchema = z.object({ path: z.string(), message: z.string() });
/** One problem with a request. */
export type Issue = z.infer<typeof IssueSchema>;

/** Schema of the 400 answer to input that does not match the request schema. */
export const InvalidErrorSchema = ApiErrorSchema.extend({ error: z.literal('invalid'), issues: z.array(IssueSchema) });
/** The 400 answer to invalid input. */
export type InvalidError = z.infer<typeof InvalidErrorSchema>;

/** The issues of a failed parse, with paths as dotted strings ("staff.0.email"). */
export function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
