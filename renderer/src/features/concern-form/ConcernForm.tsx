/**
 * The full concern form, for a new concern (often prefilled from the quick line) or an edit. Validated with
 * the same schema the database uses; each problem shows next to its field and the first one gets the cursor.
 * Everything typed is autosaved into a draft, so closing or reloading loses nothing.
 */
import { useCallback, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { ConcernFieldsSchema, type Concern, type ConcernFields } from '@shared/domain/concern';
import { createConcern, updateConcern } from '../../db';
import { useDesk } from '../../app/desk-context';
import { useAnnounce } from '../../app/announcer';
import { isShortcut } from '../../app/shortcuts';
import { newId } from '../../lib/ids';
import { t } from '../../i18n';
import { CitizenSection } from './CitizenSection';
import { ConcernSection } from './ConcernSection';
import { FormFooter } from './FormFooter';
import { WhereSection } from './WhereSection';
import { countErrors } from './form-values';
import type { TagsFieldHandle } from './TagsField';
import type { FormRequest } from './types';
import { useFormDraft } from './useFormDraft';

/** Props of ConcernForm. */
export interface ConcernFormProps {
  readonly request: FormRequest;
  readonly onSaved: (concern: Concern) => void;
  readonly onCancel: () => void;
}

const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The form; mount it with key={request.draftId} so a new request starts from its own values. */
export function ConcernForm({ request, onSaved, onCancel }: ConcernFormProps): ReactNode {
  const { db, settings } = useDesk();
  const announce = useAnnounce();
  const [problem, setProblem] = useState<string | undefined>();
  const form = useForm<ConcernFields>({ resolver: zodResolver(ConcernFieldsSchema), defaultValues: request.initial, shouldFocusError: true });
  const onDraftError = useCallback((error: unknown) => setProblem(t('capture.draftFailed', { detail: detailOf(error) })), []);
  const draft = useFormDraft(form, request, onDraftError);
  const tagsRef = useRef<TagsFieldHandle>(null);
  // The concern as saved now (another desk may change it while the form is open): what the role may change from.
  const stored = useLiveQuery(() => (request.concernId === undefined ? undefined : db.concerns.get(request.concernId)), [db, request.concernId]);
  const saved = stored === undefined ? undefined : { priority: stored.priority, status: stored.status };

  const save = async (values: ConcernFields) => {
    await draft.stop();
    const now = new Date();
    const ctx = { at: now.toISOString(), by: settings.staffName, historyId: newId(now), draftId: request.draftId };
    try {
      if (request.concernId === undefined) {
        const concern = await createConcern(db, newId(now), values, ctx);
        announce(t('form.saved', { summary: concern.summary }));
        onSaved(concern);
      } else {
        const { concern, changes } = await updateConcern(db, request.concernId, values, ctx);
        announce(changes.length === 0 ? t('form.noChanges') : t('form.changesSaved', { summary: concern.summary }));
        onSaved(concern);
      }
    } catch (error) {
      setProblem(t('form.saveFailed', { detail: detailOf(error) }));
      draft.resume();
    }
  };
  const onInvalid = (errors: unknown) => {
    const count = countErrors(errors);
    setProblem(count === 1 ? t('form.problem') : t('form.problems', { count }));
  };
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    setProblem(undefined);
    if (tagsRef.current?.commitTyped() === false) return;
    void form.handleSubmit(save, onInvalid)();
  };

  return (
    <FormProvider {...form}>
      <form
        className="concern-form"
        noValidate
        onSubmit={submit}
        onKeyDown={(event) => {
          if (isShortcut(event, 'form.save')) {
            event.preventDefault();
            submit();
          }
        }}
      >
        <div className="form-body">
          <p className="form-intro">{t('form.onlySummary')}</p>
          <ConcernSection tagsRef={tagsRef} saved={saved} />
          <CitizenSection />
          <WhereSection />
        </div>
        <FormFooter problem={problem} isSaving={form.formState.isSubmitting} onCancel={onCancel} />
      </form>
    </FormProvider>
  );
}
