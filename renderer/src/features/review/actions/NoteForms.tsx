/**
 * The actions that are mostly words: flag (the reason, required), resolve (the resolution note, required: the
 * office reads it later) and respond (how the citizen was answered and what was said). Each is checked with the
 * schema its mutator uses before anything runs, and the message shows above the box with the cursor in it.
 */
import { useRef, useState, type ReactNode, type RefObject } from 'react';
import { z } from 'zod';
import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { LIMITS } from '@shared/domain/limits';
import { ConcernResponseSchema, FlagReasonSchema, MAX_COMMENT_LENGTH, MAX_FLAG_REASON_LENGTH, RESPONSE_METHODS } from '@shared/domain/review';
import { t } from '../../../i18n';
import { usePermissions } from '../permissions';
import { ActionFrame } from './ActionFrame';
import type { ConcernSnapshot, ResponseMethod } from './action-plan';
import { NoteField } from './NoteField';
import type { ActionFormProps } from './types';

/** The schema of a resolution note, in the dialog's words (resolveConcern checks the same). */
export const ResolutionNoteSchema = z
  .string()
  .trim()
  .min(1, t('reviewActions.resolve.required'))
  .max(LIMITS.details, t('reviewActions.resolve.tooLong', { max: LIMITS.details }));

/** The ref of a NoteField's box. */
export type NoteRef = RefObject<(HTMLTextAreaElement & HTMLInputElement) | null>;

/** A text field's value and message, checked with `schema` on submit; focus goes to `ref` when it fails. */
function useCheckedText(schema: z.ZodType<string>, ref: NoteRef) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const check = (): string | undefined => {
    const parsed = schema.safeParse(value);
    if (parsed.success) {
      setError(undefined);
      return parsed.data;
    }
    setError(parsed.error.issues[0]?.message);
    ref.current?.focus();
    return undefined;
  };
  return { value, setValue, error, check };
}

/** "Why should a go-to person look at this?" */
export function FlagForm(props: ActionFormProps): ReactNode {
  const ref: NoteRef = useRef(null);
  const reason = useCheckedText(FlagReasonSchema, ref);
  const submit = () => {
    const checked = reason.check();
    if (checked !== undefined) props.run({ kind: 'flag', reason: checked });
  };
  return (
    <ActionFrame {...props} confirmLabel={t('reviewActions.flag.confirm')} onSubmit={submit}>
      <NoteField
        ref={ref}
        label={t('reviewActions.flag.field')}
        hint={t('reviewActions.flag.hint')}
        error={reason.error}
        value={reason.value}
        onChange={reason.setValue}
        maxLength={MAX_FLAG_REASON_LENGTH}
        autoFocus
      />
    </ActionFrame>
  );
}

/** The resolution note field, also offered by the status dialog when "Resolved" is chosen. */
export function useResolutionNote(ref: NoteRef) {
  return useCheckedText(ResolutionNoteSchema, ref);
}

/** "How was it resolved?" */
export function ResolveForm(props: ActionFormProps): ReactNode {
  const ref: NoteRef = useRef(null);
  const note = useResolutionNote(ref);
  const mayReview = usePermissions().may('reviewFlags');
  const hasFlags = props.snapshots.some((s) => s.openFlags.length > 0);
  const submit = () => {
    const checked = note.check();
    if (checked !== undefined) props.run({ kind: 'resolve', note: checked, reviewFlags: mayReview });
  };
  return (
    <ActionFrame {...props} confirmLabel={t('reviewActions.resolve.confirm')} onSubmit={submit}>
      <NoteField
        ref={ref}
        label={t('reviewActions.resolve.field')}
        hint={t('reviewActions.resolve.hint')}
        error={note.error}
        value={note.value}
        onChange={note.setValue}
        isMultiline
        autoFocus
      />
      {mayReview && hasFlags && <p className="review-action-hint">{t('reviewActions.resolve.flags')}</p>}
    </ActionFrame>
  );
}

const METHOD_OF_REPLY: Readonly<Record<string, ResponseMethod>> = { phone: 'phone', email: 'email', letter: 'letter', 'in-person': 'in-person' };

/** The method to start with: the way the citizen asked to hear back, when every concern shares one. */
export function preferredMethod(snapshots: readonly ConcernSnapshot[]): ResponseMethod | undefined {
  const methods = new Set(snapshots.map((s) => METHOD_OF_REPLY[s.concern.contact.preferredReply]));
  const [only] = [...methods];
  return methods.size === 1 ? only : undefined;
}

const ResponseTextSchema = ConcernResponseSchema.shape.text;

/** How the citizen was answered and what was said. */
export function RespondForm(props: ActionFormProps): ReactNode {
  const preferred = preferredMethod(props.snapshots);
  const [method, setMethod] = useState<ResponseMethod>(preferred ?? 'phone');
  const ref: NoteRef = useRef(null);
  const text = useCheckedText(ResponseTextSchema, ref);
  const submit = () => {
    const checked = text.check();
    if (checked !== undefined) props.run({ kind: 'respond', method, text: checked });
  };
  return (
    <ActionFrame {...props} confirmLabel={t('reviewActions.respond.confirm')} onSubmit={submit}>
      <RadioGroup className="review-action-field" value={method} onChange={(value) => setMethod(value as ResponseMethod)} orientation="horizontal">
        <Label className="review-action-label">{t('reviewActions.respond.method')}</Label>
        {preferred !== undefined && (
          <Text slot="description" className="review-action-hint">
            {t('reviewActions.respond.prefers', { method: t(`reviewActions.method.${preferred}`) })}
          </Text>
        )}
        <div className="review-action-radios review-action-radios-wrap">
          {RESPONSE_METHODS.map((m) => (
            <Radio key={m} value={m} className="review-action-radio" autoFocus={m === method}>
              {t(`reviewActions.method.${m}`)}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      <NoteField
        ref={ref}
        label={t('reviewActions.respond.text')}
        hint={t('reviewActions.respond.textHint')}
        error={text.error}
        value={text.value}
        onChange={text.setValue}
        maxLength={MAX_COMMENT_LENGTH}
        isMultiline
      />
    </ActionFrame>
  );
}
