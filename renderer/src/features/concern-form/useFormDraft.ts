/**
 * Autosaves the form into its draft as it is typed (at most every 150 ms), and remembers that the form is
 * open, so a reload in the middle of the form opens it again with everything typed.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { ConcernFields } from '@shared/domain/concern';
import { putDraft } from '../../db';
import { useDesk } from '../../app/desk-context';
import { createLatestWriter } from '../../lib/latest-writer';
import { useFlushOnLeave } from '../../lib/useFlushOnLeave';
import { forgetOpenForm, rememberOpenForm } from './form-session';
import type { FormRequest } from './types';

/** Control over the autosave around a save. */
export interface FormDraft {
  /** Stops autosaving and waits for writes already started: the save is about to delete the draft. */
  stop(): Promise<void>;
  /** Autosaves again, starting with the values now (after a failed save). */
  resume(): void;
}

/** Keeps `request.draftId` in step with the form's values while the form is mounted. */
export function useFormDraft(form: UseFormReturn<ConcernFields>, request: FormRequest, onError: (error: unknown) => void): FormDraft {
  const { db } = useDesk();
  const { watch, getValues } = form;
  const writer = useMemo(() => createLatestWriter(150, onError), [onError]);
  // Set while saving: a change event fired by the submit itself must not write the draft back after the
  // save has deleted it.
  const isStopped = useRef(false);
  const write = useCallback(
    (values: unknown) => {
      if (isStopped.current) return;
      // A copy: react-hook-form hands out its live values object, which keeps changing after this call.
      const snapshot = structuredClone(values) as Record<string, unknown>;
      writer.schedule(() =>
        putDraft(db, {
          id: request.draftId,
          kind: 'form',
          text: request.line,
          form: snapshot,
          ...(request.concernId === undefined ? {} : { concernId: request.concernId }),
          createdAt: request.draftCreatedAt,
          updatedAt: new Date().toISOString(),
        }),
      );
    },
    [db, request, writer],
  );

  useFlushOnLeave(useCallback(() => void writer.flush(), [writer]));

  useEffect(() => {
    rememberOpenForm(request.draftId);
    if (request.isUnsaved) write(getValues());
    const subscription = watch((values) => write(values));
    return () => {
      subscription.unsubscribe();
      void writer.flush();
      forgetOpenForm();
    };
  }, [request, watch, getValues, write, writer]);

  return useMemo(
    () => ({
      stop: () => {
        isStopped.current = true;
        return writer.cancel();
      },
      resume: () => {
        isStopped.current = false;
        write(getValues());
      },
    }),
    [writer, write, getValues],
  );
}
