/**
 * Which full form is open, and how it is opened: from the quick line, from a form draft chip, to edit an
 * entry (reusing that entry's unsaved edit draft if there is one), or at start-up when a form was open as
 * the page closed.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { emptyConcernFields, type Concern } from '@shared/domain/concern';
import type { Draft } from '@shared/domain/draft';
import { fieldsOf } from '@shared/domain/history';
import { getConcern, listDrafts } from '../db';
import { fieldsFromDraft } from '../features/concern-form/form-values';
import { openFormDraftId } from '../features/concern-form/form-session';
import type { FormRequest } from '../features/concern-form/types';
import { newId } from '../lib/ids';
import { useDesk } from './desk-context';

/** The open form and the ways to open and close it. */
export interface FormRequests {
  readonly request: FormRequest | undefined;
  open(request: FormRequest): void;
  openDraft(draft: Draft): Promise<void>;
  openEdit(concern: Concern): Promise<void>;
  close(): void;
}

/** State of the full form for the App. */
export function useFormRequests(): FormRequests {
  const { db, settings } = useDesk();
  const [request, setRequest] = useState<FormRequest | undefined>();

  const openDraft = useCallback(
    async (draft: Draft) => {
      const saved = draft.concernId === undefined ? undefined : await getConcern(db, draft.concernId);
      const fallback = saved === undefined ? emptyConcernFields(settings.defaultChannel) : fieldsOf(saved);
      setRequest({
        draftId: draft.id,
        draftCreatedAt: draft.createdAt,
        line: draft.text,
        initial: fieldsFromDraft(draft.form, fallback),
        ...(draft.concernId === undefined ? {} : { concernId: draft.concernId }),
        isUnsaved: true,
      });
    },
    [db, settings.defaultChannel],
  );

  const openEdit = useCallback(
    async (concern: Concern) => {
      const existing = (await listDrafts(db)).find((d) => d.concernId === concern.id);
      if (existing !== undefined) return openDraft(existing);
      setRequest({
        draftId: newId(),
        draftCreatedAt: new Date().toISOString(),
        line: '',
        initial: fieldsOf(concern),
        concernId: concern.id,
        isUnsaved: false,
      });
      return undefined;
    },
    [db, openDraft],
  );

  // Start-up: reopen the form that was open when the page closed (its values are in its draft).
  const hasRestored = useRef(false);
  useEffect(() => {
    const id = openFormDraftId();
    if (id === undefined || hasRestored.current) return;
    hasRestored.current = true;
    void listDrafts(db).then((drafts) => {
      const draft = drafts.find((d) => d.id === id && d.kind === 'form');
      if (draft !== undefined) void openDraft(draft);
    });
  }, [db, openDraft]);

  const close = useCallback(() => setRequest(undefined), []);
  return useMemo(() => ({ request, open: setRequest, openDraft, openEdit, close }), [request, openDraft, openEdit, close]);
}
