/**
 * Submitting an admin form to the office server: the form's schema checks it first, then `send` runs; when the
 * server refuses, its messages go next to the fields they name and the rest to the top. The form's values
 * are never reset on failure, so nothing typed is lost.
 */
import { useState } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { apiProblem, type ApiProblem, type FormFields } from './api-problem';

/** The problem to show at the top, and submit() for the form and for "Try again". */
export interface ApiSubmit {
  readonly problem: ApiProblem | undefined;
  readonly isSending: boolean;
  submit(): void;
}

/**
 * Wires `form` to `send`; `fields` are the form's fields the server's issues may name (or a function placing an
 * issue's dotted path on a field of a nested form, whose fields then take focus in the server's order).
 */
export function useApiSubmit<T extends FieldValues, O>(
  form: UseFormReturn<T, unknown, O>,
  fields: FormFields<FieldPath<T>>,
  send: (values: O) => Promise<void>,
): ApiSubmit {
  const [problem, setProblem] = useState<ApiProblem>();
  const [isSending, setIsSending] = useState(false);

  const run = async (values: O) => {
    setProblem(undefined);
    setIsSending(true);
    try {
      await send(values);
    } catch (error) {
      const found = apiProblem(error, fields);
      let isFirst = true;
      const names = typeof fields === 'function' ? (Object.keys(found.fields) as FieldPath<T>[]) : fields;
      for (const name of names) {
        const message = found.fields[name];
        if (message === undefined) continue;
        form.setError(name, { type: 'server', message }, { shouldFocus: isFirst });
        isFirst = false;
      }
      setProblem(found);
    } finally {
      setIsSending(false);
    }
  };

  return {
    problem,
    isSending,
    submit() {
      // A second Enter while the first request is on its way must not send it twice.
      if (isSending) return;
      void form.handleSubmit(run)();
    },
  };
}
