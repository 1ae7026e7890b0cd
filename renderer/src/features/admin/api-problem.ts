/**
 * What went wrong with a call to the office server, sorted for a form: the server's messages about one field go
 * next to that field, everything else to the top of the form, always in the server's own words. 'offline'
 * is told apart so the form can offer to try again with what was typed.
 */
import { t } from '../../i18n';
import { OfficeApiError } from '../../office/office-api';

/** A failed call, ready to show: per-field messages, a message for the top, and whether trying again may help. */
export interface ApiProblem<F extends string = string> {
  readonly fields: Partial<Record<F, string>>;
  /** For the top of the form or screen; undefined when every message found its field. */
  readonly message: string | undefined;
  /** The server could not be reached: nothing was changed, and the same request may work later. */
  readonly isOffline: boolean;
  /** Trying the same request again may work: the server was unreachable or had a problem of its own (5xx). */
  readonly canRetry: boolean;
}

/** Error codes whose message is about one field of the admin forms, rather than about the whole request. */
const CODE_FIELDS: Readonly<Record<string, string>> = {
  'email-taken': 'email',
};

/** The server's sentence with a full stop (zod's issue messages have none; the server's other messages do). */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' || /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** A form's fields: a list of top-level names, or a function placing a dotted path (nested forms). */
export type FormFields<F extends string> = readonly F[] | ((path: string) => F | undefined);

function fieldOf<F extends string>(path: string, fields: FormFields<F>): F | undefined {
  if (typeof fields === 'function') return fields(path);
  const head = path.split('.')[0] ?? '';
  return fields.find((field) => field === head);
}

/**
 * Sorts `error` (what an OfficeApi call rejected with) for a form with `fields`. Issues about a field the form
 * does not have (or about the whole request) go to the top, so no message is ever dropped.
 */
export function apiProblem<F extends string>(error: unknown, fields: FormFields<F> = []): ApiProblem<F> {
  if (!(error instanceof OfficeApiError)) {
    return { fields: {}, message: t('admin.error.unexpected'), isOffline: false, canRetry: false };
  }
  const found: Partial<Record<F, string>> = {};
  const elsewhere: string[] = [];
  const place = (path: string, message: string) => {
    const field = fieldOf(path, fields);
    if (field !== undefined && found[field] === undefined) found[field] = asSentence(message);
    else if (field === undefined) elsewhere.push(asSentence(message));
  };
  if (error.code === 'invalid' && error.issues.length > 0) {
    for (const issue of error.issues) place(issue.path, issue.message);
  } else {
    place(CODE_FIELDS[error.code] ?? '', error.message);
  }
  const message = elsewhere.length > 0 ? [...new Set(elsewhere)].join(' ') : undefined;
  const isOffline = error.code === 'offline';
  return { fields: found, message, isOffline, canRetry: isOffline || error.status >= 500 };
}
