/** Putting the office server's refusals where staff look: next to the field it names, or above the form. */
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { OfficeApiError } from '../../office/office-api';

/**
 * Marks the fields the server's answer names and returns the sentence to show above the form (undefined when
 * every problem sits next to a field). Anything that is not an OfficeApiError is a bug: said plainly, logged.
 */
export function showApiError<T extends FieldValues>(error: unknown, fields: readonly Path<T>[], setError: UseFormSetError<T>): string | undefined {
  if (!(error instanceof OfficeApiError)) {
    console.error(error);
    return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
  }
  let placed = 0;
  for (const issue of error.issues) {
    const field = fields.find((name) => name === issue.path);
    if (field === undefined) continue;
    setError(field, { type: 'server', message: issue.message });
    placed += 1;
  }
  return placed > 0 && placed === error.issues.length ? undefined : error.message;
}
